/** What a built page weighs on the wire: its HTML and the CSS, JS and fonts it loads, each gzip-compressed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { fileFor } from '../../tests/setup/site.ts';

/** Bytes after gzip at its default level, as a static host or CDN would serve them. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  /** Fonts the HTML preloads; fonts a stylesheet names are found with `cssUrls`. */
  fonts: string[];
  /** The text of inline `<script>` elements, which count as JavaScript though they ship inside the HTML. */
  inlineScripts: string[];
}

/** The same-site assets a page's HTML references (absolute URLs to other hosts are not the site's weight). */
export function referencedAssets(html: string): PageAssets {
  const { document } = parseHTML(html);
  const local = (url: string | null): url is string => !!url && !/^[a-z]+:|^\/\//i.test(url);
  const hrefs = (selector: string) =>
    [...document.querySelectorAll(selector)].map((element) => element.getAttribute('href')).filter(local);
  const scriptElements = [...document.querySelectorAll('script')];
  return {
    stylesheets: hrefs('link[rel~="stylesheet"]'),
    scripts: [...scriptElements.map((script) => script.getAttribute('src')).filter(local), ...hrefs('link[rel="modulepreload"]')],
    fonts: hrefs('link[rel="preload"][as="font"]'),
    inlineScripts: scriptElements
      .filter(
        (script) =>
          !script.hasAttribute('src') && script.textContent?.trim() && script.getAttribute('type') !== 'application/ld+json',
      )
      .map((script) => script.textContent ?? ''),
  };
}

/** The URLs a stylesheet loads with `url(…)` (fonts, mostly), data: URLs left out. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]).filter((url) => !url.startsWith('data:'));
}

/** The site path a URL in a page or stylesheet at `from` points to, query and fragment dropped. */
export function resolveSitePath(from: string, url: string): string {
  return posix.resolve(from.endsWith('/') ? from : posix.dirname(from), url.split(/[?#]/)[0]);
}

/**
 * A module script and every module it imports statically, as site paths: what the browser fetches for it before it
 * runs. Dynamic imports (`import(…)`) are fetched only when the script asks for them, and are left out.
 */
export function moduleWithImports(siteDir: string, sitePath: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(siteDir, path), 'utf-8');
    for (const [, specifier] of code.matchAll(/\bimport\s*(?:[^'"`()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolveSitePath(path, specifier!));
    }
  };
  visit(sitePath);
  return [...seen];
}

export interface TransferWeight {
  html: number;
  css: number;
  /** External scripts with the modules they import, module preloads and inline scripts. */
  js: number;
  /** Preloaded fonts and whatever the stylesheets load with `url(…)`, fonts mostly. */
  fonts: number;
  total: number;
}

/** A page's gzip transfer weight, with each referenced file counted once. */
export function transferWeight(siteDir: string, sitePath: string): TransferWeight {
  const htmlFile = fileFor(siteDir, sitePath);
  if (!htmlFile) throw new Error(`No page ${sitePath} in ${siteDir}`);
  const html = readFileSync(htmlFile, 'utf-8');
  const assets = referencedAssets(html);
  const weigh = (sitePaths: Set<string>) =>
    [...sitePaths].reduce((sum, path) => sum + gzipSize(readFileSync(join(siteDir, path))), 0);
  const fromPage = (urls: string[]) => new Set(urls.map((url) => resolveSitePath(sitePath, url)));

  const stylesheets = fromPage(assets.stylesheets);
  const fonts = fromPage(assets.fonts);
  for (const stylesheet of stylesheets) {
    for (const url of cssUrls(readFileSync(join(siteDir, stylesheet), 'utf-8'))) fonts.add(resolveSitePath(stylesheet, url));
  }
  const weight = {
    html: gzipSize(html),
    css: weigh(stylesheets),
    js:
      weigh(new Set([...fromPage(assets.scripts)].flatMap((script) => moduleWithImports(siteDir, script)))) +
      assets.inlineScripts.reduce((sum, script) => sum + gzipSize(script), 0),
    fonts: weigh(fonts),
  };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.fonts };
}

/**
 * Detail pages show one article, person or topic; every other page lists things (home, article pages
 * 2…n, people and topics indexes, and whatever listings later issues add), and the budget for listings applies.
 */
export function isDetailPage(sitePath: string): boolean {
  // Later pages of listings are under page/ (/articles/page/2/), so one segment after the section is an entity.
  return /^\/(articles|people|topics)\/[^/]+\/$/.test(sitePath) && !sitePath.endsWith('/page/');
}

/** Total size and file count of a folder (0 and 0 if it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return { bytes: 0, files: 0 };
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  return readdirSync(dir).reduce(
    (sum, name) => {
      const inner = folderSize(join(dir, name));
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}
