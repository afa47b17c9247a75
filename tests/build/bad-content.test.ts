import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, projectRoot, scratchDir } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const fixturesDir = new URL('../fixtures/bad-content/', import.meta.url).pathname;

/** A content folder made of the real entities and the fixture's broken articles. */
function contentWith(fixture: string): string {
  const dir = join(scratchDir, 'bad-content', fixture);
  rmSync(dir, { recursive: true, force: true });
  for (const entities of ['people', 'topics', 'glossary', 'sources']) {
    cpSync(join(contentDir, entities), join(dir, entities), { recursive: true });
  }
  cpSync(join(fixturesDir, fixture, 'articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

// Tests in one file run one after another, so these builds do not fight over the two cores.
describe('npm run build stops on bad content', () => {
  const cases: [fixture: string, expected: (string | RegExp)[]][] = [
    ['missing-meeting-date', ['missing-meeting-date.mdx', 'meeting.date']],
    ['impossible-date', ['impossible-date.mdx', 'meeting.date', '"2021-02-30" is not a real date']],
    ['unquoted-date', ['unquoted-date.mdx', 'meeting.date', 'write the date in quotes']],
    ['unknown-participant', ['unknown-participant.mdx', 'participants.0.person', '"nguyen-quoc-dungg"']],
    ['unknown-topic', ['unknown-topic.mdx', 'topics.1', '"east-sea"']],
    ['duplicate-slug', ['first-copy.mdx', 'second-copy.mdx', 'same-slug']],
    // The unclosed <abbr> opens on line 25 of the file.
    ['broken-mdx', ['broken-mdx.mdx', /broken-mdx\.mdx:2\d/, /abbr/]],
    ['event-quote-not-in-paragraph', ['event-quote-not-in-paragraph.mdx', 'events.0.quote', 'effective from August 2020']],
    [
      'unknown-glossary-term',
      ['unknown-glossary-term.mdx:23: <Abbr term="aseann">: no glossary entry "aseann" in glossary/ (did you mean "asean"?)'],
    ],
    // Report bodies are rendered from their MDX without running it: code is refused, naming the line.
    ['code-in-body', ['code-in-body.mdx:25: `import`/`export` statements are not allowed in a report body']],
  ];

  it.each(cases)('%s', async (fixture, expected) => {
    const outDir = join(scratchDir, 'bad-content-out', fixture);
    // A previous good build must not survive as if it were this one.
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<p>an older build</p>');

    const { code, output } = await runBuild({ ARCHIVE_CONTENT_DIR: contentWith(fixture), ARCHIVE_OUT_DIR: outDir });

    expect(code, output).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
    expect(existsSync(outDir), `${outDir} was left behind`).toBe(false);
    // The code-in-body fixture's `export` would write this file if the body ran at build time.
    expect(existsSync(join(projectRoot, 'code-in-body-ran.txt'))).toBe(false);
  });
});

describe('npm run build after an entity is deleted', () => {
  it('stops even though the content cache skips the unchanged article', async () => {
    const dir = join(scratchDir, 'deleted-person');
    rmSync(dir, { recursive: true, force: true });
    cpSync(contentDir, dir, { recursive: true });
    const env = { ARCHIVE_CONTENT_DIR: dir, ARCHIVE_OUT_DIR: join(scratchDir, 'deleted-person-out') };

    const first = await runBuild(env);
    expect(first.code, first.output).toBe(0);

    rmSync(join(dir, 'people', 'mori-takeo.yaml'));
    const second = await runBuild(env);
    expect(second.code, second.output).not.toBe(0);
    expect(second.output).toMatch(/2020-10-15-35th-asean-japan-forum\.mdx: participants\.1\.person: no people entry "mori-takeo"/);
    expect(existsSync(env.ARCHIVE_OUT_DIR)).toBe(false);
  });
});
