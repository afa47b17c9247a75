import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive, readRealArchive, writeArchive } from '../../scripts/bench/synthetic-archive.ts';
import { archiveFixtureDir, scratchDir } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { builtPages, fileFor, readPage } from '../setup/site.ts';

describe('the people index', () => {
  // A build of 250 people (each with a page, a quotes page and a feed) on a shared machine: minutes, not seconds.
  it('is split into pages of 120 that together list everyone once', async () => {
    const dir = join(scratchDir, 'many-people');
    const outDir = join(scratchDir, 'many-people-out');
    // 244 generated people and the fixture archive's 6: three pages.
    await writeArchive(dir, generateArchive(await readRealArchive(archiveFixtureDir), { articles: 20, people: 244 }), archiveFixtureDir);
    const { code, output } = await runBuild({ ARCHIVE_CONTENT_DIR: dir, ARCHIVE_OUT_DIR: outDir });
    expect(code, output).toBe(0);

    const indexPages = builtPages(outDir).filter((path) => /^\/people\/(page\/\d+\/)?$/.test(path));
    expect(indexPages).toEqual(['/people/', '/people/page/2/', '/people/page/3/']);
    const listed = indexPages.flatMap((path) =>
      [...readPage(outDir, path).querySelectorAll('.card a[href^="/people/"]')].map((link) => link.getAttribute('href')),
    );
    expect(listed).toHaveLength(250);
    expect(new Set(listed).size).toBe(250);

    const first = readPage(outDir, '/people/');
    expect(first.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')).toBe('/people/page/2/');
    expect(first.querySelector('nav.pagination a[rel="next"]')?.textContent?.trim()).toBe('Next →');
    expect(readPage(outDir, '/people/page/3/').querySelector('h1')?.textContent).toBe('People, page 3');
    for (const path of indexPages) expect(readFileSync(fileFor(outDir, path)!).length).toBeLessThan(100 * 1024);
  }, 300_000);
});
