import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { knownEntities } from '../../scripts/known-entities.ts';
import { articleSchema } from '../../src/content.config.ts';
import { markedTerms } from '../../src/lib/glossary.ts';
import { escapeMdxText, scaffoldReport } from '../../src/lib/new-report.ts';
import { mdxBodyWords, mdxParagraphs, receivedTextProblem } from '../../src/lib/received-text.ts';
import { readArticles } from '../setup/content.ts';
import { archiveFixtureDir, contentDir, projectRoot, scratchDir } from '../setup/paths.ts';

/** The draft `npm run new-report` writes for an article's received file, with the entities of a content folder. */
function draftFor(dir: string, sourceFile: string) {
  const draft = scaffoldReport({ sourceFile, sourceText: readFileSync(join(dir, 'sources', sourceFile), 'utf-8'), ...knownEntities(dir) });
  const { frontmatter, content } = parseFrontmatter(draft.text);
  return { ...draft, data: frontmatter as Record<string, any>, body: content };
}

const paragraphWords = (body: string) => mdxParagraphs(body).map((paragraph) => paragraph.words.join(' '));

describe.each(readArticles(contentDir))('the draft of $id', ({ data, body }) => {
  const draft = draftFor(contentDir, data.source.file);

  it('has the body of the committed article, word for word and paragraph for paragraph', () => {
    expect(paragraphWords(draft.body)).toEqual(paragraphWords(body));
    const sourceText = readFileSync(join(contentDir, 'sources', data.source.file), 'utf-8');
    const { file: sourceFile, frame } = draft.data.source;
    expect(receivedTextProblem({ file: draft.fileName, fileText: draft.text, body: draft.body, sourceFile, sourceText, frame })).toBeUndefined();
  });
});

describe('the drafts of the fixture archive’s two reports', () => {
  const [forum, ministers] = readArticles(archiveFixtureDir).sort((a, b) => a.id.localeCompare(b.id));
  const forumDraft = draftFor(archiveFixtureDir, forum.data.source.file);
  const ministersDraft = draftFor(archiveFixtureDir, ministers.data.source.file);
  const people = (data: Record<string, any>) => [...data.participants, ...data.mentions].map(({ person }) => person).sort();

  it('recognise the frame: page title, section, headline and byline; date line, caption, dateline and sign-off', () => {
    expect(forumDraft.data.source.frame).toEqual(forum.data.source.frame);
    expect(forumDraft.data.headline).toBe(forum.data.headline);
    expect(forumDraft.data.publication).toMatchObject({ byline: forum.data.publication.byline, section: 'News', date: '2020-10-15' });
    expect(new Set(ministersDraft.data.source.frame)).toEqual(new Set(ministers.data.source.frame));
    expect(ministersDraft.data.headlineSupplied).toBe(true);
    expect(ministersDraft.data.publication).toMatchObject({
      dateline: 'HÀ NỘI',
      signature: 'VNS',
      date: '2021-08-03',
      photo: ministers.data.publication.photo,
    });
  });

  it('propose the meeting date: "yesterday" against the date line, or the publication date', () => {
    expect(ministersDraft.data.meeting).toMatchObject({ date: '2021-08-02', dateBasis: 'relative' });
    expect(ministersDraft.text).toMatch(/date: "2021-08-02" # proposed: "yesterday"/);
    expect(forumDraft.data.meeting).toMatchObject({ date: '2020-10-15', dateBasis: 'publication' });
  });

  it('find the named people (by any variant) and the topics the committed articles list', () => {
    expect(people(forumDraft.data)).toEqual(people(forum.data));
    // "The Thai Foreign Minister" names no one: the editor adds him.
    expect(people(ministersDraft.data)).toEqual(['bui-thanh-son', 'motegi-toshimitsu']);
    for (const [draft, article] of [[forumDraft, forum], [ministersDraft, ministers]] as const) {
      const missing = article.data.topics.filter((topic: string) => !draft.data.topics.includes(topic));
      expect(missing.length, `topics not found: ${missing}`).toBeLessThanOrEqual(2);
    }
  });

  it('mark the first use of every known abbreviation, as the committed articles do', () => {
    expect(markedTerms(forumDraft.body).sort()).toEqual(markedTerms(forum.body).sort());
    expect(markedTerms(ministersDraft.body).sort()).toEqual(markedTerms(ministers.body).sort());
    expect(forumDraft.body).toContain('Head of the Delegation of <Abbr term="asean">ASEAN</Abbr> Senior Officials (<Abbr term="som">SOM</Abbr>)');
  });

  it('list what no entity file knows as a to-do at the top', () => {
    expect(forumDraft.text.split('headline:')[0]).toMatch(/# Abbreviations with no glossary entry[^\n]*\n(#   - \S+\n)*#   - US\n/);
  });

  it('leave placeholders the schema refuses, every one of them listed', async () => {
    const result = await articleSchema.safeParseAsync(ministersDraft.data);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^headline: still a placeholder, fill it in: "TODO: /),
      expect.stringMatching(/^summary: still a placeholder/),
      expect.stringMatching(/^meeting\.name: still a placeholder/),
      expect.stringMatching(/^meeting\.format: still a placeholder/),
      expect.stringMatching(/^publication\.publisher: still a placeholder/),
      expect.stringMatching(/^participants\.0\.role: still a placeholder/),
      expect.stringMatching(/^participants\.1\.role: still a placeholder/),
    ]));
    expect(messages).toHaveLength(7);
  });
});

