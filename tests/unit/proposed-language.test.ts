import { describe, expect, it } from 'vitest';
import { proposedLanguage, proposedNameLanguage } from '../../src/lib/proposed-language.ts';

/** An Indonesian report as Antara writes one: dateline with the agency, "Menlu", Indonesian spellings (Jepang, Agustus). */
const ANTARA = `Jakarta (ANTARA) - Menteri Luar Negeri RI Retno Marsudi menghadiri Pertemuan Menteri Luar Negeri ASEAN-Jepang yang diselenggarakan secara virtual pada Senin (2/8).

Dalam pertemuan tersebut, Menlu Retno menyampaikan apresiasi atas bantuan vaksin yang telah diberikan Jepang kepada negara-negara ASEAN, termasuk Indonesia, baik secara bilateral maupun melalui mekanisme COVAX.

"Indonesia mendorong agar kerja sama kesehatan ASEAN-Jepang terus diperkuat, antara lain melalui pembangunan pusat kesehatan masyarakat ASEAN," kata Retno.`;

/** A Malay report as Bernama writes one: "KUALA LUMPUR, 2 Ogos (Bernama) --", Malay spellings (Jepun, Kerajaan, mesyuarat). */
const BERNAMA = `KUALA LUMPUR, 2 Ogos (Bernama) -- Malaysia menghargai sumbangan vaksin COVID-19 oleh Kerajaan Jepun kepada negara-negara anggota ASEAN, kata Menteri Luar Negeri Datuk Seri Hishammuddin Tun Hussein.

Beliau berkata demikian ketika menghadiri Mesyuarat Menteri-Menteri Luar ASEAN-Jepun yang diadakan secara maya hari ini.

Menurut kenyataan Wisma Putra, Hishammuddin turut menyeru supaya kerjasama antara ASEAN dan Jepun diperkukuh bagi memastikan pemulihan ekonomi serantau selepas pandemik.`;

const ENGLISH = `TOKYO, Aug. 2 (Kyodo) -- Japanese Foreign Minister Toshimitsu Motegi pledged Monday continued support for Southeast Asian nations in fighting the coronavirus pandemic, including through vaccine donations, during an online meeting with his ASEAN counterparts.

Motegi and Vietnamese Foreign Minister Bui Thanh Son co-chaired the meeting, which also discussed the situation in Myanmar.`;

const codeOf = (text: string) => {
  const proposal = proposedLanguage(text);
  return 'code' in proposal ? proposal.code : proposal.choices;
};

