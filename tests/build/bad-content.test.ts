import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFixtureDir } from '../setup/paths.ts';
import { projectCopy } from '../setup/project-copy.ts';
import { CHILD_COMMANDS_TIMEOUT, runBuild, runCheckContent, whereToFix } from '../setup/run-build.ts';

const fixturesDir = new URL('../fixtures/bad-content/', import.meta.url).pathname;
// The content folders, output folders and commands of this file all live in a copy of the project of its own.
const project = projectCopy('bad-content-');

/**
 * A content folder made of the fixture archive's entities and received files, the small received texts the
 * fixtures share (bad-content/sources/), and the fixtures' own folders (their articles, or a broken entity file).
 */
function contentWith(name: string, fixtures: readonly string[]): string {
  const dir = join(project, 'cases', name);
  rmSync(dir, { recursive: true, force: true });
  for (const entities of ['meetings', 'people', 'topics', 'glossary', 'sources']) {
    cpSync(join(archiveFixtureDir, entities), join(dir, entities), { recursive: true });
  }
  cpSync(join(fixturesDir, 'sources'), join(dir, 'sources'), { recursive: true });
  if (fixtures.every((fixture) => !existsSync(join(fixturesDir, fixture, 'articles'))))
    cpSync(join(archiveFixtureDir, 'articles'), join(dir, 'articles'), { recursive: true });
  for (const fixture of fixtures) cpSync(join(fixturesDir, fixture), dir, { recursive: true });
  return dir;
}

/** A message line naming a file of a case's content folder by its path from the project root. */
function located(name: string, message: string): RegExp {
  const path = `cases/${name}/${message}`;
  return new RegExp(`(^|\\s)${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm');
}

interface BadContentCase {
  name: string;
  /** The fixture folders laid over the case's content folder together. */
  fixtures: readonly string[];
  /** What its "Where to fix it" list must hold. */
  expected: readonly (string | RegExp)[];
  /** Whether `npm run build` is run too, and must stop with the same list and leave no output folder. */
  build?: true;
}

// Both commands run the same content sync (scripts/astro-step.ts): the content check is run on every case, the
// build on the case with the most messages (and after a deleted entity, below).
const cases: BadContentCase[] = [
  // Every file's problems at once, across collections, each at its line, whichever file the content sync read
  // first: bad file names and slugs, a slug that claims another file's name, YAML that cannot be read (a report's
  // frontmatter and an entity file), an empty entity file, placeholders (in a report and
  // in the meeting file new-report drafted beside it), references to entries that do not exist, a missing field and
  // a wrong type (the last two worded by Astro's own error map). Each schema message is checked without a command in
  // tests/unit/schema.test.ts, and the collecting and locating in tests/unit/checked-glob.test.ts and
  // build-errors.test.ts; these run end to end.
  {
    name: 'files-and-fields',
    fixtures: [
      'placeholders',
      'unknown-participant',
      'unknown-meeting',
      'missing-field',
      'duplicate-slug',
      'bad-file-name',
      'bad-slug',
      'bad-yaml',
      'bad-frontmatter-yaml',
      'empty-entity',
    ],
    expected: [
      ...['headline', 'summary', 'publication.publisher', 'participants.0.role', 'participants.1.role'].map(
        (field) =>
          new RegExp(`placeholders\\.mdx:\\d+: ${field.replaceAll('.', '\\.')}: still a placeholder, fill it in: "TODO: `),
      ),
      located(
        'files-and-fields',
        'meetings/meeting-2021-08-02.yaml:4: name: still a placeholder, fill it in: "TODO: the meeting’s name',
      ),
      located('files-and-fields', 'meetings/meeting-2021-08-02.yaml:7: format: still a placeholder, fill it in: "TODO: online'),
      located(
        'files-and-fields',
        'articles/unknown-participant.mdx:11: participants.0.person: no people entry "nguyen-quoc-dungg"',
      ),
      located(
        'files-and-fields',
        'articles/unknown-meeting.mdx:5: meeting.id: no meetings entry "35th-asean-japan-forun" in meetings/ (did you mean "35th-asean-japan-forum"?)',
      ),
      located('files-and-fields', 'articles/missing-field.mdx:1: summary: missing; this field is required'),
      // A report loader that read a failed report's data would stop at the missing date with an error of its own.
      located(
        'files-and-fields',
        'articles/missing-field.mdx:5: publication.date: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
      ),
      located(
        'files-and-fields',
        'articles/missing-field.mdx:7: publication.publisherShort: Expected type `"string"`, received `"number"`',
      ),
      // Located at the slug that claims another file's name.
      located(
        'files-and-fields',
        `articles/second-copy.mdx:2: slug: the id "same-slug" is same-slug.mdx's too; each file needs an id of its own`,
      ),
      located(
        'files-and-fields',
        'articles/Bad_File Name.mdx: the id "Bad_File Name" must be lower-case letters, digits and single hyphens (rename the file)',
      ),
      located('files-and-fields', 'articles/bad-slug.mdx:2: slug: the id "Not_A_Slug" must be lower-case letters'),
      located('files-and-fields', 'people/broken-person.yaml:3: YAML: missed comma between flow collection entries'),
      located(
        'files-and-fields',
        'articles/bad-frontmatter-yaml.mdx:3: YAML: bad indentation of a mapping entry; a value that holds ": " must be in quotes',
      ),
      located('files-and-fields', 'people/empty-person.yaml:1: empty: the file holds none of its fields'),
    ],
  },
  // The unclosed <abbr> opens on line 22 of the file.
  { name: 'broken-mdx', fixtures: ['broken-mdx'], expected: ['broken-mdx.mdx', /broken-mdx\.mdx:2\d/, /abbr/] },
  // The reports' text checks list every problem of every report at once.
  {
    name: 'text-checks',
    fixtures: [
      'event-quote-not-in-paragraph',
      'event-quote-in-another-paragraph',
      'unknown-glossary-term',
      'changed-word',
      'merged-paragraphs',
    ],
    expected: [
      /event-quote-not-in-paragraph\.mdx:\d+: events\.0\.quote: "effective from August 2020" is not, word for word, in paragraph 1; it is in no paragraph of the body/,
      'event-quote-in-another-paragraph.mdx:20: events.0.quote: "took effect from August 2020" is not, word for word, in paragraph 1; it is in paragraph 2: set paragraph: 2',
      /unknown-glossary-term\.mdx:20: <Abbr term="aseann">: no glossary entry "aseann" in glossary\/ \(did you mean "asean"\?\)/,
      /changed-word\.mdx:\d+: paragraph 1 differs from received paragraph 1 of sources\/001_8c0f02abc8da5628\.txt:\n {4}- five\n {4}\+ four\n/,
      /merged-paragraphs\.mdx:\d+: paragraph 2 merges received paragraphs 2 and 3 of sources\/001_8c0f02abc8da5628\.txt: start a new paragraph \(a blank line\) after "…Minister of Foreign Affairs Toshimitsu Motegi\."/,
    ],
    build: true,
  },
];

