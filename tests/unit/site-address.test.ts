import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteAddress } from '../../src/lib/site-address.ts';

describe('siteAddress', () => {
  it('falls back to the local preview address, and says it did', () => {
    expect(siteAddress({})).toEqual({ site: DEFAULT_SITE, base: '/', isDefault: true });
  });

  it('reads SITE_URL and BASE_PATH, normalising the slashes', () => {
    expect(siteAddress({ SITE_URL: 'https://archive.test', BASE_PATH: 'dialogue' })).toEqual({
      site: 'https://archive.test/',
      base: '/dialogue/',
      isDefault: false,
    });
    expect(siteAddress({ SITE_URL: 'https://archive.test/', BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });

  it('still reads the older ARCHIVE_SITE and ARCHIVE_BASE, the new names first', () => {
    expect(siteAddress({ ARCHIVE_SITE: 'https://old.test', ARCHIVE_BASE: '/old/' })).toMatchObject({
      site: 'https://old.test/',
      base: '/old/',
    });
    expect(siteAddress({ SITE_URL: 'https://new.test', ARCHIVE_SITE: 'https://old.test' }).site).toBe('https://new.test/');
  });

  it.each(['archive.test', 'ftp://archive.test', 'https://archive.test/?q=1', 'https://user:pw@archive.test'])(
    'refuses SITE_URL %j with a message naming the variable',
    (value) => {
      expect(() => siteAddress({ SITE_URL: value })).toThrow(/^SITE_URL: /);
    },
  );

  it.each(['/../x/', '/a?b/', '/a b/'])('refuses BASE_PATH %j', (value) => {
    expect(() => siteAddress({ BASE_PATH: value })).toThrow(/^BASE_PATH: /);
  });
});
