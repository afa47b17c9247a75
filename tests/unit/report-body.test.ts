import { describe, expect, it } from 'vitest';
import { withGlossaryLinks } from '../../src/lib/glossary-markup.ts';
import { ReportMarkupError, renderReportBody } from '../../src/lib/report-body.ts';

function refusal(mdx: string): ReportMarkupError {
  try {
    renderReportBody(mdx);
  } catch (error) {
    if (error instanceof ReportMarkupError) return error;
    throw error;
  }
  throw new Error(`rendered without complaint: ${mdx}`);
}

describe('renderReportBody', () => {
  it('numbers the paragraphs and marks each <Abbr> with its glossary id', () => {
    const html = renderReportBody('The <Abbr term="asean">ASEAN</Abbr> side met.\n\nThey agreed.\n');
    expect(html).toContain('<p id="p-1">The <abbr data-glossary-term="asean">ASEAN</abbr> side met.');
    expect(html).toContain('<p id="p-2">They agreed.');
    expect(html.match(/class="paragraph-anchor"/g)).toHaveLength(2);
  });

  it('keeps escaped MDX characters and quotes as the report writes them', () => {
    const html = renderReportBody('Costs \\{ rose \\} and \\<b> “fell” & ‘rose’ -- again.');
    expect(html).toContain('Costs { rose } and &#x3C;b> “fell” &#x26; ‘rose’ -- again.');
  });

  it('renders GitHub-flavoured tables through remark-gfm', () => {
    expect(renderReportBody('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });

  it('refuses code and components other than <Abbr>, naming the line', () => {
    expect(refusal('First.\n\nexport const x = 1').message).toMatch(/`import`\/`export` statements are not allowed/);
    expect(refusal('First.\n\nexport const x = 1').line).toBe(3);
    expect(refusal('Seven is {7*7}.').message).toMatch(/`\{…\}` expressions are not allowed/);
    expect(refusal('<script>alert(1)</script>').message).toMatch(/<script> is not allowed/);
    expect(refusal('An <img src="x" onError="alert(1)" /> here').message).toMatch(/<img> is not allowed/);
    expect(refusal('<Abbr term="asean" onClick="x">ASEAN</Abbr>').message).toMatch(/exactly one attribute/);
    expect(refusal('<Abbr term={"asean"}>ASEAN</Abbr>').message).toMatch(/glossary id in quotes/);
  });
});

describe('withGlossaryLinks', () => {
  it('fills in each marked abbreviation from the glossary, escaped', () => {
    const html = withGlossaryLinks('<p>The <abbr data-glossary-term="doc">DOC</abbr>.</p>', (term) => ({
      expansion: `Declaration "${term}" <of> Conduct`,
      href: `/glossary/#${term}`,
    }));
    expect(html).toBe(
      '<p>The <abbr title="Declaration &quot;doc&quot; &lt;of&gt; Conduct"><a class="glossary-link" href="/glossary/#doc">DOC</a></abbr>.</p>',
    );
  });
});
