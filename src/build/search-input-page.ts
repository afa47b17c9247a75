import { decodeHTMLAttribute, escapeAttribute } from 'entities';
import { closingTag, escapeText, spliceHtml, tagTokens } from '../lib/html.ts';
import type { NameEntry } from '../lib/search-suggestions.ts';
import {
  joinAliasGroups,
  parseSearchEntityTokens,
  SEARCH_ENTITIES_ATTRIBUTE,
  SEARCH_LANGUAGE_ATTRIBUTE,
  searchAliasGroups,
} from '../lib/search-terms.ts';

/**
 * What Pagefind reads of a built page, as a page of its own: the page's `<html>` start tag, each element marked
 * `data-pagefind-body` and the search data (`SearchData.astro`, marked `data-search-data`), in page order. Of a
 * page with a body element Pagefind indexes only those: the words and anchors of the bodies, the title from the
 * body's heading, the filters, sort key and metadata from the search data. So it indexes this page as it would the
 * whole one (the search index tests compare the two indexes byte for byte) while reading about half the bytes: at
 * 10,000 reports the reports' index took 14.7 s instead of 22.2 s.
 *
 * The page is read by htmlparser2's HTML tokenizer (script and style content, comments and quoted attribute values
 * as HTML reads them): at 10,000 reports the search index reads tens of thousands of pages, for which a tree of
 * each would cost more than the index itself. Only the tags' positions are used: what is kept is copied from the
 * page byte for byte.
 */
const MARKS = ['data-pagefind-body', 'data-search-data'];

export function searchInputPage(html: string): string {
  const tokens = tagTokens(html);
  const htmlStart = tokens.find((tag) => tag.kind === 'start' && tag.name === 'html');
  const kept: string[] = [];
  let bodies = 0;
  for (let index = 0; index < tokens.length; index++) {
    const tag = tokens[index];
    if (tag.kind !== 'start' || !MARKS.some((mark) => mark in tag.attributes)) continue;
    const end = closingTag(tokens, index);
    if (end < 0) throw new Error(`the <${tag.name}> marked for the search index is never closed`);
    kept.push(html.slice(tag.start, tokens[end].end));
    if ('data-pagefind-body' in tag.attributes) bodies += 1;
    // What a kept element holds is kept with it.
    index = end;
  }
  if (bodies === 0) throw new Error('no element is marked data-pagefind-body');
  const htmlStartTag = htmlStart ? html.slice(htmlStart.start, htmlStart.end) : '<html>';
  return `<!DOCTYPE html>${htmlStartTag}<head><meta charset="utf-8"></head><body>${kept.join('')}</body></html>`;
}

/** The names of the entities at given addresses, from the site's names file (`entityNamesFrom`). */
export interface EntityNames {
  /** All their names, as Pagefind's `aliases` metadata holds them (`joinAliasGroups`). */
  aliases(addresses: string[]): string;
  /** The name an entity is shown and filtered by. */
  name(address: string): string;
}

/**
 * A page with the entities of its search data (`SEARCH_ENTITIES_ATTRIBUTE`) named: all their names as Pagefind's
 * `aliases` metadata, and, for an entity given a facet, its name as a value of that filter. The names come from the
 * site's names file when the search index is written: on the served page they would be hundreds of bytes no
 * reader sees.
 */
export function withEntityNames(html: string, names: EntityNames): string {
  const splices = tagTokens(html)
    .filter((tag) => tag.kind === 'start' && SEARCH_ENTITIES_ATTRIBUTE in tag.attributes)
    .map((tag) => {
      const { [SEARCH_ENTITIES_ATTRIBUTE]: tokens = '', ...attributes } = tag.attributes;
      const entities = parseSearchEntityTokens(decodeHTMLAttribute(tokens));
      const aliases = names.aliases(entities.map(({ address }) => address));
      const written = Object.entries(attributes).map(([name, value]) =>
        value === '' ? name : `${name}="${escapeAttribute(decodeHTMLAttribute(value))}"`,
      );
      const filters = entities.flatMap(({ address, facet }) =>
        facet ? [`<span data-pagefind-filter="${facet}">${escapeText(names.name(address))}</span>`] : [],
      );
      const text = `<${tag.name} ${[...written, 'data-pagefind-meta="aliases[data-aliases]"', `data-aliases="${escapeAttribute(aliases)}"`].join(' ')}>${filters.join('')}`;
      return { start: tag.start, end: tag.end, text };
    });
  return spliceHtml(html, splices);
}

/**
 * A page as the search index reads it: in the language of its indexed words. A report page is the archive's,
 * `<html lang="en">`, with the report's words marked with their own `lang`; its search data gives the report's
 * language (`data-search-lang`), which this makes the `lang` of the page's `<html>`, as Pagefind reads it to put the
 * page in that language's index and segment and stem its words as that language's (Japanese and Thai have no spaces
 * between words). A page whose search data gives no language is returned as it is.
 */
export function withIndexLanguage(html: string): string {
  const tokens = tagTokens(html);
  const data = tokens.find((tag) => tag.kind === 'start' && SEARCH_LANGUAGE_ATTRIBUTE in tag.attributes);
  if (!data) return html;
  const lang = decodeHTMLAttribute(data.attributes[SEARCH_LANGUAGE_ATTRIBUTE]!);
  const htmlStart = tokens.find((tag) => tag.kind === 'start' && tag.name === 'html');
  if (!htmlStart) throw new Error(`the page's search data gives its language (${lang}) but the page has no <html> start tag`);
  const written = Object.entries(htmlStart.attributes)
    .filter(([name]) => name !== 'lang')
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(decodeHTMLAttribute(value))}"`));
  written.push(`lang="${escapeAttribute(lang)}"`);
  return spliceHtml(html, [{ start: htmlStart.start, end: htmlStart.end, text: `<html ${written.join(' ')}>` }]);
}

/**
 * The names of the entities at the given addresses, from the site's names file (`/search/names.json`): each entity's
 * names in its own group, a name an earlier entity has left out, as `searchAliasGroups` leaves it out.
 */
export function entityNamesFrom(entries: readonly NameEntry[]): EntityNames {
  const byAddress = new Map(entries.map(([address, , name, ...otherNames]) => [address, { name, aliases: otherNames }]));
  const entity = (address: string) => {
    const found = byAddress.get(address);
    if (!found) throw new Error(`the search data names ${address}, which is no person, topic or glossary entry of the site`);
    return found;
  };
  return {
    aliases: (addresses) => joinAliasGroups(searchAliasGroups(addresses.map(entity))),
    name: (address) => entity(address).name,
  };
}
