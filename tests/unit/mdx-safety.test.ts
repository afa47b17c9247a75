import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkMdxSafety } from '../../src/lib/mdx-safety.ts';

/** Compiles a body as the build does (MDX with the safety plugin); resolves to the error message, or "". */
async function refusal(body: string): Promise<string> {
  try {
    await compile({ value: body, path: '/nowhere/articles/x.mdx' }, { remarkPlugins: [remarkMdxSafety] });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('remarkMdxSafety', () => {
  it('lets text, markdown, the archive’s <Abbr>, phrasing HTML, comments and web links through', async () => {
    const body = [
      'Plain *text*, **bold**, 7 \\{ braces \\}, O&D, “quotes” and 😀.',
      '',
      '<Abbr term="asean">ASEAN</Abbr> met; <em lang="vi">Biển Đông</em> and <sup>1</sup>.',
      '',
      '{/* an editor’s comment */}',
      '',
      '[a report](https://example.org/a?b=1&c=2), [a paragraph](#p-3), and [an archive page](/articles/x/).',
    ].join('\n');
    expect(await refusal(body)).toBe('');
  });

  it.each([
    [
      'an export',
      "export const x = (await import('node:fs')).readFileSync('/etc/passwd', 'utf-8')",
      '`import` and `export` are refused in report bodies',
    ],
    ['an import', "import fs from 'node:fs'", '`import` and `export` are refused in report bodies'],
    ['a flow expression', '{7*7}', 'the expression {7*7} is refused: write "\\{" for a literal brace'],
    ['a text expression', 'It was {process.env.SECRET} today.', 'the expression {process.env.SECRET} is refused'],
    ['a script element', '<script>alert(1)</script>', '<script> is refused: bodies may use <Abbr>'],
    ['an iframe', '<iframe src="https://example.org/" />', '<iframe> is refused'],
    ['an object', '<object data="x.swf" />', '<object> is refused'],
    ['a style element', '<style>{"body{display:none}"}</style>', '<style> is refused'],
    ['another component', '<Chart />', '<Chart> is refused'],
    ['an event handler', '<Abbr term="asean" onError="alert(1)">ASEAN</Abbr>', 'the event handler onError on <Abbr> is refused'],
    ['a lower-case handler', '<span onclick="alert(1)">x</span>', 'the event handler onclick on <span> is refused'],
    [
      'an attribute expression',
      '<Abbr term={"asean"}>ASEAN</Abbr>',
      'term on <Abbr> must be a quoted string, never an {expression}',
    ],
    ['a spread attribute', '<Abbr {...props}>ASEAN</Abbr>', '<Abbr {…}> is refused: attributes are plain strings, never code'],
    [
      'a javascript: link',
      '[x](javascript:alert(1))',
      'the link target "javascript:alert(1)" is refused: only http(s) addresses and archive paths',
    ],
    ['a disguised javascript: link', '[x](<java\tscript:alert(1)>)', 'is refused: only http(s) addresses and archive paths'],
    [
      'a data: image',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      'the link target "data:image/svg+xml;base64,PHN2Zz4=" is refused',
    ],
    ['a file: definition', '[d]: file:///etc/passwd', 'the link target "file:///etc/passwd" is refused'],
    ['a vertical tab in the text', 'The ministers\u000bmet.', 'the text contains a control character (U+000B) at character 14'],
    [
      'a bidi override in the text',
      'On 17 October\u202e 2020',
      'the text contains a bidirectional embedding, override or isolate control (U+202E)',
    ],
  ])('refuses %s, naming the file and line', async (_, body, expected) => {
    const message = await refusal(`Some text.\n\n${body}\n`);
    expect(message).toContain('Unsafe content in /nowhere/articles/x.mdx:');
    expect(message).toMatch(/\/nowhere\/articles\/x\.mdx:3:\d+: /);
    expect(message).toContain(expected);
  });

  it('lists every problem in a file at once', async () => {
    const message = await refusal('{1}\n\n<script />\n\n[x](javascript:y)\n');
    expect(message.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(3);
  });
});
