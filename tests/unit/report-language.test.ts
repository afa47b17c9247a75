import { describe, expect, it } from 'vitest';
import { formPattern } from '../../src/lib/glossary.ts';
import { headlineLang, openGraphLocale, proposedLanguage, reportLanguage, versionsAmong } from '../../src/lib/report-language.ts';

describe('proposedLanguage', () => {
  it('reads Vietnamese by its letters and tone marks, NFC or not', () => {
    const text = 'HÀ NỘI - Tối 2/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tham dự Hội nghị.';
    expect(proposedLanguage(text).code).toBe('vi');
    expect(proposedLanguage(text.normalize('NFD')).code).toBe('vi');
  });

  it('keeps an English text that names Bùi Thanh Sơn English', () => {
    expect(proposedLanguage('The meeting was co-chaired by Minister Motegi and Mr. Bùi Thanh Sơn of Viet Nam.').code).toBe('en');
  });

  it('reads Japanese by kana and kanji, Latin abbreviations among them', () => {
    expect(proposedLanguage('茂木敏充外務大臣は，日・ASEAN外相会議に出席しました。').code).toBe('ja');
  });

  it('reads Thai by its script', () => {
    expect(proposedLanguage('รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม ASEAN').code).toBe('th');
  });

  it('reads Lao, Khmer and Burmese by their scripts', () => {
    expect(proposedLanguage('ກອງປະຊຸມລັດຖະມົນຕີຕ່າງປະເທດອາຊຽນ-ຍີ່ປຸ່ນ').code).toBe('lo');
    expect(proposedLanguage('កិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេសអាស៊ាន-ជប៉ុន').code).toBe('km');
    expect(proposedLanguage('အာဆီယံ-ဂျပန် နိုင်ငံခြားရေးဝန်ကြီးများ အစည်းအဝေး').code).toBe('my');
  });

  it('says English where there are no letters', () => {
    expect(proposedLanguage('2021 — 1, 2, 3').code).toBe('en');
  });
});

describe('a report’s language', () => {
  it('names it in English and marks only words that are not English; a supplied headline is the archive’s', () => {
    expect(reportLanguage({ data: { lang: 'vi' } })).toEqual({ code: 'vi', name: 'Vietnamese' });
    expect(reportLanguage({ data: {} })).toEqual({ code: 'en', name: 'English' });
    expect(headlineLang({ data: { lang: 'ja' } })).toBe('ja');
    expect(headlineLang({ data: { lang: 'ja', headlineSupplied: true } })).toBeUndefined();
    expect(headlineLang({ data: { lang: 'en' } })).toBeUndefined();
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
