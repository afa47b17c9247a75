import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFixtureDir, projectRoot, scratchDir } from '../setup/paths.ts';
import { runBuild, runCheckContent, whereToFix } from '../setup/run-build.ts';

const fixturesDir = new URL('../fixtures/bad-content/', import.meta.url).pathname;

/**
 * A content folder made of the fixture archive's entities and received files, the small received texts the
 * fixtures share (bad-content/sources/), and the fixture's own folders (its articles, or a broken entity file).
 */
function contentWith(fixture: string): string {
  const dir = join(scratchDir, 'bad-content', fixture);
  rmSync(dir, { recursive: true, force: true });
  for (const entities of ['people', 'topics', 'glossary', 'sources']) {
    cpSync(join(archiveFixtureDir, entities), join(dir, entities), { recursive: true });
  }
  cpSync(join(fixturesDir, 'sources'), join(dir, 'sources'), { recursive: true });
  if (!existsSync(join(fixturesDir, fixture, 'articles')))
    cpSync(join(archiveFixtureDir, 'articles'), join(dir, 'articles'), { recursive: true });
  cpSync(join(fixturesDir, fixture), dir, { recursive: true });
  return dir;
}

/** A message line naming a file of the fixture's content folder by its path from the project root. */
function located(fixture: string, message: string): RegExp {
  const path = `${relative(projectRoot, join(scratchDir, 'bad-content', fixture))}/${message}`;
  return new RegExp(`(^|\\s)${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm');
}

// Tests in one file run one after another, so these builds do not fight over the two cores.
describe('npm run check-content and npm run build stop on bad content, with the same located messages', () => {
  const cases: [fixture: string, expected: (string | RegExp)[]][] = [
    // Schema errors are located at the field's line. Each schema case's message is checked without a build in
    // tests/unit/schema.test.ts, and the locating in tests/unit/build-errors.test.ts; two run end to end here.
    [
      'impossible-date',
      [located('impossible-date', 'articles/impossible-date.mdx:6: meeting.date: "2021-02-30" is not a real date')],
    ],
    [
      'unknown-participant',
      [
        located(
          'unknown-participant',
          'articles/unknown-participant.mdx:14: participants.0.person: no people entry "nguyen-quoc-dungg"',
        ),
      ],
    ],
    ['duplicate-slug', [/first-copy\.mdx:2: slug: the id "same-slug" is second-copy\.mdx's too/]],
    // The unclosed <abbr> opens on line 25 of the file.
    ['broken-mdx', ['broken-mdx.mdx', /broken-mdx\.mdx:2\d/, /abbr/]],
    [
      'event-quote-not-in-paragraph',
      ['event-quote-not-in-paragraph.mdx', 'events.0.quote', 'effective from August 2020', 'it is in no paragraph of the body'],
    ],
    [
      'event-quote-in-another-paragraph',
      [
        'event-quote-in-another-paragraph.mdx',
        'events.0.quote: "took effect from August 2020" is not, word for word, in paragraph 1; it is in paragraph 2: set paragraph: 2',
      ],
    ],
    [
      'unknown-glossary-term',
      [
        /unknown-glossary-term\.mdx:23: <Abbr term="aseann">: no glossary entry "aseann" in glossary\/ \(did you mean "asean"\?\)/,
      ],
    ],
    [
      'changed-word',
      [
        /changed-word\.mdx:\d+: paragraph 1 differs from received paragraph 1 of sources\/001_8c0f02abc8da5628\.txt:\n {4}- five\n {4}\+ four\n/,
      ],
    ],
    [
      'merged-paragraphs',
      [
        /merged-paragraphs\.mdx:\d+: paragraph 2 merges received paragraphs 2 and 3 of sources\/001_8c0f02abc8da5628\.txt: start a new paragraph \(a blank line\) after "…Minister of Foreign Affairs Toshimitsu Motegi\."/,
      ],
    ],
    [
      'placeholders',
      [
        'placeholders.mdx',
        ...[
          'headline',
          'summary',
          'meeting.name',
          'meeting.format',
          'publication.publisher',
          'participants.0.role',
          'participants.1.role',
        ].map((field) => `${field}: still a placeholder, fill it in: "TODO: `),
      ],
    ],
    [
      'bad-file-name',
      [
        located(
          'bad-file-name',
          'articles/Bad_File Name.mdx: the id "Bad_File Name" must be lower-case letters, digits and single hyphens (rename the file)',
        ),
      ],
    ],
    ['bad-slug', [located('bad-slug', 'articles/bad-slug.mdx:2: slug: the id "Not_A_Slug" must be lower-case letters')]],
    ['bad-yaml', [located('bad-yaml', 'people/broken-person.yaml:3: YAML: missed comma between flow collection entries')]],
  ];

  it.each(cases)(
    '%s',
    async (fixture, expected) => {
      const outDir = join(scratchDir, 'bad-content-out', fixture);
      // A previous good build must not survive as if it were this one.
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), '<p>an older build</p>');

      const env = { ARCHIVE_CONTENT_DIR: contentWith(fixture), ARCHIVE_OUT_DIR: outDir };
      const checked = await runCheckContent(env);
      const { code, output } = await runBuild(env);

      expect(checked.code, checked.output).not.toBe(0);
      expect(code, output).not.toBe(0);
      const located = whereToFix(output);
      for (const pattern of expected) expect(located, output).toMatch(pattern);
      expect(whereToFix(checked.output)).toBe(located);
      // Said once, without a second copy from the page that happened to render the term.
      if (fixture === 'unknown-glossary-term') expect(located.split('no glossary entry').length - 1, output).toBe(1);
      expect(existsSync(outDir), `${outDir} was left behind`).toBe(false);
      // Two commands on a busy machine: a bound, not a speed check.
    },
    180_000,
  );
});

describe('npm run build after an entity is deleted', () => {
  it('stops even though the content cache skips the unchanged article', async () => {
    const dir = join(scratchDir, 'deleted-person');
    rmSync(dir, { recursive: true, force: true });
    cpSync(archiveFixtureDir, dir, { recursive: true });
    const env = { ARCHIVE_CONTENT_DIR: dir, ARCHIVE_OUT_DIR: join(scratchDir, 'deleted-person-out') };

    const first = await runBuild(env);
    expect(first.code, first.output).toBe(0);

    rmSync(join(dir, 'people', 'mori-takeo.yaml'));
    const second = await runBuild(env);
    expect(second.code, second.output).not.toBe(0);
    expect(whereToFix(second.output)).toMatch(
      /2020-10-15-35th-asean-japan-forum\.mdx:\d+: participants\.1\.person: no people entry "mori-takeo"/,
    );
    expect(existsSync(env.ARCHIVE_OUT_DIR)).toBe(false);
  });
});
