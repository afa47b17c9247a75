import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { parseFragment, serialize } from '../../src/lib/html.ts';

/**
 * citeproc-js run as a reference manager would run it: a new engine for the one item, from the official style and
 * locale files vendored in `src/lib/csl/`, with the item as the archive publishes it (`citation.json`, note and all).
 */
function engine(styleFile: string, item: { id: string; URL?: string }) {
  const csl = (file: string) => readFileSync(new URL(`../../src/lib/csl/${file}`, import.meta.url), 'utf-8');
  const citeproc = new CSL.Engine(
    { retrieveLocale: () => csl('locales-en-US.xml'), retrieveItem: (id) => (id === item.id ? item : undefined) },
    csl(`${styleFile}.csl`),
    'en-US',
    true,
  );
  citeproc.setOutputFormat('html');
  citeproc.updateItems([item.id]);
  return citeproc;
}

/** The item's bibliography entry in the style, in HTML, without citeproc's `csl-entry` element around it. */
export function referenceEntry(styleFile: string, item: { id: string }): string {
  const bibliography = engine(styleFile, item).makeBibliography();
  if (!bibliography) throw new Error(`${styleFile} gave no bibliography`);
  return /<div class="csl-entry">([\s\S]*)<\/div>/.exec(bibliography[1].join(''))![1];
}

/**
 * The citation of paragraph `paragraph` of the item (`para. N`), the paragraph's address in place of the item's: a
 * note names it, and a citation in the text is followed by it.
 */
export function referencePinpoint(styleFile: string, item: { id: string; URL: string }, paragraph: number): string {
  const address = `${item.URL}#p-${paragraph}`;
  const citation = engine(styleFile, { ...item, URL: address }).makeCitationCluster([
    { id: item.id, locator: String(paragraph), label: 'paragraph' },
  ]);
  return citation.includes(`#p-${paragraph}`) ? citation : `${citation} ${address.replaceAll('&', '&#38;')}`;
}

/** HTML as a browser reads it, written the same way, so two spellings of one character (`&#38;`, `&amp;`) compare equal. */
export function sameHtml(html: string): string {
  return serialize(parseFragment(html));
}
