import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema, personSchema, topicSchema } from '../../src/content.config.ts';
import { archiveFixtureDir, contentDir } from '../setup/paths.ts';

const fixturesDir = new URL('../fixtures/bad-content/', import.meta.url).pathname;
const filesIn = (dir: string, extension: string) => readdirSync(dir).filter((name) => name.endsWith(extension));
const frontmatterOf = (path: string) => parseFrontmatter(readFileSync(path, 'utf-8')).frontmatter;

/** The schema's complaints as "path: message" lines, the way the build reports them. */
async function problems(schema: typeof articleSchema, data: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the content', () => {
  it.each(filesIn(join(contentDir, 'articles'), '.mdx'))('article %s matches the schema', async (file) => {
    expect(await problems(articleSchema, frontmatterOf(join(contentDir, 'articles', file)))).toEqual([]);
  });

  it.each(filesIn(join(contentDir, 'people'), '.yaml'))('person %s matches the schema', (file) => {
    expect(personSchema.safeParse(load(readFileSync(join(contentDir, 'people', file), 'utf-8'))).error).toBeUndefined();
  });

  it.each(filesIn(join(contentDir, 'topics'), '.yaml'))('topic %s matches the schema', (file) => {
    expect(topicSchema.safeParse(load(readFileSync(join(contentDir, 'topics', file), 'utf-8'))).error).toBeUndefined();
  });

});

describe('the entities of the fixture archive', () => {
  it('files the South China Sea under one topic with both names', () => {
    const sea = topicSchema.parse(load(readFileSync(join(archiveFixtureDir, 'topics', 'south-china-sea.yaml'), 'utf-8')));
    expect(sea.name).toBe('South China Sea');
    expect(sea.aliases).toContain('East Sea');
  });

  it("keeps the 2021 caption's truncated name as a variant of Motegi's", () => {
    const motegi = personSchema.parse(load(readFileSync(join(archiveFixtureDir, 'people', 'motegi-toshimitsu.yaml'), 'utf-8')));
    expect(motegi.variants).toContain('Motegi Toshimits');
    expect(motegi.nativeName).toEqual({ text: '茂木敏充', lang: 'ja' });
  });
});

describe('bad content is rejected with a message that names the field', () => {
  const cases: [fixture: string, expected: string][] = [
    ['missing-meeting-date', 'meeting.date: expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['impossible-date', 'meeting.date: "2021-02-30" is not a real date: February 2021 has 28 days'],
    ['unquoted-date', 'meeting.date: write the date in quotes'],
    ['unknown-participant', 'participants.0.person: no people entry "nguyen-quoc-dungg" in people/ (did you mean "nguyen-quoc-dung"?)'],
    ['unknown-topic', 'topics.1: no topics entry "east-sea" in topics/'],
  ];

  it.each(cases)('%s', async (fixture, expected) => {
    const [file] = filesIn(join(fixturesDir, fixture, 'articles'), '.mdx');
    // The fixtures' received file lies in bad-content/sources/, not in the content folder this schema checks against.
    const found = (await problems(articleSchema, frontmatterOf(join(fixturesDir, fixture, 'articles', file)))).filter(
      (problem) => !problem.startsWith('source.file:'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });
});
