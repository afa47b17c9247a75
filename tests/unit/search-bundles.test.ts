import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefindStartScript, type SearchBundles } from '../../src/lib/search-bundles.ts';
import { tempDir } from '../setup/temp-dir.ts';

/** A stand-in for Pagefind's script, as a module the start script can import: it records what it is asked. */
const FAKE_PAGEFIND = `data:text/javascript,${encodeURIComponent(`
  export function createInstance(options) {
    const calls = [['createInstance', options]];
    return {
      calls,
      init: async () => void calls.push(['init']),
      mergeIndex: async (index, options) => void calls.push(['mergeIndex', index, options]),
    };
  }`)}`;

const bundles: SearchBundles = {
  bundlePath: '/archive/pagefind/',
  entityBundlePath: '/archive/pagefind-entities/',
  scriptPath: FAKE_PAGEFIND,
  otherLanguages: ['vi', 'ja'],
  namesPath: '/archive/search/names.json',
  dateOrderPath: '/archive/pagefind/date-order.json',
};

/** Runs the inline script as the page would, with the page's `window` and address, as a module of its own. */
async function started(script: string) {
  const page = { window: {} as { archivePagefind?: Promise<{ calls: unknown[][] }> } };
  Object.assign(globalThis, { startScriptPage: page });
  const file = join(tempDir('start-script-'), 'start.mjs');
  writeFileSync(
    file,
    `const { window } = globalThis.startScriptPage; const location = { href: 'https://example.org/archive/search/?q=x' };\n${script}`,
  );
  await import(/* @vite-ignore */ pathToFileURL(file).href);
  return (await page.window.archivePagefind)!.calls;
}

describe("the search page's start script", () => {
  it('starts one Pagefind instance of the reports and merges every other language and the entities, by full address', async () => {
    const options = { baseUrl: '/archive/', excerptLength: 24 };
    expect(await started(pagefindStartScript(bundles, options))).toEqual([
      ['createInstance', { basePath: '/archive/pagefind/', ...options }],
      ['init'],
      ['mergeIndex', 'https://example.org/archive/pagefind/', { language: 'vi', ...options }],
      ['mergeIndex', 'https://example.org/archive/pagefind/', { language: 'ja', ...options }],
      ['mergeIndex', 'https://example.org/archive/pagefind-entities/', { language: 'en-x-entity', ...options }],
    ]);
  });

  it('keeps its data inside the script element, whatever a path holds', () => {
    const script = pagefindStartScript(
      { ...bundles, bundlePath: '/a</script><script>alert(1)//' },
      { baseUrl: '/', excerptLength: 24 },
    );
    expect(script).not.toMatch(/<\/script/i);
  });
});
