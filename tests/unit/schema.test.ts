import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, glossarySchema, meetingSchema, personSchema, topicSchema } from '../../src/content.config.ts';
import { readArticleFile, readEntries } from '../setup/content.ts';
import { archiveFixtureDir } from '../setup/paths.ts';

const fixturesDir = new URL('../fixtures/bad-content/', import.meta.url).pathname;
const entry = (contentFolder: string, collection: 'people' | 'topics', id: string) =>
  readEntries(contentFolder, collection).find((found) => found.id === id)?.data;

/** The schema's complaints as "path: message" lines, the way the build reports them. */
async function problems(schema: typeof articleSchema | typeof meetingSchema, data: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the entities of the fixture archive', () => {
  it('files the South China Sea under one topic with both names', () => {
    const sea = topicSchema.parse(entry(archiveFixtureDir, 'topics', 'south-china-sea'));
    expect(sea.name).toBe('South China Sea');
    expect(sea.aliases).toContain('East Sea');
  });

  it("keeps the 2021 caption's truncated name as a variant of Motegi's", () => {
    const motegi = personSchema.parse(entry(archiveFixtureDir, 'people', 'motegi-toshimitsu'));
    expect(motegi.variants).toContain('Motegi Toshimits');
    expect(motegi.nativeName).toEqual({ text: '茂木敏充', lang: 'ja' });
  });
});

