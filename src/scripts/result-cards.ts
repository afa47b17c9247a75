/** The search page's result cards, built from Pagefind's data for each result; no markup from the index reaches the page. */
import { aliasMatch, entityAlias, paragraphSaying, taggedName } from '../lib/alias-match.ts';
import { decisiveLanguage } from '../lib/report-language.ts';
import type { Suggestion } from '../lib/search-suggestions.ts';
import { excerptFrom, excerptStart, indexedWords, type ExcerptPart } from '../lib/search-excerpt.ts';
import {
  bodyStart,
  EXCERPT_WORDS,
  linkedParagraph,
  matchedParagraph,
  type MatchedParagraph,
  SEARCH_SECTION_FILTER,
  splitAliasGroups,
  type SearchSection,
} from '../lib/search-terms.ts';
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

/** A text written in another language than the page's, marked with it; otherwise the text alone. */
export function textInLanguage(text: string, lang: string | undefined): HTMLSpanElement | string {
  return lang ? element('span', { lang, textContent: text }) : text;
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else. */
function excerptParts(html: string): ExcerptPart[] {
  const template = element('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }));
}

function markedNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map(({ text, marked, lang }) =>
    marked || lang
      ? element(marked ? 'mark' : 'span', { textContent: text, ...(lang && { lang }) })
      : document.createTextNode(text),
  );
}

/** A name the search matched, marked with its language where its letters show it beyond doubt (`decisiveLanguage`). */
const nameInLanguage = (text: string, marked: boolean): ExcerptPart => ({ text, marked, lang: decisiveLanguage(text)?.code });

/** The report's address, with the words to highlight there and the paragraph to open at. */
function resultLink(url: string, words: readonly string[], paragraph: string | undefined, highlightParam: string): string {
  const link = new URL(url, location.origin);
  for (const word of words) link.searchParams.append(highlightParam, word);
  if (paragraph) link.hash = paragraph;
  return `${link.pathname}${link.search}${link.hash}`;
}

const wordsOf = (text: string | null) => text?.split(/\s+/).filter(Boolean) ?? [];

/** The words a report's page is to mark: the query's, then the words its excerpt marks, each once. */
function highlightedWords(term: string | null, excerpt: readonly ExcerptPart[]): string[] {
  const marked = excerpt
    .filter(({ marked }) => marked)
    .flatMap(({ text }) => wordsOf(text.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '')));
  return [...new Set([...wordsOf(term), ...marked])];
}

/** "Matched East Sea for “Bien Dong”": why a card whose text lacks the words searched was found, its match marked. */
function matchedNote(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const note = element('p', { className: 'result__matched' });
  note.append(...markedNodes(parts));
  return note;
}

/** The excerpt a report's card shows, where it is not Pagefind's, and the paragraph its link opens at. */
interface CardExcerpt {
  excerpt?: ExcerptPart[];
  paragraph?: MatchedParagraph;
}

/**
 * The excerpt a report's card shows, where it is not Pagefind's, and the paragraph its link opens at: the one
 * holding the first match the excerpt shows. Where Pagefind's excerpt starts in the headline, which the card shows
 * above it, and the report's paragraphs hold a match, the excerpt is the paragraph of the first, from round it on.
 */
function cardExcerpt(data: PagefindResultData): CardExcerpt {
  const first = matchedParagraph(data.anchors, data.locations);
  const start = bodyStart(data.anchors);
  if (start === undefined || !first) return { paragraph: first };
  const indexed = indexedWords(data.raw_content);
  const pagefindStart = excerptStart(indexed, data.plain_excerpt, EXCERPT_WORDS);
  if (pagefindStart === undefined) return { paragraph: first };
  if (pagefindStart < start) {
    const excerpt = excerptFrom(indexed, data.locations, { at: first.match, from: first.location, length: EXCERPT_WORDS });
    return { excerpt, paragraph: first };
  }
  return { paragraph: linkedParagraph(data.anchors, data.locations, pagefindStart) };
}

/** The report's first words, for a card whose match was in no word of its text. */
function bodyOpening(data: PagefindResultData): ExcerptPart[] | undefined {
  const start = bodyStart(data.anchors);
  if (start === undefined) return undefined;
  return excerptFrom(indexedWords(data.raw_content), [], { at: start, from: start, length: EXCERPT_WORDS });
}

