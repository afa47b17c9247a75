import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePaths } from '../../src/lib/archive-paths.ts';

describe('archivePaths', () => {
  it('gives each content folder its own cache beside the output folder, never inside it', () => {
    const fixtures = archivePaths({ ARCHIVE_CONTENT_DIR: 'tests/fixtures/archive' });
    const other = archivePaths({ ARCHIVE_CONTENT_DIR: '/tmp/another-archive' });
    // Astro's data store keeps the last folder's entries: a second folder must not meet them.
    expect(fixtures.cacheDir).not.toBe(other.cacheDir);
    expect(archivePaths({ ARCHIVE_CONTENT_DIR: resolve('tests/fixtures/archive') }).cacheDir).toBe(fixtures.cacheDir);
    for (const { outDir, cacheDir } of [fixtures, other, archivePaths({ ARCHIVE_CONTENT_DIR: 'c', ARCHIVE_OUT_DIR: 'site/' })]) {
      expect(relative(resolve(outDir), resolve(cacheDir)).startsWith('..')).toBe(true);
    }
  });

  it('keeps the default archive’s cache, and a cache folder given, as they are', () => {
    expect(archivePaths({}).cacheDir).toBe('./node_modules/.astro');
    expect(archivePaths({ ARCHIVE_CONTENT_DIR: 'c', ARCHIVE_CACHE_DIR: '/tmp/cache' }).cacheDir).toBe('/tmp/cache');
  });
});
