import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import CSL, { type Engine } from 'citeproc';
import { CITATION_STYLES, type CitationStyle, type CitedItem, type StyledCitations } from '../lib/citations.ts';
import { closingTag, escapeText, tagTokens } from '../lib/html.ts';
import { digest } from './digest.ts';

/**
 * The styled citations of a report, by citeproc-js from the official CSL styles and en-US locale vendored in
 * `src/lib/csl/`. The report loader renders them once per report and keeps them in the content store with the
 * report (`report-loader.ts`); each style has one engine per thread, given one item at a time, since building an
 * engine (parsing a style) costs far more than rendering an item with it.
 */

const cslText = (file: string) => readFileSync(new URL(`../lib/csl/${file}`, import.meta.url), 'utf-8');
const LOCALE = 'en-US';

/** The styles' and the locale's text: what citeproc renders by besides its own code. */
const STYLE_TEXTS = new Map(CITATION_STYLES.map(({ id, file }) => [id, cslText(`${file}.csl`)]));
const LOCALE_TEXT = cslText(`locales-${LOCALE}.xml`);

/** Changes when a vendored style or the locale does, so whatever keeps rendered citations can tell. */
export const STYLES_DIGEST = digest([...STYLE_TEXTS.values(), LOCALE_TEXT].join('\0'));

/** The item being rendered: the engines ask for items by id. */
let current: CitedItem | undefined;
let engines: Map<CitationStyle, Engine> | undefined;
/**
 * How many items this thread has given the engines: each goes under an id never used before, as an engine keeps
 * the first item it read under an id (a report changed in `astro dev` would otherwise keep its old citations).
 */
let given = 0;
const freshId = () => `item-${(given += 1)}`;

function engineFor(style: CitationStyle): Engine {
  engines ??= new Map(
    CITATION_STYLES.map(({ id }) => {
      const engine = new CSL.Engine(
        {
          // Every style is rendered in en-US, whatever the report's language (the locale is forced).
          retrieveLocale: (lang) => (lang === LOCALE ? LOCALE_TEXT : undefined),
          retrieveItem: (itemId) => (itemId === current?.id ? current : undefined),
        },
        STYLE_TEXTS.get(id)!,
        LOCALE,
        true,
      );
      engine.setOutputFormat('html');
      return [id, engine];
    }),
  );
  return engines.get(style)!;
}

/**
 * Stands for the paragraph's number while the citation of a paragraph is rendered: digits, as a paragraph's number
 * is (a locator in words could change the label's form); a second one is tried when the first is in the item.
 */
const NUMBER_MARKS = ['918273645', '546372819'];

/** A bibliography's only entry, without citeproc's `<div class="csl-entry">` around it. */
function onlyEntry(bibliography: ReturnType<Engine['makeBibliography']>, id: string): string {
  const html = bibliography ? bibliography[1].join('') : '';
  const tokens = tagTokens(html);
  const [open] = tokens;
  const close = open && tokens[closingTag(tokens, 0)];
  if (
    !open ||
    !close ||
    close !== tokens.at(-1) ||
    `${html.slice(0, open.start)}${html.slice(close.end)}`.trim() !== '' ||
    open.name !== 'div' ||
    JSON.stringify(open.attributes) !== JSON.stringify({ class: 'csl-entry' })
  ) {
    throw new Error(`citeproc-js gave no single bibliography entry for "${id}"`);
  }
  // Sliced from citeproc's own text, so the entry keeps its markup and character references as citeproc wrote them.
  return html.slice(open.end, close.start);
}

