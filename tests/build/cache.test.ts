import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFixtureDir, projectRoot, scratchDir } from '../setup/paths.ts';
import { runBuild, type ArchiveEnv, type RunOptions } from '../setup/run-build.ts';
import { siteDifferences } from '../setup/site.ts';
import { tempDir } from '../setup/temp-dir.ts';

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf-8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
  writeFileSync(file, text.replace(from, to));
}

/** Builds the fixture archive into `site` under `dir`, with the cache beside it; the build must succeed unless killed. */
async function build(dir: string, site: string, env: Partial<ArchiveEnv> = {}, options: RunOptions = {}) {
  const result = await runBuild({ ARCHIVE_CONTENT_DIR: archiveFixtureDir, ARCHIVE_OUT_DIR: join(dir, site), ...env }, options);
  if (!options.killAt) expect(result.code, result.output).toBe(0);
  return { ...result, site: join(dir, site) };
}

// The builds in one file run one after another, so they do not fight over the two cores.
describe('the build caches', () => {
  it('give, after a change to code a cached step runs two imports down, what a cold build gives', async () => {
    // A copy of the project (its node_modules linked), so its code can change while other tests build this one.
    const copy = tempDir('project-copy-');
    for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'public']) {
      cpSync(join(projectRoot, name), join(copy, name), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
    const inCopy = { cwd: copy };
    await build(copy, 'site', {}, inCopy);

    // The report loader's stored HTML is cached by its code's digest; it imports report-body.ts, which imports this.
    replaceIn(
      join(copy, 'src/lib/paragraph-anchors.ts'),
      'ariaLabel: `Link to paragraph ${number}`',
      'ariaLabel: `Paragraph ${number}`',
    );
    const rebuilt = await build(copy, 'site', {}, inCopy);
    const cold = await build(copy, 'cold', { ARCHIVE_CACHE: 'off' }, inCopy);
    expect(
      readFileSync(join(cold.site, 'articles/2021-08-03-asean-japan-foreign-ministers-meeting/index.html'), 'utf-8'),
    ).toContain('aria-label="Paragraph 1"');
    expect(siteDifferences(cold.site, rebuilt.site)).toEqual([]);
  }, 300_000);

  it('are left by a build killed at any step such that the next build writes what a cold build writes', async () => {
    const dir = join(scratchDir, 'killed-builds');
    rmSync(dir, { recursive: true, force: true });
    const content = join(dir, 'content');
    cpSync(archiveFixtureDir, content, { recursive: true });
    const env = { ARCHIVE_CONTENT_DIR: content };
    await build(dir, 'site', env);

    // Each kill meets what the one before left: a content change half synced, pages half written, an index half made.
    replaceIn(join(content, 'people', 'motegi-toshimitsu.yaml'), 'name: ', 'name: Mr ');
    replaceIn(join(content, 'glossary', 'asean.yaml'), 'expansion: ', 'expansion: The ');
    for (const moment of [/Syncing content/, /generating static routes/, /\d+ files written/, /Writing the search index/]) {
      const killed = await build(dir, 'site', env, { killAt: moment });
      expect(killed.code, killed.output).not.toBe(0);
    }
    const next = await build(dir, 'site', env);
    const cold = await build(dir, 'cold', { ...env, ARCHIVE_CACHE: 'off' });
    expect(siteDifferences(cold.site, next.site)).toEqual([]);
  }, 300_000);
});
