import { describe, expect, it } from 'vitest';
import { withoutParagraphAnchors } from '../../src/lib/paragraph-anchors.ts';

describe('withoutParagraphAnchors', () => {
  it('takes out the paragraph numbers and only them, leaving the report’s words', () => {
    const html =
      '<p id="p-1"><a class="paragraph-number" href="#p-1" aria-label="Paragraph 1" lang="en">1</a> The two sides agreed.</p>' +
      '<p id="p-2"><a class="paragraph-number" href="#p-2" aria-label="Paragraph 2" lang="en">2</a> See <a href="/glossary/#doc">DOC</a>.</p>';
    expect(withoutParagraphAnchors(html)).toBe(
      '<p id="p-1">The two sides agreed.</p><p id="p-2">See <a href="/glossary/#doc">DOC</a>.</p>',
    );
  });
});
