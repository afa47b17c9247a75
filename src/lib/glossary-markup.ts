import type { Element, ElementContent } from 'hast';
import { segmentByTerms, type GlossaryTerm } from './glossary.ts';
import { replaceElements, rewriteHtml, serialize } from './html.ts';

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
  return rewriteHtml(html, (tree) =>
    replaceElements(tree, ({ tagName, properties, children }) => {
      const term = properties.dataGlossaryTerm;
      return tagName === 'abbr' && typeof term === 'string' ? [glossaryAbbr(children, linkFor(term))] : undefined;
    }),
  );
}

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
