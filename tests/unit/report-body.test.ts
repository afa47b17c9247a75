import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { withGlossaryLinks } from '../../src/lib/glossary-markup.ts';
import { parseFragment } from '../../src/lib/html.ts';
import { ReportMarkupError, renderReportBody } from '../../src/lib/report-body.ts';

/** The error rendering refuses `mdx` with, as the build would report it. */
function refusal(mdx: string): Error {
  try {
    renderReportBody(mdx, 'articles/report.mdx');
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error(`rendered without complaint: ${mdx}`);
}

describe('renderReportBody', () => {
  it('numbers the paragraphs and marks each <Abbr> with its glossary id', () => {
    const html = renderReportBody('The <Abbr term="asean">ASEAN</Abbr> side met.\n\nThey agreed.\n');
    expect(html).toContain(
      '<p id="p-1"><a class="paragraph-number" href="#p-1" aria-label="Paragraph 1" lang="en">1</a> The <abbr data-glossary-term="asean">ASEAN</abbr> side met.',
    );
    expect(html).toContain(
      '<p id="p-2"><a class="paragraph-number" href="#p-2" aria-label="Paragraph 2" lang="en">2</a> They agreed.',
    );
    expect(html.match(/class="paragraph-number"/g)).toHaveLength(2);
  });

  it('keeps escaped MDX characters and quotes as the report writes them', () => {
    const html = renderReportBody('Costs \\{ rose \\} and \\<b> “fell” & ‘rose’ -- again.');
    expect(html).toContain('Costs { rose } and &#x3C;b> “fell” &#x26; ‘rose’ -- again.');
  });

  it('renders GitHub-flavoured tables through remark-gfm, numbered as a paragraph held by a group', () => {
    const html = renderReportBody('| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html).toMatch(/^<div class="paragraph-group" id="p-1"><a class="paragraph-number" href="#p-1"[^>]*>1<\/a> <table>/);
  });

  it('numbers a paragraph and the list it introduces (no blank line between) as one, its number in the first block', () => {
    const html = renderReportBody('First.\n\n6\\. The outcomes:\n- Japan will help\n- They will meet\n\nLast.\n');
    expect(html).toContain('<p id="p-1"><a class="paragraph-number" href="#p-1"');
    expect(html).toMatch(
      /<div class="paragraph-group" id="p-2"><p><a class="paragraph-number" href="#p-2"[^>]*>2<\/a> 6\. The outcomes:<\/p><ul>\s*<li>Japan will help<\/li>\s*<li>They will meet<\/li>\s*<\/ul><\/div>/,
    );
    expect(html).toContain('<p id="p-3"><a class="paragraph-number" href="#p-3"');
  });

  it('numbers a list standing on its own as a paragraph, and keeps a hard line break as a line break', () => {
    const html = renderReportBody('- one\n- two\n\nLine one\\\nLine two\n');
    expect(html).toMatch(/^<ul id="p-1">\s*<li><a class="paragraph-number" href="#p-1"[^>]*>1<\/a> one<\/li>\s*<li>two<\/li>/);
    expect(html).toMatch(/<p id="p-2"><a class="paragraph-number" href="#p-2"[^>]*>2<\/a> Line one<br>\nLine two<\/p>/);
  });

  it('renders the plain HTML markup the safety check allows, and drops MDX comments', () => {
    const html = renderReportBody('An <em title="stress">emphasised</em> word.{/* the archive\'s note */}');
    expect(html).toContain('</a> An <em title="stress">emphasised</em> word.');
    expect(html).not.toContain('archive');
  });

  it('refuses code before anything could run it, naming the file and line', () => {
    expect(refusal('First.\n\nexport const x = 1').message).toBe(
      'Unsafe content in articles/report.mdx:\n  articles/report.mdx:3:1: `import` and `export` are refused in report bodies: content is data, never code',
    );
    expect(refusal('Seven is {7*7}.').message).toMatch(/report\.mdx:1:10: the expression \{7\*7\} is refused/);
    expect(refusal('<script>alert(1)</script>').message).toMatch(/<script> is refused/);
    expect(refusal('An <img src="x" onError="alert(1)" /> here').message).toMatch(/<img> is refused/);
  });

  it('refuses an <Abbr> without a term, naming the line', () => {
    const error = refusal('Line one.\n\nThe <Abbr>ASEAN</Abbr> side.');
    expect(error).toBeInstanceOf(ReportMarkupError);
    expect([error.message, (error as ReportMarkupError).line]).toEqual(['<Abbr> needs term="<glossary id>"', 3]);
  });
});

describe('withGlossaryLinks', () => {
  it('fills in each marked abbreviation from the glossary, escaped', () => {
    const html = withGlossaryLinks('<p>The <abbr data-glossary-term="doc">DOC</abbr>.</p>', (term) => ({
      expansion: `Declaration "${term}" <of> Conduct`,
      href: `/glossary/#${term}`,
    }));
    expect(html).toBe(
      '<p>The <abbr title="Declaration &#x22;doc&#x22; <of> Conduct"><a class="glossary-link" href="/glossary/#doc">DOC</a></abbr>.</p>',
    );
    // Read back as a browser reads it: the expansion whole, as the attribute's value.
    const abbr = parseFragment(html).children[0] as Element;
    expect((abbr.children[1] as Element).properties.title).toBe('Declaration "doc" <of> Conduct');
  });
});
