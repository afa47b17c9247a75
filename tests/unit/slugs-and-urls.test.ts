import { describe, expect, it } from 'vitest';
import { closestId, ENTITY_ID, idFromFileName } from '../../src/lib/entity-ids.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { paths, withBase } from '../../src/lib/urls.ts';

describe('slugify', () => {
  it('folds Vietnamese diacritics, including đ', () => {
    expect(slugify('Bùi Thanh Sơn')).toBe('bui-thanh-son');
    expect(slugify('Đà Nẵng')).toBe('da-nang');
    expect(slugify('Viet Nam')).toBe('viet-nam');
    expect(slugify('  ASEAN–Japan: 35th Forum! ')).toBe('asean-japan-35th-forum');
  });
});

describe('entity ids', () => {
  it('come from file names and must be clean', () => {
    expect(idFromFileName('motegi-toshimitsu.yaml')).toBe('motegi-toshimitsu');
    expect(ENTITY_ID.test('motegi-toshimitsu')).toBe(true);
    expect(ENTITY_ID.test('Motegi_Toshimitsu')).toBe(false);
    expect(ENTITY_ID.test('double--hyphen')).toBe(false);
  });

  it('suggest the closest known id for a typo, and nothing for a stranger', () => {
    const known = ['mori-takeo', 'motegi-toshimitsu', 'suga-yoshihide'];
    expect(closestId('mori-takao', known)).toBe('mori-takeo');
    expect(closestId('motegi-toshimitu', known)).toBe('motegi-toshimitsu');
    expect(closestId('someone-else-entirely', known)).toBeUndefined();
    // A longer or shorter name for the same thing.
    expect(closestId('rcep-agreement', ['rcep', 'doc'])).toBe('rcep');
    expect(closestId('south-china', ['south-china-sea', 'doc'])).toBe('south-china-sea');
    expect(closestId('the-south-china-sea-dispute', ['south-china-sea', 'doc'])).toBe('south-china-sea');
  });
});

describe('withBase', () => {
  it('prefixes the base path once, with or without slashes', () => {
    expect(withBase('/', paths.article('x'))).toBe('/articles/x/');
    expect(withBase('/archive/', paths.people())).toBe('/archive/people/');
    expect(withBase('/archive', 'topics/')).toBe('/archive/topics/');
  });
});
