import { readdirSync, readFileSync } from 'node:fs';
import { scriptHashSource } from '../../src/lib/content-security-policy.ts';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, readPage } from '../setup/site.ts';

const siteDir = inject('siteDir');
const contentDir = inject('siteContentDir');
const CSP_META = 'meta[http-equiv="content-security-policy"]';

describe('the headers file for hosts', () => {
  const headers = readFileSync(join(siteDir, '_headers'), 'utf-8');
  /** The header lines of one path rule. */
  const rule = (path: string) => headers.split(/\n(?=\S)/).find((block) => block.startsWith(`${path}\n`)) ?? '';

  it('sends frame-ancestors, nosniff, a referrer and a permissions policy for every path', () => {
    expect(rule('/*')).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(rule('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/*')).toMatch(/Referrer-Policy: \S+/);
    expect(rule('/*')).toMatch(/Permissions-Policy: \S+/);
  });

  it('serves the received reports as sandboxed plain text', () => {
    expect(rule('/sources/*')).toContain('Content-Type: text/plain; charset=utf-8');
    expect(rule('/sources/*')).toContain("Content-Security-Policy: default-src 'none'; sandbox");
    expect(rule('/sources/*')).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('the Content-Security-Policy in every page', () => {
  const pages = builtPages(siteDir);

  it('comes before any script or style', () => {
    const late = pages.filter((path) => {
      const first = readPage(siteDir, path).querySelector(`${CSP_META}, script, style, link[rel="stylesheet"]`);
      return !first?.matches(CSP_META);
    });
    expect(late).toEqual([]);
  });

  it('allows by hash exactly the inline scripts the page has', () => {
    for (const path of pages) {
      const page = readPage(siteDir, path);
      const inline = [...page.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
      const hashes =
        page
          .querySelector(CSP_META)
          ?.getAttribute('content')
          ?.match(/'sha256-[^']+'/g) ?? [];
      expect(hashes, path).toEqual(inline.map((script) => scriptHashSource(script.textContent ?? '')));
    }
  });

  it("allows WebAssembly ('wasm-unsafe-eval') on /search/ only", () => {
    const allowing = pages.filter((path) =>
      readPage(siteDir, path).querySelector(CSP_META)?.getAttribute('content')?.includes("'wasm-unsafe-eval'"),
    );
    expect(allowing).toEqual(['/search/']);
  });
});

describe('the received reports', () => {
  const published = readdirSync(join(siteDir, 'sources'));

  it('are published as .txt files, byte for byte as received', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const name of published) {
      expect(name).toMatch(/\.txt$/);
      expect(readFileSync(join(siteDir, 'sources', name)).equals(readFileSync(join(contentDir, 'sources', name))), name).toBe(
        true,
      );
    }
  });
});