describe('proposedLanguage', () => {
  it('reads Vietnamese by its letters and tone marks, NFC or not', () => {
    const text = 'HÀ NỘI - Tối 2/8, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tham dự Hội nghị.';
    expect(codeOf(text)).toBe('vi');
    expect(codeOf(text.normalize('NFD'))).toBe('vi');
  });

  it('keeps an English text that names Bùi Thanh Sơn English', () => {
    expect(codeOf('The meeting was co-chaired by Minister Motegi and Mr. Bùi Thanh Sơn of Viet Nam, who spoke for ASEAN.')).toBe(
      'en',
    );
    expect(codeOf(ENGLISH)).toBe('en');
  });

  it('reads Japanese by kana and kanji, Latin abbreviations among them', () => {
    expect(codeOf('茂木敏充外務大臣は，日・ASEAN外相会議に出席しました。')).toBe('ja');
  });

  it('reads Chinese by Han characters with no kana in a text of several sentences, Japanese where there is kana', () => {
    const xinhua =
      '新华社河内8月2日电（记者 陈家宝）东盟与日本外长会议2日以视频方式举行。越南外长裴青山与日本外相茂木敏充共同主持会议。与会各方同意在新冠疫苗、经济复苏和供应链韧性等领域加强合作。';
    expect(proposedLanguage(xinhua)).toEqual({ code: 'zh', why: 'Han characters and no kana (Japanese prose has kana)' });
    // Japanese prose of as many characters has kana, however many kanji.
    expect(
      codeOf(
        '茂木敏充外務大臣は，日・ASEAN外相会議に出席し，新型コロナウイルス感染症対策及び経済回復に向けた協力について議論しました。',
      ),
    ).toBe('ja');
  });

  it('leaves a short text in Han characters alone (a headline) Japanese, with the caution to check it', () => {
    expect(proposedLanguage('日・ASEAN外相会議')).toEqual({ code: 'ja', why: 'kanji (no kana: check it is not Chinese)' });
    expect(proposedLanguage('东盟与日本外长会议以视频方式举行')).toEqual({
      code: 'ja',
      why: 'kanji (no kana: check it is not Chinese)',
    });
  });

  it('reads Thai by its script', () => {
    expect(codeOf('รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม ASEAN')).toBe('th');
  });

  it('reads Lao, Khmer and Burmese by their scripts', () => {
    expect(codeOf('ກອງປະຊຸມລັດຖະມົນຕີຕ່າງປະເທດອາຊຽນ-ຍີ່ປຸ່ນ')).toBe('lo');
    expect(codeOf('កិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេសអាស៊ាន-ជប៉ុន')).toBe('km');
    expect(codeOf('အာဆီယံ-ဂျပန် နိုင်ငံခြားရေးဝန်ကြီးများ အစည်းအဝေး')).toBe('my');
  });

  it('finds Indonesian and Malay no English, and leaves the choice between them to the editor', () => {
    // franc's trigram models find each of them as likely to be the other: a proposal of one would be a guess.
    for (const text of [ANTARA, BERNAMA]) {
      expect(proposedLanguage(text)).toEqual({ choices: ['id', 'ms'], why: expect.stringContaining('Indonesian from Malay') });
    }
  });

  it('reads Tagalog among the Latin-script languages', () => {
    const text =
      'Dumalo si Kalihim ng Ugnayang Panlabas Teodoro Locsin Jr. sa pulong ng mga ministro ng ASEAN at Japan noong Lunes, kung saan pinasalamatan niya ang Japan sa mga bakunang ipinadala sa Pilipinas.';
    expect(codeOf(text)).toBe('tl');
  });

  it('says English, and why, where the text is too short to tell or has no letters', () => {
    // franc alone takes this headline for Malay.
    expect(proposedLanguage('ASEAN-Japan Foreign Ministers Meeting')).toEqual({
      code: 'en',
      why: 'too little text to tell its language; English by default',
    });
    expect(codeOf('2021 — 1, 2, 3')).toBe('en');
  });
});

describe('proposedNameLanguage', () => {
  it('reads a name in another script or with Vietnamese letters as that language, whatever the report’s', () => {
    expect(proposedNameLanguage('Báo Thế giới & Việt Nam', 'vi').code).toBe('vi');
    expect(proposedNameLanguage('Thông tấn xã Việt Nam', 'en').code).toBe('vi');
    expect(proposedNameLanguage('共同通信', 'ja').code).toBe('ja');
    expect(proposedNameLanguage('สำนักข่าวไทย', 'th').code).toBe('th');
    // Too short to tell Chinese from Japanese by its letters: the report's language tells (新华通讯社 in a Chinese report).
    expect(proposedNameLanguage('新华通讯社', 'zh')).toEqual({ code: 'zh', why: 'Han characters, in a report in Chinese' });
    expect(proposedNameLanguage('共同通信', 'zh').code).toBe('zh');
    expect(proposedNameLanguage('ទីភ្នាក់ងារសារព័ត៌មានកម្ពុជា', 'km').code).toBe('km');
  });

  it('takes a name in plain Latin letters for its report’s language where that is written in them, else English', () => {
    expect(proposedNameLanguage('Viet Nam News', 'en').code).toBe('en');
    expect(proposedNameLanguage('Kantor Berita Antara', 'id').code).toBe('id');
    expect(proposedNameLanguage('Ministry of Foreign Affairs of Japan', 'ja').code).toBe('en');
    expect(proposedNameLanguage('MFA', 'th').code).toBe('en');
  });
});