describe('bad content is rejected with a message that names the field', () => {
  it.each([
    ['missing-meeting-date', 'date: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['impossible-date', 'date: "2021-02-30" is not a real date: February 2021 has 28 days'],
    ['unquoted-date', 'date: write the date in quotes'],
  ])('%s', async (fixture, expected) => {
    const [file] = readdirSync(join(fixturesDir, fixture, 'meetings'));
    // Read as Astro reads YAML (js-yaml 4, which turns an unquoted date into a timestamp).
    const yaml = readFileSync(join(fixturesDir, fixture, 'meetings', file), 'utf-8');
    const found = await problems(meetingSchema, parseFrontmatter(`---\n${yaml}---\n`).frontmatter);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  const cases: [fixture: string, expected: string][] = [
    [
      'unknown-participant',
      'participants.0.person: no people entry "nguyen-quoc-dungg" in people/ (did you mean "nguyen-quoc-dung"?)',
    ],
    ['unknown-topic', 'topics.1: no topics entry "east-sea" in topics/'],
  ];

  it.each(cases)('%s', async (fixture, expected) => {
    const [file] = readdirSync(join(fixturesDir, fixture, 'articles')).filter((name) => name.endsWith('.mdx'));
    // The fixtures' received file lies in bad-content/sources/, not in the content folder this schema checks against.
    const found = (await problems(articleSchema, readArticleFile(join(fixturesDir, fixture, 'articles', file)).data)).filter(
      (problem) => !problem.startsWith('source.file:'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });
});

describe('the language of a publisher’s name', () => {
  const thai = readArticleFile(
    join(archiveFixtureDir, 'articles', '2021-08-02-kan-prachum-ratthamontri-tangprathet-asean-yipun.mdx'),
  ).data as { publication: Record<string, unknown> };
  const publicationProblems = async (publication: Record<string, unknown>) =>
    (await problems(articleSchema, { ...thai, publication })).filter((problem) => problem.startsWith('publication.'));

  it('is refused unsaid for a name whose letters show another language than English, naming the field to add', async () => {
    const { publisherLang: _, ...unsaid } = thai.publication;
    expect(await publicationProblems(unsaid)).toEqual([
      'publication.publisher: "กระทรวงการต่างประเทศ" is not English (Thai script): say the language of the name, e.g. publisherLang: th',
    ]);
    expect(await publicationProblems({ ...unsaid, publisher: 'Báo Thế giới & Việt Nam' })).toEqual([
      expect.stringContaining('publisherLang: vi'),
    ]);
  });

  it('is accepted said, and unsaid for a name in plain Latin letters (English by default)', async () => {
    expect(await publicationProblems(thai.publication)).toEqual([]);
    const { publisherLang: _, ...unsaid } = thai.publication;
    expect(await publicationProblems({ ...unsaid, publisher: 'Viet Nam News' })).toEqual([]);
    expect(await publicationProblems({ ...unsaid, publisherLang: 'th-TH-x-nonsense-!' })).toEqual([
      expect.stringMatching(/^publication\.publisherLang: .*is not a BCP 47 language tag/),
    ]);
  });
});

describe('a publisher with no abbreviation', () => {
  it('is given its name where publisherShort is left out', async () => {
    const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as {
      publication: Record<string, unknown>;
    };
    const { publisherShort: _, ...unabbreviated } = report.publication;
    const parsed = await articleSchema.safeParseAsync({ ...report, publication: { ...unabbreviated, publisher: 'NHK' } });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.publication).toMatchObject({ publisher: 'NHK', publisherShort: 'NHK' });
    const abbreviated = await articleSchema.safeParseAsync(report);
    expect(abbreviated.data?.publication.publisherShort).toBe(report.publication.publisherShort);
  });
});

describe('what a report is cited as', () => {
  // Parsed against content/ (the schema's own content folder), whose seeds the fixture archive's first report is.
  const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as {
    publication: Record<string, unknown>;
  };
  const { type: _, ...unsaid } = report.publication;
  const typed = (type: unknown) => ({ ...report, publication: { ...unsaid, type } });

  it('is a newspaper article unless said, and a web page of its site where the publisher is an official body', async () => {
    const parsed = await articleSchema.safeParseAsync({ ...report, publication: unsaid });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.publication.type).toBe('newspaper');
    expect((await articleSchema.safeParseAsync(typed('website'))).data?.publication.type).toBe('website');
  });

  it('is refused as anything else, with the values it may take', async () => {
    expect(await problems(articleSchema, typed('blog'))).toEqual([
      expect.stringMatching(/^publication\.type: .*"newspaper".*"website"/),
    ]);
  });
});

describe('a report that names no one who took part', () => {
  it('is accepted with participants: [], and still needs the field written', async () => {
    const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as Record<
      string,
      unknown
    >;
    const participantProblems = async (data: unknown) =>
      (await problems(articleSchema, data)).filter((problem) => problem.startsWith('participants'));
    expect(await participantProblems({ ...report, participants: [] })).toEqual([]);
    const { participants: _, ...unwritten } = report;
    expect(await participantProblems(unwritten)).toEqual([expect.stringMatching(/^participants: /)]);
  });
});

describe('a field the schema does not have', () => {
  it('is refused in an article, a list item and an entity file, naming the closest field', async () => {
    const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as Record<
      string,
      unknown
    >;
    const misspelt = {
      ...report,
      sumary: 'typed twice',
      participants: [{ person: 'mori-takeo', role: 'Minister', cochair: true }],
    };
    expect((await problems(articleSchema, misspelt)).filter((problem) => !problem.startsWith('source.file:'))).toEqual([
      'participants.0: unknown field "cochair" (did you mean "coChair"?)',
      ': unknown field "sumary" (did you mean "summary"?)',
    ]);
    const publication = { ...(report.publication as object), sigature: 'VNS' };
    expect(
      (await problems(articleSchema, { ...report, publication })).filter((problem) => problem.startsWith('publication')),
    ).toEqual(['publication: unknown field "sigature" (did you mean "signature"?)']);
    const topic = { name: 'T', kind: 'place', description: 'D.', alias: ['U'] };
    expect(topicSchema.safeParse(topic).error?.issues.map((issue) => issue.message)).toEqual([
      'unknown field "alias" (did you mean "aliases"?)',
    ]);
    const glossaryEntry = {
      abbreviation: 'CNUDM',
      expansion: 'Convention des Nations unies sur le droit de la mer',
      note: 'UNCLOS.',
    };
    expect(glossarySchema.safeParse({ ...glossaryEntry, expansionLang: 'fr' }).error?.issues[0].message).toBe(
      'unknown field "expansionLang" (did you mean "expansion"?)',
    );
    expect(glossarySchema.safeParse(glossaryEntry).success).toBe(true);
  });
});

describe('a language written as its name', () => {
  it('is refused, with the tag to write', async () => {
    const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as Record<
      string,
      unknown
    >;
    expect(
      (await problems(articleSchema, { ...report, lang: 'French' })).filter((problem) => problem.startsWith('lang')),
    ).toEqual(['lang: "French" is a language\'s name; write its BCP 47 tag, "fr"']);
  });

  it("or as a country's code, with the language's code to write", async () => {
    const report = readArticleFile(join(archiveFixtureDir, 'articles', '2020-10-15-35th-asean-japan-forum.mdx')).data as Record<
      string,
      unknown
    >;
    for (const [code, country, language] of [
      ['jp', 'Japan', 'ja'],
      ['vn', 'Vietnam', 'vi'],
    ]) {
      expect((await problems(articleSchema, { ...report, lang: code })).filter((problem) => problem.startsWith('lang'))).toEqual([
        `lang: "${code}" is the code of a country, ${country}; its language's is "${language}"`,
      ]);
    }
  });
});