describe('the draft of a report framed another way', () => {
  const sourceText = [
    'Japan and Mekong ministers meet in Tokyo',
    'Updated: August 4, 2021 - 09:30',
    'TOKYO — The ministers discussed the supply of vaccines on Tuesday.',
    'They agreed to meet again next year. — KYODO',
  ].join('\n\n');
  const draft = scaffoldReport({ sourceFile: 'kyodo.txt', sourceText, ...knownEntities(archiveFixtureDir) });
  const { frontmatter } = parseFrontmatter(draft.text);
  const data = frontmatter as Record<string, any>;

  it('reads the publication date from an "Updated:" line and keeps the line in the frame', () => {
    expect(data.publication.date).toBe('2021-08-04');
    expect(data.source.frame).toContain('Updated: August 4, 2021 - 09:30');
    expect(data.headline).toBe('Japan and Mekong ministers meet in Tokyo');
    expect(data.meeting).toMatchObject({ date: '2021-08-03', dateBasis: 'relative' });
  });

  it('proposes a topic the text names in the plural ("vaccines" for the alias "vaccine")', () => {
    expect(data.topics).toContain('vaccines');
  });

  it('takes a headline that begins with one of those words for a headline when it gives no date', () => {
    const updated = scaffoldReport({ sourceFile: 'x.txt', sourceText: 'Updated trade pact signed\n\nThe ministers signed it.', ...knownEntities(archiveFixtureDir) });
    expect(parseFrontmatter(updated.text).frontmatter.headline).toBe('Updated trade pact signed');
  });
});

describe('escaping for MDX', () => {
  it('escapes what MDX would read as code or markup, and the words read back unchanged', () => {
    const text = 'A <b> and {x} or *y* with [z](w) & `c` ~~s~~ | p\n# not a heading\n1. not a list\n- nor this';
    const escaped = escapeMdxText(text);
    expect(escaped).not.toMatch(/(?<!\\)[<{}*`[]/);
    expect(escaped).toMatch(/^\\# not/m);
    expect(escaped).toMatch(/^1\\\. not/m);
    expect(mdxBodyWords(escaped)).toEqual(text.split(/\s+/));
  });
});

describe('npm run new-report', () => {
  const dir = join(scratchDir, 'new-report');
  const run = (file: string) =>
    spawnSync('npm', ['run', '-s', 'new-report', '--', file], {
      cwd: projectRoot,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
      encoding: 'utf-8',
    });

  it('writes a draft once, refuses to overwrite it, and refuses a missing or empty file', () => {
    rmSync(dir, { recursive: true, force: true });
    for (const folder of ['people', 'topics', 'glossary', 'sources']) cpSync(join(archiveFixtureDir, folder), join(dir, folder), { recursive: true });
    mkdirSync(join(dir, 'articles'));
    const source = join(dir, 'sources', readdirSync(join(dir, 'sources')).sort()[1]);

    const first = run(source);
    expect(first.status, first.stderr).toBe(0);
    const [written] = readdirSync(join(dir, 'articles'));
    expect(first.stdout).toContain(written);
    writeFileSync(join(dir, 'articles', written), 'edited by hand');

    const again = run(source);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(new RegExp(`new-report: .*${written} exists already`));
    expect(readFileSync(join(dir, 'articles', written), 'utf-8')).toBe('edited by hand');

    const missing = run(join(dir, 'sources', 'no-such-file.txt'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/new-report: no file .*no-such-file\.txt/);

    writeFileSync(join(dir, 'sources', 'empty.txt'), ' \n\n');
    const empty = run(join(dir, 'sources', 'empty.txt'));
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toMatch(/new-report: .*empty\.txt is empty/);
  });
});