export function reportCard(data: PagefindResultData, term: string | null, highlightParam: string): HTMLLIElement {
  // Found through the aliases of what the report is tagged with: Pagefind matched none of its words.
  const groups = term && data.locations.length === 0 ? splitAliasGroups(data.meta.aliases) : [];
  const alias = groups.length > 0 ? aliasMatch(term!, groups, data.content, EXCERPT_WORDS) : undefined;
  const tagged = groups.length > 0 && !alias ? taggedName(term!, groups) : undefined;
  // A card found by an alias or a tag shows the words it found or the report's opening; any other, its match.
  const found: CardExcerpt = alias ? { excerpt: alias.excerpt } : tagged ? { excerpt: bodyOpening(data) } : cardExcerpt(data);
  const { paragraph } = found;
  const excerpt = found.excerpt ?? (data.excerpt ? excerptParts(data.excerpt) : []);
  // The report's page marks whole words: the query's, and those the excerpt shows it matched ("vaccines" for
  // "vaccine", "vacc"). The name an alias found is one phrase.
  const href = alias
    ? resultLink(data.url, [alias.found], paragraphSaying(data.anchors, alias.found), highlightParam)
    : resultLink(data.url, tagged ? [] : highlightedWords(term, excerpt), term ? paragraph?.id : undefined, highlightParam);
  const card = element('li', { className: 'result' });
  const title = element('h3', { className: 'result__title' });
  // The report's words (its headline, unless the archive supplied it, and its excerpt) in the report's language.
  const lang = data.meta.lang;
  if (data.meta.headlineSupplied) title.classList.add('result__title--supplied');
  title.append(
    element('a', { href, textContent: data.meta.title ?? data.url, ...(lang && !data.meta.headlineSupplied && { lang }) }),
  );
  const language = data.filters.language?.[0];
  const { publisher, publisherLang } = data.meta;
  // The publisher's name in its language, where it is not English, among the archive's words.
  const publisherNode = publisher && textInLanguage(publisher, publisherLang);
  const facts = element('p', { className: 'result__facts' });
  const shown = [data.meta.meeting, data.meta.meetingDate, publisherNode, language].filter(
    (fact): fact is string | HTMLSpanElement => Boolean(fact),
  );
  facts.append(...shown.flatMap((fact, index) => (index > 0 ? [' · ', fact] : [fact])));
  card.append(title, facts);
  if (alias) {
    card.append(
      matchedNote([
        { text: 'Matched ', marked: false },
        // The words found are the report's, in its language.
        { text: alias.found, marked: true, lang },
        { text: ' for “', marked: false },
        nameInLanguage(alias.alias, false),
        { text: '”', marked: false },
      ]),
    );
  }
  if (tagged) {
    card.append(
      matchedNote([
        { text: 'Tagged with ', marked: false },
        nameInLanguage(tagged, true),
        { text: ', a name its text does not use', marked: false },
      ]),
    );
  }
  if (excerpt.length > 0) {
    const paragraph = element('p', { className: 'result__excerpt', ...(lang && { lang }) });
    paragraph.append(...markedNodes(excerpt));
    card.append(paragraph);
  }
  return card;
}

export function entityCard(data: PagefindResultData, term: string | null): HTMLLIElement {
  const card = element('li', { className: 'result result--entity' });
  const section = data.filters[SEARCH_SECTION_FILTER]?.[0] as SearchSection | undefined;
  const kind = element('p', { className: 'result__kind', textContent: ENTITY_KIND_LABELS[section ?? 'report'] });
  const title = element('h3', { className: 'result__title' });
  const name = data.meta.title ?? data.url;
  // A person's name written as in their own language is marked with it (`nameLang` of the person's page).
  const lang = data.meta.lang;
  title.append(element('a', { href: new URL(data.url, location.origin).pathname, textContent: name, ...(lang && { lang }) }));
  card.append(kind, title);
  const alias = term ? entityAlias(term, name, splitAliasGroups(data.meta.aliases).flat()) : undefined;
  if (alias) {
    card.append(matchedNote([{ text: 'Also called ', marked: false }, nameInLanguage(alias, true)]));
  }
  if (data.meta.description) {
    card.append(element('p', { className: 'result__facts', textContent: data.meta.description }));
  }
  return card;
}

/** A suggested person, topic or glossary entry: its kind, its name linked, and the other name that was close. */
export function suggestionItem({ href, kind, name, matched }: Suggestion): HTMLLIElement {
  const item = element('li', { className: 'search__suggestion' });
  item.append(
    element('span', { className: 'result__kind', textContent: ENTITY_KIND_LABELS[kind] }),
    ' ',
    element('a', { href, textContent: name }),
  );
  if (matched) {
    const otherName = element('span', { className: 'muted', textContent: 'also called ' });
    otherName.append(textInLanguage(matched, decisiveLanguage(matched)?.code));
    item.append(' ', otherName);
  }
  return item;
}
