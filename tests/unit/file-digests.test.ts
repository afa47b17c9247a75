import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexInput } from '../../scripts/search-index.ts';
import { fileDigests } from '../../src/lib/file-digests.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-input-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('searchIndexInput', () => {
  it('is the same for the same pages, and differs when a page, its path or the set of pages differs', async () => {
    const pages = { 'index.html': '<p>a</p>', 'articles/x/index.html': '<p>x</p>', 'pagefind/ignored.html': '1' };
    const { digest } = await searchIndexInput(site(pages));
    expect((await searchIndexInput(site(pages))).digest).toBe(digest);
    expect((await searchIndexInput(site({ ...pages, 'pagefind/ignored.html': '2' }))).digest).toBe(digest);
    expect((await searchIndexInput(site({ ...pages, 'index.html': '<p>b</p>' }))).digest).not.toBe(digest);
    expect((await searchIndexInput(site({ ...pages, 'articles/y/index.html': '<p>x</p>' }))).digest).not.toBe(digest);
    const { 'articles/x/index.html': _, ...fewer } = pages;
    expect((await searchIndexInput(site(fewer))).digest).not.toBe(digest);
  });

});

describe('fileDigests', () => {
  it('reads again only the files whose size or modification time changed since the digests it is given', async () => {
    const dir = site({ 'a.html': 'one', 'b.html': 'two' });
    const first = fileDigests(dir, ['a.html', 'b.html']);
    expect(first['a.html']!.digest).not.toBe(first['b.html']!.digest);
    // A recorded digest is trusted while the file's size and time are unchanged…
    const recorded = { ...first, 'a.html': { ...first['a.html']!, digest: 'recorded' } };
    expect((fileDigests(dir, ['a.html', 'b.html'], recorded))['a.html']!.digest).toBe('recorded');
    // …and a file written again (a new time) is read, whatever was recorded.
    writeFileSync(join(dir, 'a.html'), 'ONE');
    const { mtime } = statSync(join(dir, 'b.html'));
    utimesSync(join(dir, 'a.html'), mtime, new Date(mtime.getTime() + 5000));
    const rewritten = fileDigests(dir, ['a.html', 'b.html'], recorded);
    expect(rewritten['a.html']!.digest).not.toBe('recorded');
    expect(rewritten['a.html']!.digest).not.toBe(first['a.html']!.digest);
    expect(rewritten['b.html']).toEqual(first['b.html']);
  });
});
