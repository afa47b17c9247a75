import { parseHTML as parseHTMLDocument } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { entityNamesFrom, searchInputPage, withEntityNames } from '../../src/build/search-input-page.ts';
import type { NameEntry } from '../../src/lib/search-suggestions.ts';
import { splitAliasGroups } from '../../src/lib/search-terms.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en" data-theme="auto"><head><title>T</title><script type="application/ld+json">{"a":"<article data-pagefind-body>"}</script></head>` +
  `<body><nav><a href="/">Home</a></nav>${body}<footer>Footer</footer></body></html>`;

const frame = (kept: string) =>
  `<!DOCTYPE html><html lang="en" data-theme="auto"><head><meta charset="utf-8"></head><body>${kept}</body></html>`;

describe('searchInputPage', () => {
  it('keeps the <html> start tag, each body element and the search data, in page order, and nothing else', () => {
    const body = '<article class="a" data-pagefind-body><h1 id="h">Head</h1><p>Text <abbr title="x">X</abbr></p></article>';
    const data =
      '<div hidden data-search-data data-pagefind-meta="aliases[data-aliases]" data-aliases="A · B"><span data-pagefind-filter="year">2021</span></div>';
    expect(searchInputPage(page(`<main>${body}<aside>Related</aside>${data}</main>`))).toBe(frame(body + data));
  });

  it('keeps several body elements, and nested elements of the same name whole', () => {
    const first = '<h1 data-pagefind-body>Name</h1>';
    const second = '<div data-pagefind-body><div><div>deep</div></div> after</div>';
    expect(searchInputPage(page(`${first}<p>between</p>${second}<div>outside</div>`))).toBe(frame(first + second));
  });

  it('reads quoted attribute values whole, and skips comments and script content', () => {
    const body = '<article title="a > b" data-label=\'<div data-pagefind-body>\' data-pagefind-body><p>Kept</p></article>';
    const html = page(`<!-- <article data-pagefind-body> --><script>const s = "</div><p data-pagefind-body>";</script>${body}`);
    expect(searchInputPage(html)).toBe(frame(body));
  });

  it('does not take an attribute that only contains the marker for the marker', () => {
    expect(() => searchInputPage(page('<p data-note="data-pagefind-body">x</p>'))).toThrow(
      /no element is marked data-pagefind-body/,
    );
  });

  it('fails on a page with no body element or one never closed', () => {
    expect(() => searchInputPage(page('<p>x</p>'))).toThrow(/no element is marked data-pagefind-body/);
    expect(() => searchInputPage(page('<article data-pagefind-body><p>x</p>'))).toThrow(
      /<article> marked for the search index is never closed/,
    );
  });
});

describe('withEntityNames', () => {
  const names: NameEntry[] = [
    ['/people/son/', 'person', 'Bùi Thanh Sơn', 'Sơn'],
    ['/topics/sea/', 'topic', 'South China Sea', 'East Sea', 'Biển Đông'],
    ['/topics/east-sea/', 'topic', 'East Sea (a second entry)', 'east sea'],
  ];
  const namesOf = entityNamesFrom(names);

  it('gives the search data the names of the entities it names, one group per entity, and leaves the rest', () => {
    const html =
      '<p data-x="1">A</p><div hidden data-search-data data-search-entities="/people/son/ /topics/sea/"><span>2021</span></div>';
    const expanded = withEntityNames(html, namesOf);
    const { document } = parseHTMLDocument(expanded);
    const data = document.querySelector('[data-search-data]')!;
    expect(data.getAttribute('data-pagefind-meta')).toBe('aliases[data-aliases]');
    expect(data.hasAttribute('data-search-entities')).toBe(false);
    expect(data.hasAttribute('hidden')).toBe(true);
    expect(splitAliasGroups(data.getAttribute('data-aliases')!)).toEqual([
      ['Bùi Thanh Sơn', 'Sơn'],
      ['South China Sea', 'East Sea', 'Biển Đông'],
    ]);
    expect(expanded.startsWith('<p data-x="1">A</p>')).toBe(true);
    expect(expanded.endsWith('<span>2021</span></div>')).toBe(true);
  });

  it('gives a name once, to the first entity that has it', () => {
    expect(splitAliasGroups(namesOf.aliases(['/topics/sea/', '/topics/east-sea/']))).toEqual([
      ['South China Sea', 'East Sea', 'Biển Đông'],
      ['East Sea (a second entry)'],
    ]);
  });

  it('writes the name of an entity given a facet as a value of that filter, escaped, first in the search data', () => {
    const html =
      '<div hidden data-search-data data-search-entities="participant=/people/son/ /topics/east-sea/ topic=/topics/sea/"><span>x</span></div>';
    const { document } = parseHTMLDocument(withEntityNames(html, namesOf));
    const filters = [...document.querySelectorAll('[data-pagefind-filter]')].map((span) => [
      span.getAttribute('data-pagefind-filter'),
      span.textContent,
    ]);
    expect(filters).toEqual([
      ['participant', 'Bùi Thanh Sơn'],
      ['topic', 'South China Sea'],
    ]);
    // Every entity's names are aliases, a filter's or not.
    expect(splitAliasGroups(document.querySelector('[data-search-data]')!.getAttribute('data-aliases')!)).toHaveLength(3);
    const odd = entityNamesFrom([['/topics/q/', 'topic', 'A <b> & c']]);
    const written = parseHTMLDocument(withEntityNames('<div data-search-entities="topic=/topics/q/"></div>', odd)).document;
    expect(written.querySelector('[data-pagefind-filter="topic"]')!.textContent).toBe('A <b> & c');
    expect(written.querySelectorAll('b')).toHaveLength(0);
  });

  it('escapes the names for the attribute, and writes an empty list for a page tagged with nothing', () => {
    const quoted = entityNamesFrom([['/topics/q/', 'topic', 'The "Quoted" & <Odd> name']]);
    const expanded = withEntityNames('<div data-search-entities="/topics/q/"></div>', quoted);
    expect(expanded).toBe(
      '<div data-pagefind-meta="aliases[data-aliases]" data-aliases="The &quot;Quoted&quot; &amp; &lt;Odd&gt; name"></div>',
    );
    expect(withEntityNames('<div data-search-entities=""></div>', quoted)).toBe(
      '<div data-pagefind-meta="aliases[data-aliases]" data-aliases=""></div>',
    );
  });

  it('refuses an address that is no entity of the site, naming it', () => {
    expect(() => withEntityNames('<div data-search-entities="/people/nobody/"></div>', namesOf)).toThrow(/\/people\/nobody\//);
  });
});
