import { readFileSync } from 'node:fs';
import CSL, { type Engine } from 'citeproc';
import { parseFragment, serialize } from '../../src/lib/html.ts';

const csl = (file: string) => readFileSync(new URL(`../../src/lib/csl/${file}`, import.meta.url), 'utf-8');

/** The items the engines can retrieve, by id: each document's, as it is cited. */
const items = new Map<string, object>();

function newEngine(styleFile: string): Engine {
  const engine = new CSL.Engine(
    { retrieveLocale: () => csl('locales-en-US.xml'), retrieveItem: (id) => items.get(id) },
    csl(`${styleFile}.csl`),
    'en-US',
    true,
  );
  engine.setOutputFormat('html');
  return engine;
}

/** One engine per style for the test file, as a reference manager keeps one per document's style. */
const engines = new Map<string, Engine>();
const engineFor = (styleFile: string) => engines.get(styleFile) ?? engines.set(styleFile, newEngine(styleFile)).get(styleFile)!;

/**
 * citeproc-js run as a reference manager would run it, from the official style and locale files vendored in
 * `src/lib/csl/`, with the item as the archive publishes it (`citation.json`, note and all): the style's engine
 * lists the item alone in a bibliography and then, the document's items changed to the item with the paragraph's
 * address in place of its own, cites that paragraph (`para. N`): a note names the address, and a citation in the
 * text is followed by it. The engine is the style's one for every item, as building an engine costs far more than
 * rendering with it; `fresh` builds a new engine for each step instead, to show the reused one keeps nothing from one
 * item or step to the next.
 */
export function referenceCitations(
  styleFile: string,
  item: { id: string; URL: string },
  paragraph: number,
  { fresh = false } = {},
): { entry: string; pinpoint: string } {
  const engine = () => (fresh ? newEngine(styleFile) : engineFor(styleFile));
  let citeproc = engine();
  items.set(item.id, item);
  citeproc.updateItems([item.id]);
  const bibliography = citeproc.makeBibliography();
  if (!bibliography) throw new Error(`${styleFile} gave no bibliography`);
  const entry = /<div class="csl-entry">([\s\S]*)<\/div>/.exec(bibliography[1].join(''))![1];

  const address = `${item.URL}#p-${paragraph}`;
  const cited = { ...item, id: `${item.id} paragraph ${paragraph}`, URL: address };
  items.set(cited.id, cited);
  citeproc = engine();
  citeproc.updateItems([cited.id]);
  const citation = citeproc.makeCitationCluster([{ id: cited.id, locator: String(paragraph), label: 'paragraph' }]);
  const pinpoint = citation.includes(`#p-${paragraph}`) ? citation : `${citation} ${address.replaceAll('&', '&#38;')}`;
  return { entry, pinpoint };
}

/** HTML as a browser reads it, written the same way, so two spellings of one character (`&#38;`, `&amp;`) compare equal. */
export function sameHtml(html: string): string {
  return serialize(parseFragment(html));
}
