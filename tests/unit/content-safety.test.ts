import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertInsideFolder,
  decodeReceivedFile,
  frontmatterOf,
  isLanguageTag,
  sourceFileNameProblem,
  textProblem,
  yamlAliasRefusal,
  yamlAnchorOrAlias,
} from '../../src/lib/content-safety.ts';
import { MAX_QUERY_LENGTH, readSearchState } from '../../src/lib/search-terms.ts';
import { firstCodePoints } from '../../src/lib/text-caps.ts';
import { formatCalendar } from '../../src/lib/icalendar.ts';
import { jsonForScript } from '../../src/lib/structured-data.ts';
import { xmlProblem } from '../../src/lib/xml-check.ts';
import { scratchDir } from '../setup/paths.ts';

describe('textProblem', () => {
  it('lets tabs, newlines, emoji, right-to-left scripts and marks through', () => {
    for (const text of ['a\tb\nc', 'Bùi Thanh Sơn 😀', 'عبد الله', 'אבי כהן', 'O&D "quoted" <b>', 'a\u200fb']) {
      expect(textProblem(text), text).toBeUndefined();
    }
  });

  it.each([
    ['vertical tab', 'a\u000bb', 'a control character (U+000B) at character 2'],
    ['NUL', '\u0000', 'a control character (U+0000) at character 1'],
    ['C1 control', 'x\u0085', 'a control character (U+0085) at character 2'],
    ['noncharacter', 'x\uffff', 'a Unicode noncharacter (U+FFFF) at character 2'],
    ['supplementary noncharacter', '😀\u{10ffff}', 'a Unicode noncharacter (U+10FFFF) at character 2'],
    [
      'right-to-left override',
      '17 October\u202e 2020',
      'a bidirectional embedding, override or isolate control (U+202E) at character 11',
    ],
    ['isolate', '\u2067x', 'a bidirectional embedding, override or isolate control (U+2067) at character 1'],
    ['lone surrogate', 'a\ud800', 'a lone surrogate (U+D800) at character 2'],
  ])('refuses a %s', (_, text, expected) => {
    expect(textProblem(text)).toBe(`contains ${expected}; remove it`);
  });
});

describe('isLanguageTag', () => {
  it('accepts BCP 47 tags and refuses other strings', () => {
    for (const tag of ['vi', 'ja', 'th-TH', 'zh-Hant', 'ar', 'he']) expect(isLanguageTag(tag), tag).toBe(true);
    // Countries' codes are no languages' ("jp", "vn"), nor is a code no language has ("xx").
    for (const tag of ['', 'english!', 'en_US', 'a', 'vi vi', 'french', 'Vietnamese', 'jp', 'vn', 'xx', 'jp-JP'])
      expect(isLanguageTag(tag), tag).toBe(false);
    for (const tag of ['fil', 'mnw', 'zh-Hant-TW', 'sr-Latn']) expect(isLanguageTag(tag), tag).toBe(true);
  });
});

describe('yamlAnchorOrAlias', () => {
  it('finds anchors and aliases, with their line', () => {
    expect(yamlAnchorOrAlias('a: 1\nb: &x 2\n')).toEqual({ kind: 'anchor', name: '&x', line: 2 });
    expect(yamlAnchorOrAlias('a: 1\nb:\n  - [1, *x]\n')).toEqual({ kind: 'alias', name: '*x', line: 3 });
    expect(yamlAnchorOrAlias('&root\na: 1\n')).toEqual({ kind: 'anchor', name: '&root', line: 1 });
  });

  it('leaves "&" and "*" inside values and comments alone', () => {
    expect(yamlAnchorOrAlias(`a: "x &y *z"\nb: 'O&D *'\nc: a&b*c\n# &comment\nd: |\n  &block *text\n`)).toBeUndefined();
  });

  it('names the file and its line (frontmatter lines counted from the top of the file)', () => {
    expect(yamlAliasRefusal('articles/x.mdx', '---\nheadline: a\nsummary: *b\n---\nbody *a*\n')).toEqual({
      line: 3,
      reason: expect.stringMatching(/^alias "\*b" refused; write the value out in full/),
    });
    expect(yamlAliasRefusal('people/p.yaml', 'name: &n P\nvariants: [*n]\n')).toMatchObject({ line: 1 });
    expect(yamlAliasRefusal('articles/y.mdx', '---\nheadline: a\n---\n*emphasis* and &amp;\n')).toBeUndefined();
  });

  it('reads the frontmatter only', () => {
    expect(frontmatterOf('---\na: 1\n---\nbody')).toBe('a: 1');
    expect(frontmatterOf('no frontmatter')).toBeUndefined();
  });
});

describe('assertInsideFolder', () => {
  const dir = join(scratchDir, 'inside-folder');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  mkdirSync(join(dir, 'outside'), { recursive: true });
  writeFileSync(join(dir, 'content', 'sources', 'plain.txt'), 'text');
  writeFileSync(join(dir, 'outside', 'secret.txt'), 'secret');
  symlinkSync('/proc/self/environ', join(dir, 'content', 'sources', 'environ.txt'));
  symlinkSync(join(dir, 'outside'), join(dir, 'content', 'linked-folder'));
  const content = join(dir, 'content');

  it('accepts a regular file inside the folder', () => {
    expect(() => assertInsideFolder(content, join(content, 'sources', 'plain.txt'))).not.toThrow();
  });

  it('refuses a symbolic link, naming the file', () => {
    expect(() => assertInsideFolder(content, join(content, 'sources', 'environ.txt'), 'sources/environ.txt')).toThrow(
      'sources/environ.txt: symbolic links are refused in content/; copy the file in instead',
    );
  });

  it('refuses a file reached through a linked folder', () => {
    expect(() => assertInsideFolder(content, join(content, 'linked-folder', 'secret.txt'), 'linked-folder/secret.txt')).toThrow(
      'linked-folder/secret.txt: its real path leaves the content folder through a linked folder; refused',
    );
  });

  it('refuses a folder and a missing file', () => {
    expect(() => assertInsideFolder(content, join(content, 'sources'), 'sources')).toThrow('sources: not a regular file');
    expect(() => assertInsideFolder(content, join(content, 'nothing.txt'), 'nothing.txt')).toThrow('nothing.txt: no such file');
  });
});

