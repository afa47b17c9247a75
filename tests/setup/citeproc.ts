import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { parseFragment, serialize } from '../../src/lib/html.ts';

const csl = (file: string) => readFileSync(new URL(`../../src/lib/csl/${file}`, import.meta.url), 'utf-8');

/**
 * citeproc-js run as a reference manager would run it, from the official style and locale files vendored in
 * `src/lib/csl/`, with the item as the archive publishes it (`citation.json`, note and all): a new engine for the
 * item, which lists it in a bibliography and then, the document's items changed to the item with the paragraph's
 * address in place of its own, cites that paragraph (`para. N`): a note names the address, and a citation in the
 * text is followed by it. One engine for both, as building an engine costs far more than rendering with it
 * (`engineEach` builds a second one for the citation, to show the first keeps nothing from the bibliography).
 */
export function referenceCitations(
  styleFile: string,
  item: { id: string; URL: string },
  paragraph: number,
  { engineEach = false } = {},
): { entry: string; pinpoint: string } {
  const items = new Map<string, object>();
  const newEngine = () => {
    const engine = new CSL.Engine(
      { retrieveLocale: () => csl('locales-en-US.xml'), retrieveItem: (id) => items.get(id) },
      csl(`${styleFile}.csl`),
      'en-US',
      true,
    );
    engine.setOutputFormat('html');
    return engine;
  };
  let citeproc = newEngine();

  items.set(item.id, item);
  citeproc.updateItems([item.id]);
  const bibliography = citeproc.makeBibliography();
  if (!bibliography) throw new Error(`${styleFile} gave no bibliography`);
  const entry = /<div class="csl-entry">([\s\S]*)<\/div>/.exec(bibliography[1].join(''))![1];

  const address = `${item.URL}#p-${paragraph}`;
  const cited = { ...item, id: `${item.id} paragraph ${paragraph}`, URL: address };
  items.set(cited.id, cited);
  if (engineEach) citeproc = newEngine();
  citeproc.updateItems([cited.id]);
  const citation = citeproc.makeCitationCluster([{ id: cited.id, locator: String(paragraph), label: 'paragraph' }]);
  const pinpoint = citation.includes(`#p-${paragraph}`) ? citation : `${citation} ${address.replaceAll('&', '&#38;')}`;
  return { entry, pinpoint };
}

/** HTML as a browser reads it, written the same way, so two spellings of one character (`&#38;`, `&amp;`) compare equal. */
export function sameHtml(html: string): string {
  return serialize(parseFragment(html));
}