/** The report's bibliography entry and citation of a paragraph in each style (`StyledCitation`). */
export function styledCitations(item: CitedItem): StyledCitations {
  const text = JSON.stringify(item);
  const mark = NUMBER_MARKS.find((candidate) => !text.includes(candidate))!;
  const cited = { ...item, id: freshId() };
  try {
    return Object.fromEntries(
      CITATION_STYLES.map(({ id: style }) => {
        const engine = engineFor(style);
        current = cited;
        engine.updateItems([cited.id]);
        const entry = onlyEntry(engine.makeBibliography(), item.id);
        // The paragraph's address stands for the item's: a note (Chicago's) names it; a citation in the text
        // (APA's, MLA's) names none, and the address follows it. Under a fresh id the engine reads the item
        // without a second `updateItems`, which would cost as much again as the entry.
        const address = `${item.URL}#p-${mark}`;
        current = { ...item, id: freshId(), URL: address };
        const citation = engine.makeCitationCluster([{ id: current.id, locator: mark, label: 'paragraph' }]);
        const pinpoint = citation.includes(`#p-${mark}`) ? citation : `${citation} ${escapeText(address)}`;
        return [style, { entry, pinpoint: pinpoint.split(mark) }];
      }),
    ) as StyledCitations;
  } finally {
    current = undefined;
  }
}

/** The worker thread's module, for the digest of the code that renders citations. */
export const CITATION_WORKER = new URL('./citation-worker.ts', import.meta.url);

/** Citations rendered on worker threads while the caller goes on. */
export interface CitationsOffThread {
  render(item: CitedItem): Promise<StyledCitations>;
  /** Ends the threads; what is still being rendered is rejected. */
  close(): Promise<void>;
}

/**
 * Worker threads rendering citations with `styledCitations`, up to `maxThreads` (one per core), each item given to
 * the thread with the fewest waiting: a build's first sync renders them on every core while its own thread renders
 * the report bodies, and then waits for them. Another thread is started only once `waitingForAnotherThread` items
 * wait on each: a thread first builds its engines, which costs about as much as rendering a few hundred items, so a
 * sync of a few reports (a small archive, one report edited) renders them all on one. Node runs the worker's
 * TypeScript as it is (type stripping).
 */
export function citationsOffThread({
  maxThreads = availableParallelism(),
  waitingForAnotherThread = 200,
} = {}): CitationsOffThread {
  // Started by the items: a sync in which no report changed starts none.
  const threads: CitationThread[] = [];
  return {
    render: (item) => {
      const chosen = threadFor(
        threads.map((thread) => thread.waiting()),
        maxThreads,
        waitingForAnotherThread,
      );
      if (chosen === threads.length) threads.push(citationThread());
      return threads[chosen].render(item);
    },
    close: async () => {
      await Promise.all(threads.map(({ close }) => close()));
    },
  };
}

/**
 * Which thread the next item goes to, given how many items wait on each: the one with the fewest, or a new one
 * (`waiting.length`) while there are fewer than `maxThreads` and even the least busy has `waitingForAnotherThread`.
 */
export function threadFor(waiting: readonly number[], maxThreads: number, waitingForAnotherThread: number): number {
  if (waiting.length === 0) return 0;
  const leastBusy = waiting.indexOf(Math.min(...waiting));
  return waiting.length < maxThreads && waiting[leastBusy] >= waitingForAnotherThread ? waiting.length : leastBusy;
}

interface CitationThread extends CitationsOffThread {
  /** How many items it was given and has not answered. */
  waiting(): number;
}

function citationThread(): CitationThread {
  const worker = new Worker(CITATION_WORKER);
  const waiting = new Map<number, { resolve: (citations: StyledCitations) => void; reject: (error: Error) => void }>();
  let requests = 0;
  // Why the thread stopped: a message to it would never be answered, so whatever is sent later fails at once.
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', ({ request, citations, error }: { request: number; citations?: StyledCitations; error?: string }) => {
    const answer = waiting.get(request)!;
    waiting.delete(request);
    if (error === undefined) answer.resolve(citations!);
    else answer.reject(new Error(error));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the citation worker stopped (exit code ${code})`)));
  return {
    render: (item) =>
      new Promise((resolve, reject) => {
        if (stopped) {
          reject(stopped);
          return;
        }
        requests += 1;
        waiting.set(requests, { resolve, reject });
        worker.postMessage({ request: requests, item });
      }),
    // A stopped thread is never the least busy.
    waiting: () => (stopped ? Infinity : waiting.size),
    close: async () => {
      await worker.terminate();
    },
  };
}
