import { segmentByTerms, type GlossaryTerm } from './glossary.ts';
import { GLOSSARY_TERM_ATTRIBUTE } from './report-body.ts';

/** What the page links a marked abbreviation to: its expansion (the `title`) and its glossary entry. */
export interface GlossaryLink {
  expansion: string;
  href: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** An abbreviation marked up as the archive shows it: expanded on hover, linked to its glossary entry. */
export function glossaryAbbrHtml(innerHtml: string, { expansion, href }: GlossaryLink): string {
  return `<abbr title="${escapeHtml(expansion)}"><a class="glossary-link" href="${escapeHtml(href)}">${innerHtml}</a></abbr>`;
}

const MARKED_ABBR = new RegExp(`<abbr ${GLOSSARY_TERM_ATTRIBUTE}="([^"]*)">([\\s\\S]*?)</abbr>`, 'g');

/**
 * A rendered report body with each `<abbr data-glossary-term>` (from `<Abbr term>`) filled in from the glossary
 * as the page is built, so glossary edits reach every page without re-rendering the reports.
 */
export function withGlossaryLinks(html: string, linkFor: (term: string) => GlossaryLink): string {
  return html.replace(MARKED_ABBR, (_, term: string, inner: string) => glossaryAbbrHtml(inner, linkFor(term)));
}

/**
 * A short verbatim piece of a report shown beside the body (a publisher's abbreviation, a photo credit), escaped,
 * with the given terms marked at their first use the same way as in the body, so both look and read alike.
 */
export function abbreviatedHtml(text: string, terms: readonly GlossaryTerm[], linkFor: (term: string) => GlossaryLink): string {
  return segmentByTerms(text, terms)
    .map((segment) =>
      segment.term ? glossaryAbbrHtml(escapeHtml(segment.text), linkFor(segment.term)) : escapeHtml(segment.text),
    )
    .join('');
}
