import { closingTag, tagTokens } from '../lib/html.ts';

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
