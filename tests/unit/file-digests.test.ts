import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexInput } from '../../scripts/search-index.ts';
import { fileDigests, filesUnder } from '../../src/build/file-digests.ts';
import { tempDir } from '../setup/temp-dir.ts';

function site(pages: Record<string, string>): string {
  const dir = tempDir('search-input-');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('searchIndexInput', () => {
  const pages = {
    'index.html': '<p>home</p>',
    'articles/x/index.html': '<p>x</p>',
    'people/p/index.html': '<p>p</p>',
    'pagefind/ignored.html': '1',
  };
  const digests = async (files: Record<string, string>) => (await searchIndexInput(site(files))).digests;

  it('is the same for the same pages, whatever else the site holds', async () => {
    const first = await digests(pages);
    expect(await digests(pages)).toEqual(first);
    expect(await digests({ ...pages, 'pagefind/ignored.html': '2', 'index.html': '<p>new home</p>' })).toEqual(first);
  });

  it('changes for the one index whose pages changed, were added or removed', async () => {
    const first = await digests(pages);
    const reportChanged = await digests({ ...pages, 'articles/x/index.html': '<p>y</p>' });
    expect(reportChanged.pagefind).not.toBe(first.pagefind);
    expect(reportChanged['pagefind-entities']).toBe(first['pagefind-entities']);
    expect((await digests({ ...pages, 'articles/y/index.html': '<p>x</p>' })).pagefind).not.toBe(first.pagefind);
    const { 'articles/x/index.html': _, ...fewer } = pages;
    expect((await digests(fewer)).pagefind).not.toBe(first.pagefind);
    const personChanged = await digests({ ...pages, 'people/p/index.html': '<p>q</p>' });
    expect(personChanged.pagefind).toBe(first.pagefind);
    expect(personChanged['pagefind-entities']).not.toBe(first['pagefind-entities']);
  });
});

describe('fileDigests', () => {
  it('reads again only the files whose size or modification time changed since the digests it is given', async () => {
    const dir = site({ 'a.html': 'one', 'b.html': 'two' });
    const first = fileDigests(dir, ['a.html', 'b.html']);
    expect(first['a.html']!.digest).not.toBe(first['b.html']!.digest);
    // A recorded digest is trusted while the file's size and time are unchanged…
    const recorded = { ...first, 'a.html': { ...first['a.html']!, digest: 'recorded' } };
    expect(fileDigests(dir, ['a.html', 'b.html'], recorded)['a.html']!.digest).toBe('recorded');
    // …and a file written again (a new time) is read, whatever was recorded.
    writeFileSync(join(dir, 'a.html'), 'ONE');
    const { mtime } = statSync(join(dir, 'b.html'));
    utimesSync(join(dir, 'a.html'), mtime, new Date(mtime.getTime() + 5000));
    const read: string[] = [];
    const rewritten = fileDigests(dir, ['a.html', 'b.html'], recorded, (path, bytes, digest) =>
      read.push(`${path}:${bytes}:${digest}`),
    );
    // Only the file read again is handed on, with its bytes and digest.
    expect(read).toEqual([`a.html:ONE:${rewritten['a.html']!.digest}`]);
    expect(rewritten['a.html']!.digest).not.toBe('recorded');
    expect(rewritten['a.html']!.digest).not.toBe(first['a.html']!.digest);
    expect(rewritten['b.html']).toEqual(first['b.html']);
  });
});

describe('filesUnder', () => {
  it('lists every file at any depth as a path relative to the folder, and no folder', () => {
    const dir = site({
      'index.html': 'a',
      'articles/x/index.html': 'b',
      'articles/x/citation.bib': 'c',
      'feeds/people/y.xml': 'd',
    });
    mkdirSync(join(dir, 'empty/deeper'), { recursive: true });
    expect(filesUnder(dir).sort()).toEqual(
      ['articles/x/citation.bib', 'articles/x/index.html', 'feeds/people/y.xml', 'index.html'].map((path) => join(path)),
    );
  });
});
