import { describe, expect, it } from 'vitest';
import { formPattern } from '../../src/lib/glossary.ts';
import {
  headlineLang,
  languageCodeNamed,
  openGraphLocale,
  reportLanguage,
  versionsAmong,
} from '../../src/lib/report-language.ts';

describe('a report’s language', () => {
  it('names it in English and marks only words that are not English; a supplied headline is the archive’s', () => {
    expect(reportLanguage({ data: { lang: 'vi' } })).toEqual({ code: 'vi', name: 'Vietnamese' });
    expect(reportLanguage({ data: {} })).toEqual({ code: 'en', name: 'English' });
    expect(headlineLang({ data: { lang: 'ja' } })).toBe('ja');
    expect(headlineLang({ data: { lang: 'ja', headlineSupplied: true } })).toBeUndefined();
    expect(headlineLang({ data: { lang: 'en' } })).toBeUndefined();
  });

  it('finds the code of a language named in English, for an editor who wrote the name', () => {
    expect(['French', 'vietnamese', ' Japanese ', 'Thai', 'Klingon', 'fr'].map(languageCodeNamed)).toEqual([
      'fr',
      'vi',
      'ja',
      'th',
      undefined,
      undefined,
    ]);
  });

  it('gives it as an Open Graph locale, language_TERRITORY', () => {
    expect(['en', 'vi', 'ja', 'th', 'pt-BR'].map(openGraphLocale)).toEqual(['en_US', 'vi_VN', 'ja_JP', 'th_TH', 'pt_BR']);
  });

  it('finds a report’s versions both ways and among translations of one original', () => {
    const reports = [
      { id: 'en', data: {} },
      { id: 'ja', data: { translationOf: 'en' } },
      { id: 'vi', data: { translationOf: 'en' } },
      { id: 'other', data: {} },
    ];
    expect(versionsAmong(reports[0]!, reports).map(({ id }) => id)).toEqual(['ja', 'vi']);
    expect(versionsAmong(reports[1]!, reports).map(({ id }) => id)).toEqual(['en', 'vi']);
    expect(versionsAmong(reports[3]!, reports)).toEqual([]);
  });
});

describe('whole words in scripts without spaces', () => {
  it('finds a name or abbreviation against Japanese and Thai letters, and still not inside a Latin word', () => {
    const pattern = formPattern(['ASEAN', '茂木敏充']);
    expect(pattern.exec('8月2日，茂木敏充外務大臣は')?.[0]).toBe('茂木敏充');
    expect(pattern.exec('日・ASEAN外相会議')?.[0]).toBe('ASEAN');
    expect(pattern.exec('การประชุมASEANครั้ง')?.[0]).toBe('ASEAN');
    expect(pattern.test('ASEANs and XASEAN')).toBe(false);
    expect(formPattern(['Sơn']).test('Bùi Thanh Sơn đã')).toBe(true);
    expect(formPattern(['Sơn']).test('Sơnla')).toBe(false);
  });
});
