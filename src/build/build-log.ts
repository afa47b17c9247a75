/** Helpers for `npm run build`'s log (scripts/build.ts), which must stay short at any size of the archive. */

// Colour codes, which Astro writes when the output is a terminal.
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;

/** Astro's line for one written page or file, e.g. `12:00:01   ├─ /articles/x/index.html (+3ms)`. */
export function isPageLine(line: string): boolean {
  return /^(?:\d{2}:\d{2}:\d{2})?\s+[├└]─ \//.test(line.replace(ANSI_ESCAPE, ''));
}

/** A page line for a file Astro's incremental build reused from the last build rather than rendered again. */
export function isReusedPageLine(line: string): boolean {
  return isPageLine(line) && /\((?:restored|cached)\)\s*$/.test(line.replace(ANSI_ESCAPE, ''));
}

/** A duration for the log: "850 ms", "12.3 s", "3 min 56 s". */
export function seconds(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const total = milliseconds / 1000;
  if (total < 60) return `${total.toFixed(1)} s`;
  return `${Math.floor(total / 60)} min ${Math.round(total % 60)} s`;
}