// Tests in one file run one after another, so these commands do not fight over the two cores.
describe('npm run check-content and npm run build stop on bad content, with the same located messages', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    async (name, { fixtures, expected, build }) => {
      const env = { ARCHIVE_CONTENT_DIR: contentWith(name, fixtures), ARCHIVE_OUT_DIR: join(project, 'out', name) };
      const checked = await runCheckContent(env, { cwd: project });
      expect(checked.code, checked.output).not.toBe(0);
      const located = whereToFix(checked.output);
      for (const pattern of expected) expect(located, checked.output).toMatch(pattern);
      // Said once, without a second copy from the page that happened to render the term.
      expect(located.split('no glossary entry').length - 1, checked.output).toBeLessThanOrEqual(1);
      // The problems are the content's: no stack of the build's code to lead an editor astray.
      expect(checked.output).not.toContain('Stack trace:');
      if (!build) return;

      // A previous good build must not survive as if it were this one.
      mkdirSync(env.ARCHIVE_OUT_DIR, { recursive: true });
      writeFileSync(join(env.ARCHIVE_OUT_DIR, 'index.html'), '<p>an older build</p>');
      const built = await runBuild(env, { cwd: project });
      expect(built.code, built.output).not.toBe(0);
      expect(whereToFix(built.output)).toBe(located);
      expect(existsSync(env.ARCHIVE_OUT_DIR), `${env.ARCHIVE_OUT_DIR} was left behind`).toBe(false);
    },
    CHILD_COMMANDS_TIMEOUT,
  );
});

describe('npm run build after an entity is deleted or renamed', () => {
  it(
    'stops even though the content cache skips the unchanged article',
    async () => {
      const dir = join(project, 'cases', 'deleted-person');
      rmSync(dir, { recursive: true, force: true });
      // The fixture archive with one report, the one that names the person.
      cpSync(archiveFixtureDir, dir, {
        recursive: true,
        filter: (path) => !/\/articles\/./.test(path) || path.endsWith('/2020-10-15-35th-asean-japan-forum.mdx'),
      });
      const env = { ARCHIVE_CONTENT_DIR: dir, ARCHIVE_OUT_DIR: join(project, 'out', 'deleted-person') };

      // The content check fills the content cache the build then reads (both sync the same store).
      const first = await runCheckContent(env, { cwd: project });
      expect(first.code, first.output).toBe(0);

      rmSync(join(dir, 'people', 'mori-takeo.yaml'));
      // A meeting file renamed, as an editor renames a drafted one, with the report still naming the old id.
      renameSync(join(dir, 'meetings', '35th-asean-japan-forum.yaml'), join(dir, 'meetings', 'asean-japan-forum-35.yaml'));
      const second = await runBuild(env, { cwd: project });
      expect(second.code, second.output).not.toBe(0);
      expect(whereToFix(second.output)).toMatch(
        /2020-10-15-35th-asean-japan-forum\.mdx:\d+: participants\.1\.person: no people entry "mori-takeo"/,
      );
      expect(whereToFix(second.output)).toMatch(
        /2020-10-15-35th-asean-japan-forum\.mdx:\d+: meeting\.id: no meetings entry "35th-asean-japan-forum"/,
      );
      expect(existsSync(env.ARCHIVE_OUT_DIR)).toBe(false);
    },
    CHILD_COMMANDS_TIMEOUT,
  );
});
