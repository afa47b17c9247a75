import { describe, expect, it } from 'vitest';
import { withoutParagraphAnchors } from '../../src/lib/paragraph-anchors.ts';

describe('withoutParagraphAnchors', () => {
  it('takes out the permalinks and only them, leaving the report’s words', () => {
    const html =
      '<p id="p-1">The two sides agreed. <a class="paragraph-anchor" href="#p-1" aria-label="Link to paragraph 1">¶</a></p>' +
      '<p id="p-2">See <a href="/glossary/#doc">DOC</a>. <a class="paragraph-anchor" href="#p-2" aria-label="Link to paragraph 2">¶</a></p>';
    expect(withoutParagraphAnchors(html)).toBe(
      '<p id="p-1">The two sides agreed.</p><p id="p-2">See <a href="/glossary/#doc">DOC</a>.</p>',
    );
  });
});
