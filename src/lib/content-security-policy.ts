import { createHash } from 'node:crypto';

/**
 * A page's Content-Security-Policy, written by BaseLayout as the first `<meta>` of `<head>`: scripts and styles
 * only as files from the site itself, inline scripts only by the hash of their text, no plugins, no `<base>`, forms
 * only to the site. Astro's own `security.csp` writes the hash of every script file of the whole site into every
 * page, though `'self'` already allows those files: a few hundred incompressible bytes on each page.
 */
export interface PagePolicy {
  /** The text of each inline `<script>` on the page. */
  inlineScripts: readonly string[];
  /** Script sources the page needs beyond its own files, such as `'wasm-unsafe-eval'` for WebAssembly. */
  scriptSources?: readonly string[];
}

const FIXED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The CSP source that allows an inline script with exactly this text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export function contentSecurityPolicy({ inlineScripts, scriptSources = [] }: PagePolicy): string {
  const scriptSrc = ["script-src 'self'", ...scriptSources, ...inlineScripts.map(scriptHashSource)].join(' ');
  return [...FIXED_DIRECTIVES, scriptSrc].join('; ');
}
