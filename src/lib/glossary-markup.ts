import type { Element, ElementContent } from 'hast';
import { segmentByTerms, type GlossaryTerm } from './glossary.ts';
import { closingTag, serialize, spliceHtml, tagTokens } from './html.ts';
import { GLOSSARY_TERM_ATTRIBUTE } from './report-body.ts';

/** What the page links a marked abbreviation to: its expansion (the `title`) and its glossary entry. */
export interface GlossaryLink {
  expansion: string;
  href: string;
}

/** An abbreviation marked up as the archive shows it: expanded on hover, linked to its glossary entry. */
function glossaryAbbr(children: ElementContent[], { expansion, href }: GlossaryLink): Element {
  const link: Element = { type: 'element', tagName: 'a', properties: { className: ['glossary-link'], href }, children };
  return { type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [link] };
}

/**
 * A rendered report body with each `<abbr data-glossary-term>` (from `<Abbr term>`) filled in from the glossary
 * as the page is built, so glossary edits reach every page without re-rendering the reports.
 */
export function withGlossaryLinks(html: string, linkFor: (term: string) => GlossaryLink): string {
  const tokens = tagTokens(html);
  return spliceHtml(
    html,
    tokens
      .flatMap((tag, index) => {
        const term = tag.kind === 'start' && tag.name === 'abbr' ? tag.attributes[GLOSSARY_TERM_ATTRIBUTE] : undefined;
        if (term === undefined) return [];
        // The glossary's markup around the marked words, its text escaped by the serializer.
        const [open, close] = splitAround(serialize(glossaryAbbr([{ type: 'text', value: WORDS }], linkFor(term))), WORDS);
        const end = tokens[closingTag(tokens, index)];
        return [
          { start: tag.start, end: tag.end, text: open },
          { start: end.start, end: end.end, text: close },
        ];
      })
      .sort((a, b) => a.start - b.start),
  );
}

/** What stands in for the marked words while the markup around them is written. */
const WORDS = '\u0000';

const splitAround = (html: string, marker: string): [string, string] => {
  const at = html.indexOf(marker);
  return [html.slice(0, at), html.slice(at + marker.length)];
};

/**
 * A short verbatim piece of a report shown beside the body (a publisher's abbreviation, a photo credit), escaped,
 * with the given terms marked at their first use the same way as in the body, so both look and read alike.
 */
export function abbreviatedHtml(text: string, terms: readonly GlossaryTerm[], linkFor: (term: string) => GlossaryLink): string {
  return serialize(
    segmentByTerms(text, terms).map(({ term, text: words }): ElementContent => {
      const node: ElementContent = { type: 'text', value: words };
      return term ? glossaryAbbr([node], linkFor(term)) : node;
    }),
  );
}
