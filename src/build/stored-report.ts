import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { StyledCitations } from '../lib/citations.ts';

/**
 * A report's body, its rendered HTML and its styled citations as Astro's content store keeps them: one compressed,
 * base64-encoded string in the entry's `body`, instead of long strings of mostly non-ASCII text.
 *
 * Why: `astro build` turns the whole store into one JavaScript module holding it as a string literal, and Node
 * compiles that module again whenever any report changed. At 10,000 reports the plain store was 93 MB and took
 * 11 s to compile (a non-ASCII literal is several times slower to scan than an ASCII one); packed it is 39 MB of
 * ASCII and takes about 2 s, and the bundler and the store's writer handle less than half as much text.
 *
 * Only the report loader packs (`src/build/report-loader.ts`) and only `loadArchive` unpacks (`src/lib/archive.ts`).
 */

/** Marks a packed body, so a plain one (a store written before packing) is never mistaken for one. */
const PACKED = 'report-text:deflate-raw:';

export interface ReportText {
  /** The MDX body as written. */
  body: string;
  /** The body rendered to HTML when the content loaded. */
  html: string;
  /** The report's citations by citeproc-js, rendered when the content loaded (`styled-citations.ts`). */
  citations: StyledCitations;
}

export function packReportText({ body, html, citations }: ReportText): string {
  return PACKED + deflateRawSync(JSON.stringify([body, html, citations])).toString('base64');
}

/** The body, HTML and citations of a packed body; undefined when `stored` was not packed by `packReportText`. */
export function unpackReportText(stored: string): ReportText | undefined {
  if (!stored.startsWith(PACKED)) return undefined;
  const [body, html, citations] = JSON.parse(
    inflateRawSync(Buffer.from(stored.slice(PACKED.length), 'base64')).toString('utf-8'),
  ) as [string, string, StyledCitations];
  return { body, html, citations };
}