describe('sourceFileNameProblem', () => {
  it('accepts plain .txt names', () => {
    for (const name of ['000_5823aec3ae932b3b.txt', 'report-2021.08.txt'])
      expect(sourceFileNameProblem(name), name).toBeUndefined();
  });

  it.each([
    ['../../package.json', '"../../package.json" must be a plain file name in sources/ (no "/", "\\" or "..")'],
    ['a\\b.txt', '"a\\b.txt" must be a plain file name in sources/ (no "/", "\\" or "..")'],
    ['report.html', '"report.html" must be a .txt file: received files are published as plain text, never as pages or images'],
    ['image.svg', '"image.svg" must be a .txt file: received files are published as plain text, never as pages or images'],
    [
      'a#b.txt',
      '"a#b.txt" may hold only letters, digits, ".", "_" and "-" (no "#", "?", "%" or spaces) and must start with a letter or digit',
    ],
    [
      'a?b.txt',
      '"a?b.txt" may hold only letters, digits, ".", "_" and "-" (no "#", "?", "%" or spaces) and must start with a letter or digit',
    ],
    [
      'a%2fb.txt',
      '"a%2fb.txt" may hold only letters, digits, ".", "_" and "-" (no "#", "?", "%" or spaces) and must start with a letter or digit',
    ],
    [
      '.hidden.txt',
      '".hidden.txt" may hold only letters, digits, ".", "_" and "-" (no "#", "?", "%" or spaces) and must start with a letter or digit',
    ],
  ])('refuses %s', (name, expected) => {
    expect(sourceFileNameProblem(name)).toBe(expected);
  });
});

describe('decodeReceivedFile', () => {
  it('decodes UTF-8, a byte-order mark kept as received', () => {
    expect(decodeReceivedFile('a.txt', new TextEncoder().encode('\ufeff“Sơn”'))).toBe('\ufeff“Sơn”');
  });

  it('refuses Windows-1252 bytes, naming the file', () => {
    expect(() => decodeReceivedFile('cp1252.txt', Uint8Array.from([0x93, 0x68, 0x69, 0x94]))).toThrow(
      'sources/cp1252.txt is not valid UTF-8',
    );
  });
});

describe('output escaping', () => {
  it('keeps "</script>" from closing a JSON-LD script', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });

  it('drops control characters an iCalendar TEXT value may not hold, keeping tabs', () => {
    const calendar = formatCalendar({
      productId: { company: 'Archive', product: 'Meetings' },
      name: 'Meetings',
      events: [
        {
          uid: 'u@archive.test',
          start: { year: 2020, month: 1, day: 1 },
          summary: 'a\u000bb\u0000c\td;e,f',
          description: 'x\u001fy\nz',
          url: 'https://archive.test/',
          stamp: new Date(0),
        },
      ],
    });
    expect(calendar).toContain('SUMMARY:abc\td\\;e\\,f\r\n');
    expect(calendar).toContain('DESCRIPTION:xy\\nz\r\n');
  });

  it('finds what makes XML malformed', () => {
    expect(xmlProblem('<rss><channel><title>A &amp; B</title></channel></rss>')).toBeUndefined();
    expect(xmlProblem('<rss>\n<title>a\u000bb</title></rss>')).toBe('line 2: a character XML does not allow ("\\u000b")');
    expect(xmlProblem('<rss><title>a&#11;b</title></rss>')).toBe('line 1: a character XML does not allow ("&#11;")');
    expect(xmlProblem('<rss><title>a</rss>')).toMatch(/^line 1: /);
  });

  it('allows a character outside the Basic Multilingual Plane, and refuses half of one or a non-character', () => {
    expect(xmlProblem('<rss><title>Hà Nội 茂木 😀</title></rss>')).toBeUndefined();
    expect(xmlProblem('<rss><title>a\ud83db</title></rss>')).toBe('line 1: a character XML does not allow ("\\ud83d")');
    expect(xmlProblem('<rss><title>a\uffffb</title></rss>')).toBe('line 1: a character XML does not allow ("\uffff")');
  });
});

describe('firstCodePoints', () => {
  it('cuts by code points, never inside an emoji', () => {
    expect(firstCodePoints('ab😀cd', 3)).toBe('ab😀');
    expect(firstCodePoints('😀😀😀', 2)).toBe('😀😀');
    expect(firstCodePoints('short', 200)).toBe('short');
    expect([...firstCodePoints('😀'.repeat(60_000), 200)]).toHaveLength(200);
  });

  it('caps the search query from the address without cutting an emoji', () => {
    const { query } = readSearchState(new URLSearchParams({ q: `a${'😀'.repeat(MAX_QUERY_LENGTH)}` }));
    expect([...query]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.endsWith('😀')).toBe(true);
  });
});
