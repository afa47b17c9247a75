/** The search page's result cards, built from Pagefind's data for each result; no markup from the index reaches the page. */
import { paragraphOfMatch, SEARCH_SECTION_FILTER, type SearchSection } from '../lib/search-terms.ts';
import type { PagefindResultData } from './pagefind-api.ts';

const ENTITY_KIND_LABELS: Record<SearchSection, string> = {
  report: 'Report',
  person: 'Person',
  topic: 'Topic',
  glossary: 'Abbreviation',
};

/** A new element with the given properties (class name, text, link…). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else. */
function excerptNodes(html: string): Node[] {
  const template = element('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', { textContent: node.textContent ?? '' })
      : document.createTextNode(node.textContent ?? ''),
  );
}

/** The report's address, with the words searched to highlight there and the paragraph of the first match. */
function resultLink(data: PagefindResultData, term: string | null, highlightParam: string): string {
  const url = new URL(data.url, location.origin);
  for (const word of term?.split(/\s+/).filter(Boolean) ?? []) url.searchParams.append(highlightParam, word);
  const paragraph = term ? paragraphOfMatch(data.anchors, data.locations) : undefined;
  if (paragraph) url.hash = paragraph;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function reportCard(data: PagefindResultData, term: string | null, highlightParam: string): HTMLLIElement {
  const card = element('li', { className: 'result' });
  const title = element('h3', { className: 'result__title' });
  if (data.meta.headlineSupplied) title.classList.add('result__title--supplied');
  title.append(element('a', { href: resultLink(data, term, highlightParam), textContent: data.meta.title ?? data.url }));
  const facts = [data.meta.meeting, data.meta.meetingDate, data.meta.publisher].filter(Boolean).join(' · ');
  const factsLine = element('p', { className: 'result__facts', textContent: facts });
  card.append(title, factsLine);
  if (data.excerpt) {
    const excerpt = element('p', { className: 'result__excerpt' });
    excerpt.append(...excerptNodes(data.excerpt));
    card.append(excerpt);
  }
  return card;
}

export function entityCard(data: PagefindResultData): HTMLLIElement {
  const card = element('li', { className: 'result result--entity' });
  const section = data.filters[SEARCH_SECTION_FILTER]?.[0] as SearchSection | undefined;
  const kind = element('p', { className: 'result__kind', textContent: ENTITY_KIND_LABELS[section ?? 'report'] });
  const title = element('h3', { className: 'result__title' });
  title.append(element('a', { href: new URL(data.url, location.origin).pathname, textContent: data.meta.title ?? data.url }));
  card.append(kind, title);
  if (data.meta.description) {
    card.append(element('p', { className: 'result__facts', textContent: data.meta.description }));
  }
  return card;
}
