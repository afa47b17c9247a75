import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema, meetingSchema, personSchema } from '../../src/content.config.ts';
import { yamlAliasRefusal } from '../../src/lib/content-safety.ts';
import { remarkMdxSafety } from '../../src/lib/mdx-safety.ts';

/**
 * The fixtures in tests/fixtures/hostile-content/ that the build refuses, checked without a build: their fields
 * through the content schemas, their YAML through the alias check and their bodies through the MDX check,
 * each with the exact message. tests/build/hostile-content.test.ts runs some of them through `npm run build`.
 */
const fixturesDir = new URL('../fixtures/hostile-content/', import.meta.url).pathname;
const read = (fixture: string, file: string) => readFileSync(join(fixturesDir, fixture, file), 'utf-8');

/** The schema's complaint at one field path, as the build reports it. */
async function fieldProblem(
  schema: typeof articleSchema | typeof meetingSchema | typeof personSchema,
  data: unknown,
  path: string,
): Promise<string | undefined> {
  const result = await schema.safeParseAsync(data);
  return result.error?.issues.find((issue) => issue.path.join('.') === path)?.message;
}

describe('hostile fields are refused by the schemas, naming the field', () => {
  it.each([
    ['url-scheme', 'publication.url', 'expected an http:// or https:// address'],
    ['control-character', 'summary', 'contains a control character (U+000B) at character 14; remove it'],
    ['source-path', 'source.file', '"../../package.json" must be a plain file name in sources/ (no "/", "\\" or "..")'],
    [
      'source-html',
      'source.file',
      '"report.html" must be a .txt file: received files are published as plain text, never as pages or images',
    ],
  ])('%s: %s', async (fixture, path, expected) => {
    const { frontmatter } = parseFrontmatter(read(fixture, `articles/${fixture}.mdx`));
    expect(await fieldProblem(articleSchema, frontmatter, path)).toBe(expected);
  });

  it("bidi-override: a meeting's name", async () => {
    const meeting = load(read('bidi-override', 'meetings/a-meeting.yaml'));
    expect(await fieldProblem(meetingSchema, meeting, 'name')).toBe(
      'contains a bidirectional embedding, override or isolate control (U+202E) at character 10; remove it',
    );
  });

  it('bad-language-tag: nativeName.lang', async () => {
    const person = load(read('bad-language-tag', 'people/bad-language.yaml'));
    expect(await fieldProblem(personSchema, person, 'nativeName.lang')).toBe(
      '"english!" is not a BCP 47 language tag (e.g. "vi", "ja", "th", "zh-Hant")',
    );
  });
});

describe('YAML anchors and aliases are refused before parsing, naming the file and line', () => {
  it.each([
    ['yaml-alias-bomb', 'articles/yaml-alias-bomb.mdx', 16, 'anchor "&a" refused'],
    ['entity-yaml-alias', 'people/aliased-person.yaml', 1, 'anchor "&name" refused'],
  ])('%s', (fixture, file, line, reason) => {
    expect(yamlAliasRefusal(file, read(fixture, file))).toEqual({ line, reason: expect.stringContaining(reason) });
  });
});

describe('code in bodies is refused before MDX makes a module of it', () => {
  it('mdx-code: every construct, with its line', async () => {
    const file = join(fixturesDir, 'mdx-code', 'articles', 'mdx-code.mdx');
    const { content } = parseFrontmatter(readFileSync(file, 'utf-8'), { frontmatter: 'empty-with-spaces' });
    const message = await compile({ value: content, path: file }, { remarkPlugins: [remarkMdxSafety] }).then(
      () => '',
      (error: Error) => error.message,
    );
    const lines = message
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^.*mdx-code\.mdx:/, ''));
    expect(lines).toEqual([
      '22:19: the expression {7*7} is refused: write "\\{" for a literal brace; content is never evaluated',
      '24:1: <script> is refused: bodies may use <Abbr> and plain text markup (abbr, b, bdi, br, cite, del, em, i, ins, mark, q, s, small, span, strong, sub, sup, time, u), never scripts, frames, styles or other components',
      '26:1: the event handler onError on <Abbr> is refused',
      '26:52: the link target "javascript:alert(1)" is refused: only http(s) addresses and archive paths',
      '26:86: <iframe> is refused: bodies may use <Abbr> and plain text markup (abbr, b, bdi, br, cite, del, em, i, ins, mark, q, s, small, span, strong, sub, sup, time, u), never scripts, frames, styles or other components',
      '28:1: <Chart> is refused: bodies may use <Abbr> and plain text markup (abbr, b, bdi, br, cite, del, em, i, ins, mark, q, s, small, span, strong, sub, sup, time, u), never scripts, frames, styles or other components',
    ]);
  });
});
