/**
 * `npm run new-report`: a first draft of an article from a received report, for an editor to review and fill in.
 * The body is the received text, paragraph for paragraph and line for line, escaped for MDX, so the words are right
 * from the start; what needs judgement is proposed (and marked so) or left as a placeholder that the build refuses.
 */
import { formPattern, type GlossaryTerm } from './glossary.ts';
import { placeholder } from './placeholders.ts';
import { framePieceAt, RECEIVED_BULLET, withoutFrame } from './received-text.ts';
import { slugify } from './slugs.ts';
import { proposedLanguage, proposedNameLanguage, type ProposedLanguage } from './proposed-language.ts';
import { JAPANESE_TITLES } from './japanese-names.ts';
import { languageName } from './report-language.ts';
import { escapeRegExp, WORD_CHAR } from './regexp.ts';
import { UNSPACED_LETTER, wordCount } from './words.ts';

export interface KnownEntity {
  id: string;
  /** Every name the reports may use for it: name, variants or aliases, own-script name. */
  forms: readonly string[];
}

/** A meeting of `meetings/`, as new-report compares a report with it. */
export interface KnownMeeting {
  id: string;
  name: string;
  series?: string;
  partOf?: string;
  /** ISO, to the precision known: "2021-08-02", "2021-08" or "2021". */
  date: string;
  dateBasis: string;
  /** The ids of the people its reports list as taking part. */
  people: readonly string[];
}

export interface ReportInput {
  /** The file's name in `sources/`. */
  sourceFile: string;
  sourceText: string;
  people: readonly KnownEntity[];
  topics: readonly KnownEntity[];
  /** With each term's expansion, a name the text may spell out ("Association of Southeast Asian Nations"). */
  glossary: readonly (GlossaryTerm & { expansion?: string })[];
  /** The meetings the archive knows; none if left out. */
  meetings?: readonly KnownMeeting[];
  /** The publishers the archive's articles name; none if left out. */
  publishers?: readonly KnownPublisher[];
  /** The address of the page the report was received from (`--url`), if given: the draft's `publication.url`. */
  url?: string;
}

/** A publisher an article of the archive names: its name, abbreviation, and the language its name is in. */
export interface KnownPublisher {
  name: string;
  short: string;
  /** The article's `publisherLang`; none where it gives none. */
  lang?: string;
  /** Where an article gives it, `website`: the publisher is an official body, its reports pages of its own site. */
  type?: 'website';
}

export interface ScaffoldedReport {
  /** `<publication date>-<short name>.mdx`, or with a placeholder date where none was found. */
  fileName: string;
  text: string;
  /** What was recognised in the received text, one phrase each, as the draft's header lists it. */
  recognised: string[];
  /** Where no known meeting fits: the new meeting's file for `meetings/` (`<id>.yaml`), which the draft names. */
  meetingFile?: { fileName: string; text: string };
  /** What was proposed for the meeting, in one phrase, for the command's output. */
  meeting: string;
}

/** Recognised pieces of the received text outside the body. */
interface Frame {
  pieces: string[];
  headline?: string;
  byline?: string;
  section?: string;
  dateline?: string;
  /** The agency a dateline names ("VIENTIANE (Kyodo) --"), a proposal for the publisher's abbreviation. */
  datelineAgency?: string;
  signature?: string;
  caption?: string;
  credit?: string;
  /** The date as the frame gives it (ISO), e.g. from a "date 2021-08-03" line, a date line or a byline. */
  date?: string;
  /** Where the frame gives the date in part ("the dateline gives 30 July but no year"): what the editor must check. */
  dateNote?: string;
  /** The day and month a dateline gives where no year can be read for them, to find a known meeting by. */
  dayWithoutYear?: DayWithoutYear;
  recognised: string[];
}

interface DayWithoutYear {
  month: number;
  day: number;
}

/** A received paragraph (a blank-line block) as its lines, each trimmed and holding some text. */
type Block = string[];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/**
 * Indonesian, Malay, Filipino and French months where they are not the English ones or cut short like them (Agustus,
 * Ogos, Mac, Oktubre, août), French's with and without their accents, as typists write them.
 */
const MONTHS_IN_OTHER_LANGUAGES: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  maret: 3,
  mac: 3,
  mei: 5,
  juni: 6,
  juli: 7,
  julai: 7,
  agustus: 8,
  ogos: 8,
  oktober: 10,
  desember: 12,
  disember: 12,
  enero: 1,
  pebrero: 2,
  marso: 3,
  abril: 4,
  mayo: 5,
  hunyo: 6,
  hulyo: 7,
  agosto: 8,
  setyembre: 9,
  oktubre: 10,
  nobyembre: 11,
  disyembre: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
/**
 * A month's number from its name, whole or cut short as news style cuts it ("Aug.", "Sept."), or in Indonesian or
 * Malay ("2 Agustus 2021", "2 Ogos"), Filipino ("Oktubre 15, 2020") or French ("3 août 2021"); 0 if it is none.
 */
const monthNumber = (name: string): number =>
  name.length < 3
    ? 0
    : (MONTHS_IN_OTHER_LANGUAGES[name.toLowerCase()] ?? MONTHS.findIndex((month) => month.startsWith(name.toLowerCase())) + 1);
/**
 * A month's name: English's, and the other languages' where theirs differ (`MONTHS_IN_OTHER_LANGUAGES`), capitalised
 * or, as French writes them, in lower case.
 */
const MONTH_NAME = `(${[
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?',
  ...Object.keys(MONTHS_IN_OTHER_LANGUAGES).flatMap((name) => [name[0].toUpperCase() + name.slice(1), name]),
].join('|')})`;
/**
 * Patterns as whole words: in a script written with spaces, with no letter on either side (and `before` in front
 * where the text has it); in one written without spaces (Thai, Japanese, Khmer, Lao, Burmese), anywhere in a run of
 * letters, where a word has no edge to find.
 */
function wholeWords(patterns: readonly string[], before = ''): string {
  const spaced = patterns.filter((pattern) => !UNSPACED_LETTER.test(pattern));
  const unspaced = patterns.filter((pattern) => UNSPACED_LETTER.test(pattern));
  return [`(?<!${WORD_CHAR})${before}(?:${spaced.join('|')})(?!${WORD_CHAR})`, ...unspaced].join('|');
}
/**
 * A Vietnamese weekday by its number ("Thứ 2" is Monday) where the words before it make it a day: "thứ 2" is also
 * "second" ("lần thứ 2"), and "Thứ 2," opens a numbered point.
 */
const vietnameseNumberedDay = (number: number) =>
  `(?<=(?:[Hh]ôm|[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|vào) )[Tt]hứ ${number}`;
/** "Minggu" (Sunday) is also "week": not where it is the week before or after ("Minggu lalu", "minggu depan"). */
const INDONESIAN_SUNDAY = 'Minggu(?!\\s+(?:lalu|ini|depan|lepas|ke-?\\d))';
/**
 * Each weekday, Sunday first, as the archive's languages write it, as patterns: English (its name first),
 * Vietnamese ("thứ Hai": "thứ hai" in lower case is "second"), Indonesian and Malay (capitalised: "minggu" is also
 * "week"), Filipino (not its Sunday, "Linggo", which is also "week" whatever its case), French (in lower case,
 * as French writes them, or opening a sentence), Japanese, Thai, Khmer, Lao and Burmese.
 */
const WEEKDAY_PATTERNS: readonly (readonly [string, ...string[]])[] = [
  ['Sunday', '[Cc]hủ [Nn]hật', INDONESIAN_SUNDAY, 'Ahad', '[Dd]imanche', '日曜日', 'วันอาทิตย์', 'ថ្ងៃអាទិត្យ', 'ວັນອາທິດ', 'တနင်္ဂနွေနေ့'],
  [
    'Monday',
    '[Tt]hứ Hai',
    vietnameseNumberedDay(2),
    'Senin',
    'Isnin',
    'Lunes',
    '[Ll]undi',
    '月曜日',
    'วันจันทร์',
    'ថ្ងៃច័ន្ទ',
    'ວັນຈັນ',
    'တနင်္လာနေ့',
  ],
  [
    'Tuesday',
    '[Tt]hứ Ba',
    vietnameseNumberedDay(3),
    'Selasa',
    'Martes',
    '[Mm]ardi',
    '火曜日',
    'วันอังคาร',
    'ថ្ងៃអង្គារ',
    'ວັນອັງຄານ',
    'အင်္ဂါနေ့',
  ],
  [
    'Wednesday',
    '[Tt]hứ Tư',
    vietnameseNumberedDay(4),
    'Rabu',
    'Miyerkoles',
    '[Mm]ercredi',
    '水曜日',
    'วันพุธ',
    'ថ្ងៃពុធ',
    'ວັນພຸດ',
    'ဗုဒ္ဓဟူးနေ့',
  ],
  [
    'Thursday',
    '[Tt]hứ Năm',
    vietnameseNumberedDay(5),
    'Kamis',
    'Khamis',
    'Huwebes',
    '[Jj]eudi',
    '木曜日',
    'วันพฤหัสบดี',
    'ថ្ងៃព្រហស្បតិ៍',
    'ວັນພະຫັດ',
    'ကြာသပတေးနေ့',
  ],
  [
    'Friday',
    '[Tt]hứ Sáu',
    vietnameseNumberedDay(6),
    'Jumat',
    'Jumaat',
    'Biyernes',
    '[Vv]endredi',
    '金曜日',
    'วันศุกร์',
    'ថ្ងៃសុក្រ',
    'ວັນສຸກ',
    'သောကြာနေ့',
  ],
  [
    'Saturday',
    '[Tt]hứ Bảy',
    vietnameseNumberedDay(7),
    'Sabtu',
    'Sabado',
    '[Ss]amedi',
    '土曜日',
    'วันเสาร์',
    'ថ្ងៃសៅរ៍',
    'ວັນເສົາ',
    'စနေနေ့',
  ],
];
/**
 * A weekday named in a report's text, its number in the group `d0` (Sunday) to `d6`: in English with "on" or "last"
 * before it where the report has them ("on Monday", or as wire copy has it, "agreed Monday"); in the scripts written
 * without spaces between words, inside a run of letters.
 */
const WEEKDAY_IN_TEXT = new RegExp(
  WEEKDAY_PATTERNS.map((patterns, day) => `(?<d${day}>${wholeWords(patterns, '(?:(?:on|last)\\s+)?')})`).join('|'),
  'u',
);
/** The number of the weekday `WEEKDAY_IN_TEXT` found: the digit of its group's name. */
const weekdayFound = (match: RegExpExecArray) =>
  Number(
    Object.entries(match.groups ?? {})
      .find(([, found]) => found !== undefined)![0]
      .slice(1),
  );
/** Reiwa 1 is 2019. */
const REIWA_OFFSET = 2018;

/** Thai months, in full and cut short as Thai news writes them ("ก.ค."), in the order of the year. */
const THAI_MONTHS: readonly (readonly [string, string])[] = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];
const THAI_MONTH = `(${THAI_MONTHS.flat().map(escapeRegExp).join('|')})`;
const thaiMonthNumber = (name: string) => THAI_MONTHS.findIndex((forms) => forms.includes(name)) + 1;
/** Thai dates count years from the Buddhist Era (พ.ศ. 2567 is 2024); a year before 2400 is taken as given (ค.ศ.). */
const thaiYear = (year: number) => (year > 2400 ? year - 543 : year);

/** Each digit of the region's scripts (Thai, Lao, Khmer, Myanmar) runs from its zero. */
const NATIVE_DIGIT = /[\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049]/gu;
const NATIVE_ZEROS = [0x0e50, 0x0ed0, 0x17e0, 0x1040];

/**
 * A text with the digits of the region's scripts (๒๖, ໑໗, ១៧, ၁၇) as ASCII digits, one for one, so what is found in it
 * lies at the same place in the text as written. Burmese typists often write the letter ဝ for the digit ၀ (၂ဝ၂၃):
 * beside a digit it counts as one.
 */
function asciiDigits(text: string): string {
  return text.replace(/(?<=[\u1040-\u1049])\u101D|\u101D(?=[\u1040-\u1049])/gu, '\u1040').replace(NATIVE_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code - NATIVE_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

/** A month's names, as a regular expression's alternatives (NFKC, as the text is read), and its number from a match. */
function monthNames(months: readonly (readonly string[])[]): { pattern: string; number: (name: string) => number } {
  const normal = months.map((names) => names.map((name) => name.normalize('NFKC')));
  return {
    pattern: `(${normal.flat().map(escapeRegExp).join('|')})`,
    number: (name) => normal.findIndex((names) => names.includes(name)) + 1,
  };
}

/** Khmer's months, as Cambodian news names them after ខែ ("month"). */
const KHMER_MONTHS = monthNames(
  ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'].map((name) => [name]),
);
/** Lao's months, as KPL names them (ມັງກອນ January … ທັນວາ December), after ເດືອນ ("month") or not. */
const LAO_MONTHS = monthNames(
  ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'].map((name) => [name]),
);
/** The months Burmese writes as the English ones sound (ဒီဇင်ဘာ December), August in both its spellings. */
const MYANMAR_MONTHS = monthNames([
  ['ဇန်နဝါရီ'],
  ['ဖေဖော်ဝါရီ'],
  ['မတ်'],
  ['ဧပြီ'],
  ['မေ'],
  ['ဇွန်'],
  ['ဇူလိုင်'],
  ['ဩဂုတ်', 'ဪဂုတ်'],
  ['စက်တင်ဘာ'],
  ['အောက်တိုဘာ'],
  ['နိုဝင်ဘာ'],
  ['ဒီဇင်ဘာ'],
]);

/**
 * A year as Cambodian and Lao news gives it: the common era's. Their Buddhist-Era years (a year after 2400) turn at
 * the April or May new year, so a day and month give no one year of ours: such a date is left to the editor.
 */
const commonEraYear = (year: number) => (year > 2400 ? Number.NaN : year);

type ReadDate = (match: RegExpExecArray) => [year: number | undefined, month: number, day: number];

/**
 * Khmer, Lao and Burmese dates as their news writes them, read on `asciiDigits`: "ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៣",
 * "ວັນທີ 17 ທັນວາ 2023", "၂၀၂၃ ခုနှစ် ဒီဇင်ဘာ ၁၇ ရက်"; where the year may be left out, also "ថ្ងៃទី១៧ ខែធ្នូ" and
 * "ဒီဇင်ဘာ ၁၇".
 */
function regionalDates(year: 'given' | 'optional', flags: string): { pattern: RegExp; read: ReadDate }[] {
  const optional = year === 'optional' ? '?' : '';
  const yearOf = (value: string | undefined, read: (year: number) => number) => (value ? read(+value) : undefined);
  const myanmarYear = '(?<!\\d)(\\d{4}) ?ခုနှစ်[၊,]? ?';
  return [
    {
      pattern: new RegExp(
        `(?:(?:ថ្ងៃ)?ទី ?)?(?<!\\d)(\\d{1,2}) ?(?:ខែ ?)?${KHMER_MONTHS.pattern}(?: ?(?:ឆ្នាំ ?)?(\\d{4})(?!\\d))${optional}`,
        flags,
      ),
      read: (m) => [yearOf(m[3], commonEraYear), KHMER_MONTHS.number(m[2]), +m[1]],
    },
    {
      pattern: new RegExp(
        `(?:(?:ວັນ)?ທີ ?)?(?<!\\d)(\\d{1,2}) ?(?:ເດືອນ ?)?${LAO_MONTHS.pattern}(?:,? ?(?:ປີ ?)?(?:ຄ\\.ສ\\. ?)?(\\d{4})(?!\\d))${optional}`,
        flags,
      ),
      read: (m) => [yearOf(m[3], commonEraYear), LAO_MONTHS.number(m[2]), +m[1]],
    },
    {
      // Without its year, a month's name must start a word: Burmese writes words without spaces, and May (မေ) is short.
      pattern: new RegExp(
        `(?:${myanmarYear}${year === 'optional' ? '|(?<![\\p{L}\\p{M}])' : ''})${MYANMAR_MONTHS.pattern}(?:လ)? ?(\\d{1,2})(?!\\d)(?: ?ရက်(?:နေ့)?)?`,
        flags,
      ),
      read: (m) => [yearOf(m[1], (y) => y), MYANMAR_MONTHS.number(m[2]), +m[3]],
    },
  ];
}

interface FoundDate {
  iso: string;
  /** The date as written, to tell a bare date line from a sentence with a date in it. */
  text: string;
}

const isoOf = (year: number, month: number, day: number): string | undefined => {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A date that does not exist (31/02) reads back as another day; a month that is none (0) as no date.
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
};

/** Each way a date is written, with how to read year, month and day from its match. */
const DATE_FORMS: { pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
  // "15th October 2020", "26 July 2024", "3 Aug. 2021", "1er août 2021"
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+${MONTH_NAME}\\.?\\s+(\\d{4})\\b`),
    read: (m) => [+m[3], monthNumber(m[2]), +m[1]],
  },
  // "July 26, 2024", "Aug. 3, 2021"
  {
    pattern: /\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})\b/,
    read: (m) => [+m[3], monthNumber(m[1]), +m[2]],
  },
  // Year first, as Japanese and Chinese pages write it: "2023/12/17".
  { pattern: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, read: (m) => [+m[1], +m[2], +m[3]] },
  // Day first, as Vietnamese and European pages write it: "26/07/2024", "26/7/2024", "26.07.2024".
  { pattern: /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/, read: (m) => [+m[4], +m[3], +m[1]] },
  // "26 tháng 7 năm 2024"
  { pattern: /(?<!\d)(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})(?!\d)/iu, read: (m) => [+m[3], +m[2], +m[1]] },
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/, read: (m) => [+m[1], +m[2], +m[3]] },
  {
    pattern: /令和(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日/,
    read: (m) => [REIWA_OFFSET + (m[1] === '元' ? 1 : +m[1]), +m[2], +m[3]],
  },
  // "26 ก.ค. 2567", "26 กรกฎาคม พ.ศ. 2567", and the Buddhist Era's year cut to two digits, "26 ก.ค. 67", as Thai news
  // sites date their pages (not a time's hour: "26 ก.ค. 19:30").
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2}) ?${THAI_MONTH} ?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.) ?)?(\\d{4}|\\d{2}(?![\\d:.]))(?!\\d)`, 'u'),
    read: (m) => [m[3].length === 2 ? thaiYear(2500 + +m[3]) : thaiYear(+m[3]), thaiMonthNumber(m[2]), +m[1]],
  },
  ...regionalDates('given', 'u').map(({ pattern, read }) => ({
    pattern,
    read: (m: RegExpExecArray): [number, number, number] => {
      const [year, month, day] = read(m);
      return [year ?? Number.NaN, month, day];
    },
  })),
];

/**
 * The first date written in a text, in any of the forms above, and where it is. Full-width digits count (NFKC), and
 * so do the digits of the region's scripts (`asciiDigits`); `text` is the date as written.
 */
function dateIn(text: string): (FoundDate & { at: number }) | undefined {
  const normal = text.normalize('NFKC');
  const digits = asciiDigits(normal);
  const found = DATE_FORMS.map(({ pattern, read }) => {
    const match = pattern.exec(digits);
    const iso = match ? isoOf(...read(match)) : undefined;
    return match && iso ? { iso, text: normal.slice(match.index, match.index + match[0].length), at: match.index } : undefined;
  }).filter((date) => date !== undefined);
  return found.sort((a, b) => a.at - b.at)[0];
}

/** What may stand beside a date on a line that is only a date: weekday, "Ngày", time, time zone, punctuation. */
const DATE_LINE_EXTRAS = new RegExp(
  [
    // A weekday in any of the archive's languages (a Vietnamese one by its number too), and English's short ones.
    `(?:${WEEKDAY_PATTERNS.flat().join('|')})\\.?`,
    'Thứ [2-7]',
    '\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b\\.?',
    // Thai's "day" or "the" before a day's number ("วันที่ 26", "วันศุกร์ที่ 26"), and "น." after the time (นาฬิกา, o'clock).
    '(?:วัน|(?<=\\p{scx=Thai}))ที่',
    '(?<=\\d ?)น\\.',
    // Indonesia's and Malaysia's time zones; Vietnamese "Ngày" (day); Khmer, Lao and Burmese words for the hour.
    '\\b(?:WIB|WITA|WIT|MYT)\\b',
    'Ngày',
    'ម៉ោង|ເວລາ|ໂມງ|နာရီ',
    '[၊။]',
    '[(（][月火水木金土日][)）]',
    // French "à" (at) before the time, which it writes "09:12" or "09h12".
    '(?<![\\p{L}])à(?=\\s*\\d)',
    '\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?',
    // Japanese "18時42分"; a news site's name before the date ("Kompas.com - 17/12/2023").
    '\\d{1,2}時(?:\\d{1,2}分)?',
    '^\\p{L}[\\p{L}\\d-]*\\.(?:com|net|org)(?:\\.[a-z]{2})?',
    '\\b(?:GMT|UTC|JST|ICT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\b',
    // When the page was updated, after the date it was published ("July 26, 2024 5:41 PM GMT+7 Updated July 26, 2024").
    '\\bUpdated\\b.*$',
    '[\\s,|()（）:–—-]',
  ].join('|'),
  'giu',
);

/** The date of a line that is nothing but a date ("July 26, 2024", "Thứ Sáu, 26/07/2024 14:35", "令和6年7月26日"). */
function bareDate(line: string): string | undefined {
  const date = dateIn(line);
  if (!date) return undefined;
  const digits = asciiDigits(line.normalize('NFKC'));
  const rest = (digits.slice(0, date.at) + digits.slice(date.at + date.text.length)).replace(DATE_LINE_EXTRAS, '');
  return rest === '' ? date.iso : undefined;
}

/** A part of a place's name, as written: its words capitalised ("Hà Nội", "TP. Hồ Chí Minh", "Lao PDR"). */
const PLACE_PART = /^\p{Lu}[\p{L}\p{M}]*\.?(?: \p{Lu}[\p{L}\p{M}]*\.?)*$/u;

/**
 * The place and date of a place-and-date line, as official releases and documents head themselves: "Hà Nội, ngày 3
 * tháng 8 năm 2021", "Hà Nội, ngày 3/8/2021", "Vientiane, Lao PDR, 26 July 2024", "Tokyo, July 26, 2024": a place of
 * one or more parts, each after a comma, and a date for the rest of the line. The place is read from the line as
 * written (composed or not), as the frame must hold it.
 */
function placeDated(line: string): { place: string; date: string } | undefined {
  const parts = line.split(', ');
  for (let count = 1; count < parts.length && PLACE_PART.test(parts[count - 1]); count++) {
    const date = bareDate(parts.slice(count).join(', '));
    if (date) return { place: parts.slice(0, count).join(', '), date };
  }
  return undefined;
}

const DATE_STAMP =
  /^(?:last updated|updated|published|posted|cập nhật|đăng(?: lúc| ngày)?|publié|mis à jour|更新|公開|发布|發佈)(?:时间|時間)?(?![\p{L}])/iu;

/**
 * The date of a line saying when the page was published or updated ("Updated: August 4, 2021 - 09:30", "Publié le
 * 03/08/2021 à 09:12"), its words composed as the pattern writes them.
 */
function stampedDate(line: string): string | undefined {
  return DATE_STAMP.test(line.normalize('NFC')) ? dateIn(line)?.iso : undefined;
}

/** Blank-line separated blocks, as trimmed lines; lines of spaces alone are no text (and a block of them no paragraph). */
function receivedBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((block) => block.length > 0);
}

const NUMBERED = /^(\d{1,3})[.)]\s/;
const DATE_LINE = /^(date (\d{4}-\d{2}-\d{2}))(?:\s+(.*))?$/s;
const PHOTO_CREDIT = /\s(\S+ Photo)$/;
// "By", and Filipino's "Ni" and Indonesian's and Malay's "Oleh" before a name; Khmer's, Lao's and Thai's with a colon.
const BYLINE = /\bpost(?:ed)? by\b|^(?:By|Ni|Oleh)\s|^(?:ដោយ|ໂດຍ|โดย)\s*[:៖]/iu;
// A ministry's release may be titled at length ("MFA Press Release: Minister for Foreign Affairs Dr … at the ASEAN
// Post Ministerial Conference with Japan, 26 July 2024"); a line of text that long ends in a full stop.
const TITLE_MAX_WORDS = 30;

/** Agencies and publishers that sign reports or put their name in a dateline, besides any all-caps name. */
const AGENCIES = [
  'TTXVN',
  'VNA',
  'VNS',
  'VOV',
  'MOFA',
  'Kyodo',
  'Jiji',
  'NHK',
  'Bernama',
  'Antara',
  'Xinhua',
  'Reuters',
  'AFP',
  'AP',
  'PNA',
  'KPL',
  'AKP',
  // Thai News Agency (MCOT) signs "-สำนักข่าวไทย"; KPL and AKP name themselves in Lao and Khmer too.
  'สำนักข่าวไทย',
  'ຂປລ',
  'អ.ក.ព',
];
const KNOWN_AGENCY = `(?:${AGENCIES.map(escapeRegExp).join('|')})`;
/** One agency's name: a known one, or any name in capitals ("CVN", "TG&VN"). */
const AGENCY_NAME = `(?:${KNOWN_AGENCY}|\\p{Lu}[\\p{Lu}&]+)`;
/** An agency's name, or several joined by "/" ("VNA/CVN"). */
const AGENCY = `(?:${AGENCY_NAME}(?:/${AGENCY_NAME})*)`;
// "==Kyodo" closes Kyodo's wire copy.
const DASH = '(?:—|–|--|-|==)';
const CAPS_PLACE = "\\p{Lu}\\p{M}*(?:[\\p{Lu}\\p{M} .'’]|-(?=\\p{Lu}))*\\p{Lu}\\p{M}*";
// Its words joined by spaces or hyphens: "Phnom Penh", "Hô Chi Minh-Ville".
const NAMED_PLACE = '\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ -]\\p{Lu}[\\p{Ll}\\p{M}]+)*';
/** A news site named by its address in a dateline, as Indonesian sites write it: "KOMPAS.com", "Tempo.co", "detik.com". */
const NEWS_SITE = '[\\p{L}\\d-]+\\.(?:com|co|id|net|org|vn|my|ph|sg|th|jp)(?:\\.[a-z]{2})?';
/**
 * "HÀ NỘI —", "VIÊNG CHĂN -", "VIENTIANE (Kyodo) --", "TOKYO, July 26 (Kyodo) -", "(TG&VN) -", "Vientiane (VNA) -",
 * "KUALA LUMPUR, 3 Ogos 2021 (Bernama) --", "Hanoï (VNA) -", "Phnom Penh, le 3 août 2021 (AKP) –", "TOKYO,
 * KOMPAS.com -". A place in ordinary capitals counts only with an agency after it, or any sentence's first word would.
 */
const DATELINE = new RegExp(
  `^(?:(?<caps>${CAPS_PLACE})|(?<named>${NAMED_PLACE})(?=(?:,[^()]*)? \\())?(?:, (?:[A-Z][a-z]+\\.? \\d{1,2}(?:, \\d{4})?|(?:le )?\\d{1,2}(?:er)? (?:[A-Z][a-z]+|${MONTH_NAME})(?: \\d{4})?))?\\s*(?:\\((?<agency>${AGENCY})\\)\\s*|, (?<site>${NEWS_SITE})\\s+)?${DASH}(?=\\s)`,
  'u',
);
/** "เวียงจันทน์ 26 ก.ค.-": Thai news opens with the place and the day, no capitals to tell a place by. */
const THAI_DATELINE = new RegExp(`^(?<place>\\p{Script=Thai}+) \\d{1,2} ?${THAI_MONTH} ?${DASH}(?=\\s)`, 'u');
/**
 * Khmer and Lao datelines: the place, its day (and year), the agency in brackets where it gives one, a dash
 * ("ភ្នំពេញ ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៣ (AKP)–", "ວຽງຈັນ, ວັນທີ 17 ທັນວາ 2023 (ຂປລ) -"); Burmese agency copy gives the
 * place and day alone ("နေပြည်တော် ဒီဇင်ဘာ ၁၇"). Read on `asciiDigits`.
 */
const REGIONAL_DATELINES = regionalDates('optional', 'u').map(({ pattern }, index) => {
  const [script, end] = [
    ['Khmer', DASH],
    ['Lao', DASH],
    ['Myanmar', `${DASH}|၊|(?=\\s|$)`],
  ][index]!;
  return new RegExp(
    `^(?<place>\\p{Script=${script}}+)[,၊]? ${pattern.source} ?(?:\\((?<agency>${AGENCY})\\) ?)?(?:${end})(?=\\s|\\p{L}|$)`,
    'u',
  );
});

/**
 * Chinese agencies by the short name their datelines give (新华社), with their full names in Chinese, the language the
 * publisher's name is proposed in, and in English for the editor.
 */
const CHINESE_AGENCIES: Readonly<Record<string, { name: string; english: string }>> = {
  新华社: { name: '新华通讯社', english: 'Xinhua News Agency' },
  中新社: { name: '中国新闻社', english: 'China News Service' },
};
/**
 * The Chinese wire dateline "新华社河内8月2日电（记者 陈家宝）": the agency, the place, month and day, 电 ("cable"),
 * and the reporters in brackets where it names them.
 */
const CHINESE_DATELINE = new RegExp(
  `^(?<agency>${Object.keys(CHINESE_AGENCIES).join('|')})(?<place>\\p{scx=Han}+?)\\d{1,2}月\\d{1,2}日电(?:[（(][^）)]*[）)])?`,
  'u',
);

/**
 * "TOKYO:", "VIENTIANE:": the colon dateline of Malaysian, Singaporean and Thai papers in English, read on the first
 * line of the text only (in the head, "WRITER:" is no place). Not a word a page puts before a colon for itself.
 */
const COLON_DATELINE = new RegExp(`^(?<caps>${CAPS_PLACE}):(?=\\s)`, 'u');
const NO_PLACE = new Set([
  'NOTE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'UPDATE',
  'UPDATED',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'WATCH',
  'READ',
  'ALSO READ',
  'CORRECTION',
  'BREAKING',
]);

/** The dateline of a line in a script written without capitals: Thai, Khmer, Lao, Burmese or Chinese (`asciiDigits` first). */
function unspacedDateline(line: string): RegExpExecArray | null {
  const digits = asciiDigits(line);
  for (const pattern of [THAI_DATELINE, ...REGIONAL_DATELINES, CHINESE_DATELINE]) {
    const match = pattern.exec(digits);
    if (match) return match;
  }
  return null;
}
/**
 * The dateline a line opens with: not where the "place" before the dash is an abbreviation the glossary knows ("ASEAN
 * - Japan ties…", "ASEAN - Japon : …").
 */
function datelineOf(line: string, abbreviations: ReadonlySet<string>): RegExpExecArray | null {
  const match = DATELINE.exec(line) ?? unspacedDateline(line);
  const caps = match?.groups!.caps;
  return caps && abbreviations.has(caps) ? null : match;
}
/** The colon dateline a text's first line opens with (`COLON_DATELINE`): not an abbreviation, nor a page's own word. */
function colonDatelineOf(line: string, abbreviations: ReadonlySet<string>): RegExpExecArray | null {
  const match = COLON_DATELINE.exec(line);
  const caps = match?.groups!.caps;
  return caps && !abbreviations.has(caps) && !NO_PLACE.has(caps) ? match : null;
}
/** "Source: KPL" alone on the text's last line, in the languages of the region ("Nguồn: TTXVN", "ແຫຼ່ງຂ່າວ: ຂປລ"). */
const SOURCE_SIGN_OFF = new RegExp(`^((?:source|nguồn|sumber|ที่มา|ແຫຼ່ງຂ່າວ|ប្រភព)\\s*[:：៖]\\s*(${AGENCY}))$`, 'iu');
/** "— VNS", "- TTXVN" closing the text (on its own line too) and "(VNA)", "(Kyodo)" after its last sentence. */
const DASH_SIGN_OFF = new RegExp(`(?:^|\\s)(${DASH}\\s*(${AGENCY}))$`, 'u');
const PAREN_SIGN_OFF = new RegExp(`(?:^|(?<=[.!?"”’]\\s*))(\\((${AGENCY})\\))$`, 'u');
/**
 * "VNA/CVN", "AKP/CVN": agencies joined by "/" on the text's last line, alone, as Le Courrier du Vietnam signs the
 * agencies' copy it runs. One name alone there may be the text's own last word, so it takes two, the first a known
 * agency's: "AMM/PMC" is two abbreviations of the text.
 */
const SLASH_SIGN_OFF = new RegExp(`^((${KNOWN_AGENCY}(?:/${AGENCY_NAME})+))$`, 'u');

/** A line that reads as a title: short, not a sentence, not a list item or the start of a paragraph's text. */
function isTitleLike(line: string, abbreviations: ReadonlySet<string>): boolean {
  return (
    wordCount(line) <= TITLE_MAX_WORDS &&
    !/[.!?:;,]["'’”]?$/.test(line) &&
    !RECEIVED_BULLET.test(line) &&
    !NUMBERED.test(line) &&
    !datelineOf(line, abbreviations)
  );
}

type HeadLine =
  | { kind: 'date-caption'; date: string; dateText: string; caption?: string }
  | { kind: 'place-date'; date: string; place: string }
  | { kind: 'stamp' | 'byline' | 'date'; date?: string }
  | { kind: 'section' | 'page-title' | 'title' | 'other' };

/**
 * What a line at the head of the text is, if it is part of the frame. After the title only date lines and bylines
 * are: a short line there is more likely the text's own (a short first paragraph).
 */
function headLine(line: string, titled: boolean, abbreviations: ReadonlySet<string>): HeadLine | undefined {
  const dated = DATE_LINE.exec(line);
  if (dated) return { kind: 'date-caption', dateText: dated[1], date: dated[2], caption: dated[3]?.trim() || undefined };
  const stamped = stampedDate(line);
  if (stamped) return { kind: 'stamp', date: stamped };
  if (BYLINE.test(line) && isTitleLike(line, abbreviations)) return { kind: 'byline', date: dateIn(line)?.iso };
  const bare = bareDate(line);
  if (bare) return { kind: 'date', date: bare };
  const placeDate = placeDated(line);
  if (placeDate) return { kind: 'place-date', ...placeDate };
  if (titled || !isTitleLike(line, abbreviations)) return undefined;
  if (line.startsWith('/')) return { kind: 'section' };
  return { kind: line.includes('|') ? 'page-title' : 'title' };
}

const isTitleKind = (head: HeadLine) => head.kind === 'title' || head.kind === 'section' || head.kind === 'page-title';

/**
 * How many of a block's first lines are frame. A whole block of frame lines is frame; where the text goes on in the
 * same block, a title-like line just before it is taken for the text's first line (a hard-wrapped paragraph's),
 * unless the text's line is a new sentence, much wider than it: a headline over the lead, as a news page sets them
 * ("Thứ sáu, 26/7/2024…", its headline, its lead in one block). A wrapped paragraph's first line is as wide as the
 * lines after it but the last, and the line after it goes on with its sentence.
 */
function headLength(block: Block, heads: (HeadLine | undefined)[]): number {
  let length = heads.findIndex((head) => head === undefined);
  if (length < 0) return heads.length;
  const wrapped = (line: string, next: string) => /^\p{Ll}/u.test(next) || next.length <= line.length * 1.25;
  while (length > 0 && isTitleKind(heads[length - 1]!) && wrapped(block[length - 1], block[length])) length--;
  return length;
}

/** Puts a head line into the frame: its piece, and the field it proposes. */
function addHeadLine(frame: Frame, line: string, head: HeadLine): void {
  switch (head.kind) {
    case 'date-caption': {
      frame.pieces.push(head.dateText);
      frame.date ??= head.date;
      frame.recognised.push(`"${head.dateText}" line → publication date ${head.date}`);
      if (!head.caption) return;
      frame.pieces.push(head.caption);
      const credit = PHOTO_CREDIT.exec(head.caption);
      frame.caption = credit ? head.caption.slice(0, credit.index).trim() : head.caption;
      frame.credit = credit?.[1];
      frame.recognised.push(`photo caption${credit ? ' and credit' : ''} after it`);
      return;
    }
    case 'stamp':
    case 'date':
      frame.pieces.push(line);
      frame.date ??= head.date;
      frame.recognised.push(
        `${head.kind === 'stamp' ? 'stamped date line' : 'date line'} "${line}" → publication date ${head.date}`,
      );
      return;
    case 'place-date':
      frame.pieces.push(line);
      frame.date ??= head.date;
      frame.dateline ??= head.place;
      frame.recognised.push(`place and date line "${line}" → publication date ${head.date}, dateline "${head.place}"`);
      return;
    case 'byline':
      frame.pieces.push(line);
      frame.byline = line;
      frame.date ??= head.date;
      frame.recognised.push(`byline "${line}"${head.date ? ` → publication date ${head.date}` : ''}`);
      return;
    case 'section':
      frame.pieces.push(line);
      frame.section = line.replace(/^\/\s*/, '');
      frame.recognised.push(`section line "${line}"`);
      return;
    case 'page-title':
      frame.pieces.push(line);
      frame.recognised.push(`page title line "${line}"`);
      return;
    case 'title':
      frame.pieces.push(line);
      frame.headline = line;
      frame.recognised.push(`title line → headline "${line}"`);
      return;
    case 'other':
      frame.pieces.push(line);
      frame.recognised.push(`line "${line}" kept in the frame`);
  }
}

/**
 * A title that names the kind of document it heads, "MFA Press Release: …", "Press Statement: …": the headline, whatever
 * section line ("Press Statements, Transcripts & Photos") stands above it.
 */
const DOCUMENT_TITLE = /^(?:\p{Lu}{2,6} )?(?:press|media) (?:release|statement)s?:\s+\S/iu;

/**
 * A head block of several short lines, none a sentence, where lines no pattern knows stand among known ones: a kicker
 * above the headline ("Nation"), a deck under it, a time ("7:00 AM MYT"), a byline without "By". It is all frame
 * when text follows it: read line by line, it would go into the body whole, the headline with it. Its headline is
 * its first title-like line, or the first of three words or more where a word or two (a kicker) stands before it;
 * what stands before the headline is its section, what follows it and no pattern knows is kept in the frame.
 */
function frameBlockHeads(block: Block, heads: (HeadLine | undefined)[], titled: boolean): HeadLine[] {
  const open = block.map((_, at) => heads[at] === undefined || isTitleKind(heads[at]));
  const first = open.indexOf(true);
  const longer = block.findIndex((line, at) => open[at] && wordCount(line) >= 3);
  const named = block.findIndex((line, at) => open[at] && DOCUMENT_TITLE.test(line));
  const headline = titled ? -1 : named >= 0 ? named : wordCount(block[first]) < 3 && longer > first ? longer : first;
  return block.map((_, at) => {
    if (!open[at]) return heads[at]!;
    if (at === headline) return { kind: 'title' };
    if (!titled && at < headline) return { kind: 'section' };
    return heads[at]?.kind === 'page-title' ? heads[at] : { kind: 'other' };
  });
}

/** Reads the head of the text line by line into the frame; returns the blocks of text after it. */
function readHead(blocks: readonly Block[], frame: Frame, abbreviations: ReadonlySet<string>): Block[] {
  for (const [index, block] of blocks.entries()) {
    const titledBefore = frame.headline !== undefined;
    let titled = titledBefore;
    const heads = block.map((line) => {
      const head = headLine(line, titled, abbreviations);
      titled ||= head?.kind === 'title';
      return head;
    });
    const frameBlock =
      index + 1 < blocks.length &&
      block.length > 1 &&
      heads.includes(undefined) &&
      block.every((line, at) => heads[at] !== undefined || isTitleLike(line, abbreviations));
    if (frameBlock) {
      frameBlockHeads(block, heads, titledBefore).forEach((head, at) => addHeadLine(frame, block[at], head));
      continue;
    }
    const length = headLength(block, heads);
    block.slice(0, length).forEach((line, at) => addHeadLine(frame, line, heads[at]!));
    if (length < block.length) return [block.slice(length), ...blocks.slice(index + 1)];
  }
  return [];
}

/** The years a text names: 1900 to 2099 as four digits standing alone (full-width and the region's digits too). */
function yearsNamed(text: string): number[] {
  const years = asciiDigits(text.normalize('NFKC')).match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  return [...new Set(years.map(Number))].sort((a, b) => a - b);
}

/** The first day a text states without its year ("July 30", "26 ก.ค."), read as the body's stated days are. */
function dayWithoutYear(text: string): { month: number; day: number; text: string } | undefined {
  const normal = text.normalize('NFKC');
  const digits = asciiDigits(normal);
  for (const { pattern, read } of STATED_DAYS) {
    const match = [...digits.matchAll(pattern)][0];
    if (!match) continue;
    const [, month, day] = read(match);
    // A dateline's day needs its month: a day alone ("17日") dates nothing without the publication's.
    if (month !== undefined && month > 0)
      return { month, day, text: normal.slice(match.index, match.index + match[0].length).trim() };
  }
  return undefined;
}

const monthTitle = (month: number) => MONTHS[month - 1][0].toUpperCase() + MONTHS[month - 1].slice(1);

/**
 * The publication date a dateline gives. Agency copy may date itself, year included ("KUALA LUMPUR, 3 Ogos 2021
 * (Bernama) --", "ភ្នំពេញ ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៣ (AKP)–"). Wire copy often gives the day alone ("BANGKOK, July 30
 * (Reuters) -"): its year is taken only from a text that names that one year and no other, never guessed, and the
 * editor is told to check it; else the date is left to the editor, told what the dateline gives.
 */
function readDatelineDate(piece: string, frame: Frame, years: readonly number[]): void {
  const dated = dateIn(piece);
  if (dated) {
    frame.date = dated.iso;
    frame.recognised.push(`the dateline's date "${dated.text}" → publication date ${dated.iso}`);
    return;
  }
  const day = dayWithoutYear(piece);
  if (!day) return;
  const given = `the dateline gives ${day.day} ${monthTitle(day.month)} but no year`;
  const [year] = years;
  const iso = years.length === 1 ? isoOf(year, day.month, day.day) : undefined;
  if (iso) {
    frame.date = iso;
    frame.dateNote = `${given}; the year is ${year}, the one year the text names: check it`;
    frame.recognised.push(
      `the dateline's day "${day.text}" → publication date ${iso}, in ${year}, the one year the text names (check the year)`,
    );
    return;
  }
  const named =
    years.length === 0
      ? 'no year'
      : years.length === 1
        ? `only ${year}, which has no such day`
        : `several years: ${years.join(', ')}`;
  frame.dateNote = `${given}, and the text names ${named}`;
  frame.dayWithoutYear = { month: day.month, day: day.day };
  frame.recognised.push(frame.dateNote);
}

/** Takes the dateline (`datelineOf`, `colonDatelineOf`) off the first paragraph's first line. */
function readDateline(body: Block[], frame: Frame, abbreviations: ReadonlySet<string>, years: readonly number[]): void {
  const first = body[0]?.[0];
  const match = first === undefined ? null : (datelineOf(first, abbreviations) ?? colonDatelineOf(first, abbreviations));
  if (!match) return;
  const { caps, named, place: unspacedPlace } = match.groups!;
  const agency = match.groups!.agency ?? match.groups!.site;
  const place = caps ?? named ?? unspacedPlace;
  if (!place && !agency) return;
  // The dateline as written: an unspaced script's was matched with its digits as ASCII, one for one.
  const piece = first!.slice(0, match[0].length).trim();
  frame.pieces.push(piece);
  frame.dateline = place;
  frame.datelineAgency = agency;
  frame.recognised.push(`dateline "${piece}"${place ? ` → publication dateline "${place}"` : ''}`);
  if (!frame.date) readDatelineDate(piece, frame, years);
  const rest = first!.slice(match[0].length).trim();
  body[0] = rest === '' ? body[0].slice(1) : [rest, ...body[0].slice(1)];
  if (body[0].length === 0) body.shift();
}

/**
 * Takes the sign-off off the last line of the text (above a publisher's correction, if one closes the text). Its
 * piece must occur once in what the pieces before it leave: the check takes a piece that is no whole line out where
 * it first opens or closes a line.
 */
function readSignOff(body: Block[], frame: Frame, sourceText: string): void {
  // A correction the publisher added under its copy ("CORRECTION: An earlier version…") stays in the body, after
  // the paragraph the sign-off closes.
  const corrected = body.length > 1 && CORRECTION.test(body.at(-1)![0]);
  const at = body.length - (corrected ? 2 : 1);
  const last = body[at]?.at(-1);
  const match =
    last === undefined
      ? null
      : (DASH_SIGN_OFF.exec(last) ?? PAREN_SIGN_OFF.exec(last) ?? SLASH_SIGN_OFF.exec(last) ?? SOURCE_SIGN_OFF.exec(last));
  if (!match) return;
  const [piece, agency] = [match[1], match[2]];
  const rest = withoutFrame(sourceText, frame.pieces);
  if (rest.indexOf(piece) !== rest.lastIndexOf(piece)) return;
  frame.pieces.push(piece);
  frame.signature = agency;
  frame.recognised.push(
    `sign-off "${piece}" → publication signature "${agency}"${corrected ? ' (the correction after it kept in the text)' : ''}`,
  );
  const block = body[at];
  const kept = last!.slice(0, last!.length - piece.length).trim();
  body[at] = kept === '' ? block.slice(0, -1) : [...block.slice(0, -1), kept];
  if (body[at].length === 0) body.splice(at, 1);
}

/** A publisher's correction or note under its copy, in the region's languages: "CORRECTION:", "Đính chính:", "訂正：". */
const CORRECTION = /^(?:correction|clarification|editor['’]s note|đính chính|ralat|koreksi|pembetulan|訂正|แก้ไข)\s*[:：]/iu;

/**
 * A writer's name alone closing the text, as Vietnamese outlets sign their reports: "Vũ Anh", "Thu Hằng/VOV". Two to
 * four words, each opening with a capital, no digits and no closing punctuation: no sentence of the report.
 */
const NAME_SIGN_OFF = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;
const NAME_SIGN_OFF_MAX_LENGTH = 40;

/**
 * The text's last paragraph where it is a line alone and not the text's only paragraph: where a sign-off, credits or
 * a closing rule stand apart from the report's words.
 */
function closingLine(body: readonly Block[]): string | undefined {
  const last = body.at(-1);
  return body.length > 1 && last?.length === 1 ? last[0] : undefined;
}

/** The writer's name closing the text, a paragraph of its own, to the frame, proposed as the byline if none was read. */
function readNameSignOff(body: Block[], frame: Frame, sourceText: string): void {
  const line = closingLine(body);
  if (line === undefined || line.length > NAME_SIGN_OFF_MAX_LENGTH || !NAME_SIGN_OFF.test(line.normalize('NFC'))) return;
  const rest = withoutFrame(sourceText, frame.pieces);
  if (rest.indexOf(line) !== rest.lastIndexOf(line)) return;
  body.pop();
  frame.pieces.push(line);
  if (frame.byline === undefined) {
    frame.byline = line;
    frame.recognised.push(`writer's name "${line}" closing the text → byline`);
  } else frame.recognised.push(`writer's name "${line}" closing the text kept in the frame`);
}

/** A link to another page the publisher sets among the paragraphs: "Baca juga: …", "Read more: …", "Xem thêm: …". */
const RELATED_LINK =
  /^(?:baca juga|read also|also read|read more|see also|xem thêm|đọc thêm|lire aussi|voir aussi|อ่านข่าวเพิ่ม|อ่านเพิ่มเติม|関連記事)\s*[:：]/iu;

/** A rule closing the text: a line of stars, dots or dashes alone ("* * *", ".     .     .", "---"). */
const CLOSING_RULE = /^(?:[*.\-–—#=~•]\s*){3,}$/u;
/** A rule of dots, with which a ministry's release ends, the ministry's name, the date and annexes after it. */
const DOTTED_RULE = /^(?:\.\s*){3,}$/u;

/**
 * A rule that closes the text goes to the frame: the last paragraph when it is a rule alone, and a rule of dots
 * with all that follows it (a ministry's name and the date, an annex, its links). A rule between paragraphs of text
 * is a break within it ("* * *"), and stays.
 */
function readClosingRule(body: Block[], frame: Frame): Block[] {
  const dotted = body.findIndex((block, index) => index > 0 && block.length === 1 && DOTTED_RULE.test(block[0]));
  const last = closingLine(body);
  const end = dotted > 0 ? dotted : last !== undefined && CLOSING_RULE.test(last) ? body.length - 1 : -1;
  if (end < 0) return body;
  const closing = body.slice(end).flat();
  frame.pieces.push(...closing);
  frame.recognised.push(
    closing.length === 1
      ? `closing rule "${closing[0]}" kept in the frame`
      : `closing rule "${closing[0]}" and the ${closing.length - 1} lines after it kept in the frame`,
  );
  return body.slice(0, end);
}

/**
 * Takes the publisher's links to other pages out of the text into the frame: "Read more: …" on one line, "Read more:"
 * with its links on the lines under it, or "Read more:" alone with its links as paragraphs of their own just before the
 * page's list of tags (Thai PBS). Without the tags after them such paragraphs may be the report's own: Thai has no
 * full stop to tell a link's title from a short paragraph.
 */
function readRelatedLinks(body: Block[], frame: Frame): Block[] {
  const isLink = (line: string) => !/[.!?。]$/u.test(line);
  const kept: Block[] = [];
  for (let index = 0; index < body.length; index++) {
    const block = body[index];
    const [line, ...links] = block;
    const heading = RELATED_LINK.exec(line.normalize('NFC'));
    if (!heading) {
      kept.push(block);
      continue;
    }
    const alone = links.length === 0 && line.normalize('NFC').slice(heading[0].length).trim() === '';
    const tagsAt = body.findIndex((later, at) => at > index && TAGS_HEADING.test(later[0].normalize('NFC')));
    const linkBlocks = alone && tagsAt > index + 1 ? body.slice(index + 1, tagsAt) : [];
    if (
      linkBlocks.length > 0 &&
      linkBlocks.length <= RELATED_LINKS_MAX &&
      linkBlocks.every((paragraph) => paragraph.length === 1 && isLink(paragraph[0]))
    ) {
      const pieces = [line, ...linkBlocks.flat()];
      frame.pieces.push(...pieces);
      frame.recognised.push(`links to other pages "${pieces.join(' / ')}" before the tags kept in the frame`);
      index = tagsAt - 1;
      continue;
    }
    if (links.length > RELATED_LINKS_MAX || !links.every(isLink)) {
      kept.push(block);
      continue;
    }
    frame.pieces.push(...block);
    frame.recognised.push(`link to another page "${block.join(' / ')}" kept in the frame`);
  }
  return kept;
}
/** The most links a "Read more:" heads in one paragraph of its own. */
const RELATED_LINKS_MAX = 3;

/**
 * A news page's furniture set among the paragraphs, each a paragraph of its own line: a link's words for screen
 * readers copied with it (", opens new tab"), a newsletter's "Sign up here.", a picture gallery's caption ("[1/2] …"),
 * a link to the report's video ("【動画】…").
 */
const PAGE_FURNITURE = /, opens new tab$|^Sign up here\.?$|^\[\d+\/\d+\]\s|^【動画】/iu;
/** The heading of a page's list of tags, each a line under it: "Tags", "Từ khóa", "แท็กที่เกี่ยวข้อง", "注目ワード". */
const TAGS_HEADING = /^(?:tags?|từ khóa|kata kunci|แท็กที่เกี่ยวข้อง|注目ワード|タグ)\s*[:：]?$/iu;
/** The most words a tag has: a name, a place, a subject. */
const TAG_MAX_WORDS = 6;

/** The page's furniture set among the paragraphs (`PAGE_FURNITURE`), and its list of tags, to the frame. */
function readPageFurniture(body: Block[], frame: Frame): Block[] {
  return body.filter((block) => {
    const [line, ...more] = block;
    const tags = TAGS_HEADING.test(line.normalize('NFC')) && more.every((tag) => wordCount(tag) <= TAG_MAX_WORDS);
    if (!tags && (more.length > 0 || !PAGE_FURNITURE.test(line))) return true;
    frame.pieces.push(...block);
    frame.recognised.push(`the page's "${block.join(' / ')}" kept in the frame`);
    return false;
  });
}

/**
 * A line of a wire service's credits closing the text: "Reporting by …; Editing by …", "Writing by …", and the
 * Indonesian wire's "Pewarta: …", "Editor: …", "Copyright © ANTARA 2024".
 */
const CREDITS =
  /^(?:(?:(?:Additional )?reporting|writing|editing|compiled|compiling) by \S|(?:pewarta|penulis|redaktur|editor)\s*:\s*\S|copyright\s*©)/iu;

/** The credits closing the text, a paragraph of their own (a line each), to the frame. */
function readCredits(body: Block[], frame: Frame): void {
  const last = body.at(-1);
  if (body.length < 2 || last === undefined || !last.every((line) => CREDITS.test(line))) return;
  body.pop();
  frame.pieces.push(...last);
  frame.recognised.push(`credits "${last.join(' / ')}" kept in the frame`);
}

/**
 * The frame's pieces in the order the text has them, as the check takes them out of it (`framePieceAt`): the
 * readers take them in other orders (a caption before the dateline it stands above).
 */
function inTextOrder(pieces: readonly string[], text: string): string[] {
  let unread = text;
  return pieces
    .map((piece) => {
      const at = framePieceAt(unread, piece);
      if (typeof at !== 'number' || at < 0) return { piece, at: Infinity };
      // Read, the piece's characters are spaces, its line breaks kept: what is left is where the next piece may stand.
      unread = unread.slice(0, at) + piece.replace(/[^\n]/g, ' ') + unread.slice(at + piece.length);
      return { piece, at };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ piece }) => piece);
}

/** What names a photo's credit: "photo", and Vietnamese, Indonesian and Malay, Japanese, Thai, Lao and Khmer words for it. */
const PHOTO_WORD = String.raw`(?:photo|ảnh|foto|gambar|写真|撮影|ภาพ|ພາບ|រូបថត)`;
/** A photo's credit in brackets closing its caption: "(Pool photo)", "(Photo: VNA)", "(Ảnh: TTXVN)", "（代表撮影）". */
const BRACKETED_CREDIT = new RegExp(String.raw`\s*[(（]([^()（）]*${PHOTO_WORD}[^()（）]*)[)）]$`, 'iu');
/**
 * A photo's credit closing its caption after the caption's last sentence: "… phát biểu tại hội nghị. Ảnh: Bộ Ngoại
 * giao", "… Jumat (26/7/2024). ANTARA FOTO/HO-Kemlu RI": the credit's word for photo, a colon or slash, a short name.
 */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?<=[.!?。”"’)]\s+)((?:\S+ )?${PHOTO_WORD}\s*[:：៖/]\s*[^.!?。
]{1,60})$`,
  'iu',
);
/** A line that is a photo's credit alone: "Ảnh: Bộ Ngoại giao", "Photo: Kyodo", "写真：代表撮影". */
const CREDIT_LINE = new RegExp(String.raw`^${PHOTO_WORD}\s*[:：៖]`, 'iu');

/**
 * Photo captions and credits set among the paragraphs, each a paragraph of its own: the publisher's words about a
 * picture, not the report's text. They go to the frame, the first caption (and its credit) to the proposed photo.
 */
function readCaptions(body: Block[], frame: Frame): Block[] {
  return body.filter(([line, ...more]) => {
    if (more.length > 0) return true;
    const normal = line.normalize('NFC');
    if (CREDIT_LINE.test(normal)) {
      frame.pieces.push(line);
      frame.recognised.push(`photo credit "${line}" kept in the frame`);
      return false;
    }
    const credit = BRACKETED_CREDIT.exec(normal) ?? TRAILING_CREDIT.exec(normal);
    const caption = credit && normal.slice(0, credit.index).trim();
    if (!caption) return true;
    frame.pieces.push(line);
    if (frame.caption === undefined) {
      frame.caption = caption;
      frame.credit = credit[1];
      frame.recognised.push(`photo caption "${caption}" and credit "${credit[1]}"`);
    } else frame.recognised.push(`another photo's caption "${line}" kept in the frame`);
    return false;
  });
}

/** The frame (head lines, dateline, links to other pages, photo captions, sign-off) and the paragraphs of text between. */
function recogniseFrame(sourceText: string, abbreviations: ReadonlySet<string>): { frame: Frame; body: Block[] } {
  const frame: Frame = { pieces: [], recognised: [] };
  const head = readHead(receivedBlocks(sourceText), frame, abbreviations);
  // Captions and the page's furniture first: a picture's caption may stand above the paragraph the dateline opens.
  const body = readCaptions(readPageFurniture(readRelatedLinks(readClosingRule(head, frame), frame), frame), frame);
  readDateline(body, frame, abbreviations, yearsNamed(sourceText));
  const text = sourceText.replace(/\r\n?/g, '\n');
  readCredits(body, frame);
  readSignOff(body, frame, text);
  if (frame.signature === undefined) readNameSignOff(body, frame, text);
  return { frame: { ...frame, pieces: inTextOrder(frame.pieces, text) }, body };
}

/**
 * Escapes what MDX or Markdown would read as syntax, so the page shows the received characters exactly:
 * `<`, `{`, `}`, emphasis, code, links, character references, and markers at the start of a line.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&~|]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * A received paragraph as MDX, line for line: a bulleted line becomes a list item `- …` (its text escaped, so
 * a `-` that starts the text stays text), any other line break a hard break (a `\` ending the line). A line before
 * a list item needs no `\`: the item starts a new line.
 */
export function mdxParagraph(lines: Block): string {
  return lines
    .map((line, index) => {
      const bullet = RECEIVED_BULLET.exec(line);
      const text = bullet ? `- ${escapeMdxText(line.slice(bullet[0].length))}` : escapeMdxText(line);
      const next = lines[index + 1];
      return next !== undefined && !RECEIVED_BULLET.test(next) ? `${text}\\` : text;
    })
    .join('\n');
}

/** Wraps the first use of each known abbreviation in `<Abbr term>`, leaving the words as they are. */
function markAbbreviations(paragraphs: string[], glossary: readonly GlossaryTerm[]): string[] {
  const marked = [...paragraphs];
  for (const term of glossary) {
    const pattern = formPattern(term.forms);
    const index = marked.findIndex((paragraph) =>
      pattern.test(paragraph.replace(/<Abbr term="[^"]*">[^<]*<\/Abbr>/g, (tag) => ' '.repeat(tag.length))),
    );
    if (index < 0) continue;
    // Existing marks are blanked out (same length) so a form is never found inside one.
    const blanked = marked[index].replace(/<Abbr term="[^"]*">[^<]*<\/Abbr>/g, (tag) => ' '.repeat(tag.length));
    const match = pattern.exec(blanked)!;
    const paragraph = marked[index];
    marked[index] =
      `${paragraph.slice(0, match.index)}<Abbr term="${term.id}">${match[0]}</Abbr>${paragraph.slice(match.index + match[0].length)}`;
  }
  return marked;
}

/** A closing note the publisher adds, kept in the body as its words: "(Reference)", "Notes:", "Ghi chú:", "（参考）". */
const TAIL = /^(?:[(（](?:References?|Notes?|参考)[)）]|(?:References?|Notes?|Ghi chú)(?::|$))/iu;

const paragraphRange = (first: number, last: number) => (first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`);

/** What the body's structure holds, for the header: numbered paragraphs, lists, line breaks, a closing note. */
function recogniseBody(body: readonly Block[]): string[] {
  const found: string[] = [];
  const numbers = body.map((block) => NUMBERED.exec(block[0])?.[1]).filter((number) => number !== undefined);
  if (numbers.length > 1) found.push(`numbered paragraphs ${numbers[0]}–${numbers.at(-1)}`);
  const breaks: number[] = [];
  body.forEach((block, index) => {
    const items = block.filter((line) => RECEIVED_BULLET.test(line)).length;
    if (items > 0) found.push(`a list of ${items} item${items === 1 ? '' : 's'} in paragraph ${index + 1}`);
    if (block.some((_, at) => at + 1 < block.length && !RECEIVED_BULLET.test(block[at + 1]))) breaks.push(index + 1);
  });
  if (breaks.length > 0)
    found.push(`line breaks kept as hard breaks in ${breaks.length === 1 ? 'paragraph' : 'paragraphs'} ${breaks.join(', ')}`);
  const tail = body.findIndex((block) => TAIL.test(block[0]));
  if (tail >= 0) {
    found.push(`a "${TAIL.exec(body[tail][0])![0]}" tail (${paragraphRange(tail + 1, body.length)}, kept in the body)`);
  }
  return found;
}

/**
 * Whether a text names an entity by any of its forms: whole words; for topics capitals are ignored and a plural
 * counts ("vaccines" names the topic whose alias is "vaccine").
 */
function names(text: string, forms: readonly string[], ignoreCase: boolean): boolean {
  if (!ignoreCase) return formPattern(forms).test(text);
  const alternatives = forms.map(escapeRegExp).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?:e?s)?(?!${WORD_CHAR})`, 'iu').test(text);
}

/** Forms of address ("Mr Mori", as British style writes it), and words that start names of offices and bodies. */
const TITLE_WORDS = new Set(
  [
    'Mr Mrs Ms Dr H.E. Madam Prof Professor Ambassador Chair Chairman Chairwoman Co-Chair Secretary General Minister Ministry Deputy Senior Foreign Affairs Prime President Vice Secretary-General Head Delegation The Also At In On Speaking Welcoming Discussing Recent He She They It Japan Viet Nam Vietnam',
    // Nationalities, which open an office's title ("Philippine President Ferdinand Marcos Jr.").
    'Japanese Vietnamese Thai Philippine Filipino Indonesian Malaysian Singaporean Cambodian Laotian Burmese Bruneian Chinese Korean',
    // Filipino offices (Pangulong, President; Kalihim, Secretary; Punong Ministro, Prime Minister).
    'Pangulo Pangulong Kalihim Punong Ministro',
    // Malay and Indonesian offices, meetings and honorifics (Menteri Luar, foreign minister, Menlu for short; Mesyuarat,
    // meeting; Datuk Seri; Bapak, Ibu), and Japan's name (Jepang, Jepun).
    'Menteri Menteri-menteri Menteri-Menteri Menlu Wamenlu Luar Negeri Perdana Presiden Wakil Mesyuarat Pertemuan Datuk Dato Seri Sri Tan Bapak Ibu Jepang Jepun',
    // Indonesian and Malay words that open a sentence before a name (menurut, according to; kata, said; dalam, in).
    'Menurut Kata Ujar Dalam Pada Di Selain Sementara Setelah Selepas Saat Ketika Kemudian Namun Bagi Untuk Dengan Oleh',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that open a capitalised run in Vietnamese without naming anyone: the first word of a sentence is
 * capitalised, and with it the article or preposition it often is ("Các Bộ trưởng", "Tại Hà Nội").
 */
const LEADING_WORDS = new Set('Các Những Mọi Ông Bà Tại Theo Trong Với Về Sáng Chiều Tối Ngày Hôm Phía Đây Đó'.split(' '));

/** Countries and places the Vietnamese reports name in every text, which are no person's or topic's name. */
const PLACE_NAMES = ['Nhật Bản', 'Việt Nam', 'Thái Lan', 'Trung Quốc', 'Hàn Quốc', 'Hoa Kỳ', 'Ấn Độ', 'Đông Nam Á', 'Hà Nội'];
/** One of `PLACE_NAMES`, capitals ignored: Vietnamese news writes them in capitals too ("HÀ NỘI"). */
const PLACE_NAME = new RegExp(PLACE_NAMES.map(escapeRegExp).join('|'), 'giu');

/**
 * A capitalised word: a capital, then lower-case letters, hyphenated parts of any letters included ("Five-Point",
 * "Japan-ASEAN"). Not a word in capitals ("KAMIKAWA", "AMM-57"): `ALL_CAPS` finds those.
 */
const NAME_WORD = '\\p{Lu}\\p{M}*[\\p{Ll}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*';
// Thai, Japanese and Chinese letters stand against a Latin word without a space: they are its edge ("อาเซียน(JAIF)").
// Initials stand between a name's words ("Ferdinand R. Marcos").
const NAME_RUN = new RegExp(`(?<!${WORD_CHAR}|\\p{M}|-)${NAME_WORD}(?: (?:\\p{Lu}\\. )*${NAME_WORD})+`, 'gu');
const CAPS_WORD = '\\p{Lu}\\p{M}*(?:\\p{Lu}\\p{M}*)+';
// A number may open it ("5PC", the Five-Point Consensus); not a currency's letters before its sign ("US$268.7").
const ALL_CAPS = new RegExp(`(?<!${WORD_CHAR}|\\p{M}|-)\\d*${CAPS_WORD}(?:-\\d+)?(?!${WORD_CHAR}|\\p{M}|\\$)`, 'gu');
/**
 * Two or more words in capitals side by side, no "-57" after one: a place Vietnamese news writes in capitals
 * ("tại PHNOM PENH", "TP HỒ CHÍ MINH"), or abbreviations side by side ("CDC ASEAN", "US FDA").
 */
const CAPS_RUN = new RegExp(`(?<!${WORD_CHAR}|\\p{M}|-)${CAPS_WORD}(?: ${CAPS_WORD})+(?!${WORD_CHAR}|\\p{M}|-)`, 'gu');
/**
 * Whether a word in capitals has a letter with a mark (À, Ẵ, Ơ, É): a word, no abbreviation. Abbreviations are
 * written in plain letters; Vietnamese ones drop the marks of the words' letters and keep Đ (HĐND), a letter of its own.
 */
const hasMarkedLetter = (capitals: string) => /\p{M}/u.test(capitals.normalize('NFD'));
/**
 * A Japanese name in romaji as Japan's foreign ministry writes it, family name first in capitals: "HAYASHI Yoshimasa".
 * The family name is spelt in romaji's syllables (a consonant or two before each vowel, or n), as "PM Kishida", "US
 * President" and "KTT Peringatan" are not.
 */
const FAMILY_FIRST = new RegExp(
  `(?<!${WORD_CHAR}|\\p{M}|-)(?:(?:[KGSZTDNHBPMYRWJFC]|SH|CH|TS)?Y?[AIUEO]|N)+ \\p{Lu}\\p{Ll}+(?!${WORD_CHAR}|\\p{M})`,
  'gu',
);

/**
 * Words before an office that name no one: the office's own (外務 of は外務大臣, 第二, 副), 共同議長 (co-chair),
 * 各国外相 (each country's foreign minister), 同大臣 (the said minister), a country's name (日本首相 in Chinese news).
 */
const JAPANESE_NOT_NAMES =
  /^(?:内閣|外務|国務|事務|総理|第[一二三]|副|同|前|元|現|新|共同|各国|両国|諸国|同国|関係国|加盟国|関連|首脳|日本|中国|韓国|韩国|米国|美国|越南|印尼|泰国|新加坡|缅甸|柬埔寨|老挝|菲律宾|马来西亚|文莱)+$/u;
/** The region's countries in katakana: a dotted run of them and a name ("マリット・サンギアムポンサ・タイ外務大臣") is a name and its country. */
const KATAKANA_COUNTRIES = new Set(
  'タイ ラオス ベトナム カンボジア ミャンマー フィリピン インドネシア マレーシア シンガポール ブルネイ インド オーストラリア'.split(
    ' ',
  ),
);

/**
 * A dotted katakana name less its country after it (…・タイ外務大臣, ルトノ・インドネシア外相: the minister's country);
 * none where a country opens it (ラオス・ビエンチャン: a place in its country).
 */
function withoutCountries(name: string): string | undefined {
  const parts = name.split('・');
  if (KATAKANA_COUNTRIES.has(parts[0])) return undefined;
  return (KATAKANA_COUNTRIES.has(parts.at(-1)!) && parts.length > 1 ? parts.slice(0, -1) : parts).join('・');
}
// Letters, not the brackets and marks the scripts share ("【東京共同】", "・").
const HAN_LETTER = '(?:(?!\\p{P})\\p{scx=Han})';
const KANA_WORD = '(?:(?!\\p{P})\\p{scx=Katakana})+';
/**
 * Japanese names: a run of kanji or katakana just before an office (林芳正外務大臣 → 林芳正, the shortest run that
 * leaves a whole title: 外務 is the title's), and a katakana name of several words joined by ・ (ブイ・タイン・ソン).
 */
const JAPANESE_NAME = new RegExp(
  `(?<!(?!\\p{P})[\\p{scx=Han}\\p{scx=Katakana}])(?:(?<titled>${HAN_LETTER}{1,5}?|${KANA_WORD}(?:・${KANA_WORD})*)(?=${JAPANESE_TITLES.join('|')})|(?<dotted>${KANA_WORD}(?:・${KANA_WORD})+))`,
  'gu',
);

/** Offices Chinese news writes before a name: 日本首相岸田文雄, 越南外长裴青山, 东盟秘书长高金洪. */
const CHINESE_TITLES = [
  '副总理',
  '总理',
  '总统',
  '国家主席',
  '主席',
  '首相',
  '外长',
  '外相',
  '外交部长',
  '国务卿',
  '秘书长',
  '部长',
  '大使',
  '国王',
  '苏丹',
];
/** What follows a name in Chinese news and is no part of it: and, with, at, said, stressed, met, chaired, jointly… */
const CHINESE_AFTER_NAME =
  '(?:与|和|及|同|在|于|对|向|就|也|还|则|等|表示|说|称|指出|强调|会见|会晤|出席|主持|共同|发表|访问|[\\p{P}\\s]|$)';
/**
 * A Chinese name after its office, up to the word that follows it (`CHINESE_AFTER_NAME`): two to six letters, a
 * transliterated name's parts joined by "·" (佐科·维多多).
 */
const CHINESE_NAME = new RegExp(
  `(?:${CHINESE_TITLES.join('|')})(${HAN_LETTER}{2,6}?(?:·${HAN_LETTER}{1,6}?)*)(?=${CHINESE_AFTER_NAME})`,
  'gu',
);

/** Words after an office that name no one: 外长会议 (the foreign ministers' meeting), 会谈, 级 (-level), 们 (plural). */
const CHINESE_NOT_NAMES = /^(?:会|级|们|一职)/u;

/**
 * Names after a form of address in scripts written without spaces between words but with one between a name's parts,
 * two words, as the region's news writes a name: Khmer (ឯកឧត្តម H.E., លោកស្រី Mrs, លោក Mr, អ្នកស្រី Madam, សម្តេច and its
 * longer titles: ឯកឧត្តម សុក ចិន្តាសោភា, លោក គីស៊ីដា ហ្វូមីអូ) and Lao (ທ່ານ Mr or H.E., ທ່ານ ນາງ Mrs: ທ່ານ ມາຣິສ ເສງີ່ຍມພົງສ໌).
 */
const ADDRESSED_NAMES = [
  /(?:ឯកឧត្តម|លោកស្រី|លោក|អ្នកស្រី|សម្តេច(?:មហាបវរធិបតី|អគ្គមហាសេនាបតីតេជោ|ធិបតី)?)\s?(\p{scx=Khmer}+ \p{scx=Khmer}+)/gu,
  /ທ່ານ(?:\s?ນາງ)?\s?(\p{scx=Lao}+ \p{scx=Lao}+)/gu,
];
/**
 * The most letters one part of such a name has, each with its vowel and tone marks (a grapheme); more is a name run
 * on into the sentence.
 */
const ADDRESSED_NAME_PART_LETTERS = 12;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Khmer and Lao names after a form of address (`ADDRESSED_NAMES`). */
function addressedNames(text: string): string[] {
  return ADDRESSED_NAMES.flatMap((pattern) => [...text.matchAll(pattern)])
    .map(([, name]) => name)
    .filter((name) => name.split(' ').every((part) => [...GRAPHEMES.segment(part)].length <= ADDRESSED_NAME_PART_LETTERS));
}

/** Chinese names after an office (`CHINESE_NAME`), in a text with no hiragana (Japanese prose always has some). */
function chineseNames(text: string): string[] {
  if (/\p{scx=Hiragana}/u.test(text)) return [];
  return [...text.matchAll(CHINESE_NAME)].map(([, name]) => name).filter((name) => !CHINESE_NOT_NAMES.test(name));
}

/** Offices Thai news writes after a name, the first time it names someone (รัฐมนตรีว่าการ…, รองนายกรัฐมนตรี, เลขาธิการ…). */
const THAI_OFFICE = '(?:รอง)?(?:นายกรัฐมนตรี|รัฐมนตรี|ประธานาธิบดี|ประธาน|เลขาธิการ|เอกอัครราชทูต|อธิบดี|ปลัดกระทรวง|โฆษก)';
/** Words that join a name to the next person's office rather than end the name ("และ", and; "กับ", with). */
const THAI_LINKING_WORD = '(?:และ|กับ|ได้พบกับ|พบกับ|พร้อมด้วย|พร้อม|ร่วมกับ|ร่วม|ได้|ที่|ซึ่ง|โดย|หรือ|ของ|แก่|ต่อ)';
/**
 * A Thai name after its form of address (นาย Mr, นาง Mrs, นางสาว Ms, ดร. Dr, พลเอก General; not นายก, prime minister):
 * two parts, and a third where an office follows it, as a Vietnamese or Burmese name has (นายบุ่ย แทงห์ เซิน
 * รัฐมนตรี…). Only before an office: any word may follow a name of two parts. Not a word ending in ว่า ("that"): what
 * was said may open with an office (นายมาริษ เสงี่ยมพงษ์ กล่าวว่า รัฐมนตรี…); nor a word that links the name to
 * another person's office (นายมาริษ เสงี่ยมพงษ์ และ นายกรัฐมนตรี…).
 */
const THAI_NAME = new RegExp(
  `(?:นางสาว|นาย(?!ก(?:รัฐมนตรี|ฯ))|นาง|ดร\\. ?|พลเอก|พล\\.อ\\. ?)(\\p{scx=Thai}+) (\\p{scx=Thai}+)(?: (?!${THAI_OFFICE}|${THAI_LINKING_WORD} )(\\p{scx=Thai}+)(?<!ว่า)(?= ${THAI_OFFICE}))?`,
  'gu',
);
/**
 * What a sentence says after a given name alone, not a family name: กล่าว (said), เผย (revealed), ระบุ (stated), ชี้แจง
 * (explained), ได้ (did), เป็น (is), จะ (will), ยัง (still), และ (and), กับ (with): "นายมาริษ กล่าวว่า…".
 */
const THAI_SAYS = /^(?:กล่าว|เผย|ระบุ|ชี้แจง|ได้|เป็น|จะ|ยัง|และ|กับ)/u;
/** The most words Intl.Segmenter finds in one part of a Thai name ("เสงี่ยมพงษ์": 2); more is a phrase glued to a name. */
const THAI_NAME_PART_WORDS = 4;

/**
 * Thai names, written without capitals, after a form of address (`THAI_NAME`: "นายมาริษ เสงี่ยมพงษ์"). A part that
 * `Intl.Segmenter` finds many words in is a name run on into the sentence ("นายมาริษกล่าวว่า ไทยพร้อม…"; a third part,
 * "เดินทางถึงนครหลวงเวียงจันทน์" before an office, is left off), and so is a given name that another found name's
 * begins ("มาริษกล่าวว่า" after "มาริษ").
 */
function thaiNames(text: string): string[] {
  const namePart = (part: string) => wordCount(part, 'th') <= THAI_NAME_PART_WORDS;
  const found = [...text.matchAll(THAI_NAME)]
    .filter(([, given, family]) => namePart(given) && namePart(family) && !THAI_SAYS.test(family))
    .map(([, given, family, last]) => ({
      given,
      parts: [given, family, ...(last !== undefined && namePart(last) ? [last] : [])],
    }));
  return found
    .filter(({ given }) => !found.some((other) => other.given !== given && given.startsWith(other.given)))
    .map(({ parts }) => parts.join(' '));
}

/**
 * Whether a name written family name first in capitals ("MORI Takeo") is one of the forms: as written, or as entity
 * files write it, in ordinary capitals ("Mori Takeo") or given name first ("Takeo Mori"). The whole name must be a
 * form: a family name alone ("Mori") may be another person's ("MORI Kenji").
 */
function readsAs(familyFirstName: string, forms: readonly string[]): boolean {
  const [family, given] = familyFirstName.split(' ');
  const capitalised = family[0] + family.slice(1).toLowerCase();
  const readings = [familyFirstName, `${capitalised} ${given}`, `${given} ${capitalised}`];
  return forms.some((form) => readings.includes(form.normalize('NFC')));
}

/**
 * Whether a text names a person: by a form as written, by a name family name first in capitals that `readsAs` one,
 * or by a Japanese name just before an office that opens a form written without spaces, as a family name opens its
 * name (上川 of 上川陽子 in 上川外相, as `unresolvedNames` reads it).
 */
function namesPerson(text: string, forms: readonly string[]): boolean {
  return (
    names(text, forms, false) ||
    [...text.matchAll(FAMILY_FIRST)].some(([name]) => readsAs(name, forms)) ||
    japaneseNames(text).some((name) => forms.some((form) => UNSPACED_LETTER.test(form) && form.normalize('NFC').startsWith(name)))
  );
}

/** Japanese names in kanji or katakana (`JAPANESE_NAME`). */
function japaneseNames(text: string): string[] {
  return [...text.matchAll(JAPANESE_NAME)]
    .map(({ groups }) => withoutCountries(groups!.titled ?? groups!.dotted))
    .filter((name): name is string => name !== undefined && !JAPANESE_NOT_NAMES.test(name));
}

/** Whether `words` stand as whole words in one of the texts, capitals ignored. */
function inAnyForm(words: string, texts: readonly string[]): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  return texts.some((text) => pattern.test(text));
}

/** A run of capitalised words less the titles and sentence-opening words before its name ("Prime Minister Fumio Kishida"). */
function withoutLeadingTitles(run: string): string {
  const words = run.split(' ').filter(Boolean);
  const start = words.findIndex((word) => !TITLE_WORDS.has(word) && !LEADING_WORDS.has(word));
  return start < 0 ? '' : words.slice(start).join(' ');
}

/**
 * A text's stretches within which a name may run: never across a line break or a sentence's end (。、 need no space).
 * The full stop of an initial ends no sentence ("Ferdinand R. Marcos Jr.").
 */
const nameSpans = (text: string) => text.split(/\n|(?<!(?:^|\s)\p{Lu})\.(?=\s|$)|[!?;:,](?=\s|$)|[。、，！？：；「」（）]/u);

/**
 * Capitalised names and all-caps abbreviations that no entity file knows: the editor's to-do list. Every text is
 * NFC-normalised, so a name typed with combining marks matches the same name precomposed.
 */
function unresolvedNames(
  text: string,
  known: readonly string[],
  glossaryForms: readonly string[],
  frameNames: readonly string[],
  vietnamese: boolean,
): { names: string[]; abbreviations: string[] } {
  const knownForms = known.map((form) => form.normalize('NFC'));
  const frame = frameNames.map((piece) => piece.normalize('NFC'));
  // A form of one word may be another person's too ("Mori" of Mori Takeo, in "MORI Kenji"): only a form of several
  // words names its entity inside a longer name ("Co-Chair Toshimitsu Motegi").
  const formsOfSeveralWords = knownForms.filter((form) => form.includes(' '));
  const lowerCaseForms = new Set(knownForms.map((form) => form.toLowerCase()));
  const spans = nameSpans(text.normalize('NFC'));
  // Words in capitals side by side are a name where one has a marked letter, or in a Vietnamese text, which writes
  // places so ("PHNOM PENH"); not where the glossary knows one ("CDC ASEAN"). Such a name is no part of a name family
  // name first ("NẴNG Thủ" of "ĐÀ NẴNG Thủ tướng") and no abbreviation ("PHNOM" and "PENH").
  const isCapitalName = (run: string) =>
    (vietnamese || hasMarkedLetter(run)) && !run.split(' ').some((word) => glossaryForms.includes(word));
  const capitalNames = spans.flatMap((span) => [...span.matchAll(CAPS_RUN)].map(([run]) => run)).filter(isCapitalName);
  const spansLessCapitalNames = spans.map((span) => span.replace(CAPS_RUN, (run) => (isCapitalName(run) ? ' ' : run)));
  // Romaji names family name first (`FAMILY_FIRST`); an abbreviation the glossary knows opens the name of a body or an
  // office instead ("ASEAN Secretariat", "SOM Leaders").
  const familyFirst = spansLessCapitalNames
    .flatMap((span) => [...span.matchAll(FAMILY_FIRST)].map(([name]) => name))
    .filter((name) => !glossaryForms.includes(name.split(' ')[0]));
  const unknownNames = spans
    .flatMap((span) => [...span.matchAll(NAME_RUN)].map(([name]) => name))
    // The dateline's place, in capitals in the body too, is no name to add (as its words are no abbreviation).
    .concat(capitalNames.filter((name) => !inAnyForm(name, frame)))
    // A country's name parts a run ("Nhật Bản" in "Ngoại giao Nhật Bản Motegi Toshimitsu"), and the titles before a
    // name are no part of it; words after the first that is not a title are the name's own, title words or not
    // ("Asean-Japan Foreign Ministers' Meeting").
    .flatMap((name) => name.split(PLACE_NAME).map(withoutLeadingTitles))
    .filter((name) => name.includes(' '))
    .concat(
      familyFirst,
      spans.flatMap((span) => [...japaneseNames(span), ...thaiNames(span), ...chineseNames(span), ...addressedNames(span)]),
    )
    .filter(
      (name) =>
        !inAnyForm(name, knownForms) &&
        !formsOfSeveralWords.some((form) => inAnyForm(form, [name])) &&
        // Two words the other way round from a form are its name: "HAYASHI Yoshimasa" of "Yoshimasa Hayashi".
        !lowerCaseForms.has(name.replace(/^(\S+) (\S+)$/u, '$2 $1').toLowerCase()) &&
        // Written without spaces, a known name's first part is its family name: 茂木 of 茂木敏充 (茂木大臣).
        !(UNSPACED_LETTER.test(name) && knownForms.some((form) => form.startsWith(name))),
    );
  // A family name in capitals is part of the name listed above, no abbreviation: "HAYASHI" of "HAYASHI Yoshimasa".
  const familyNames = new Set(familyFirst.map((name) => name.split(' ')[0]));
  const abbreviations = spansLessCapitalNames
    .flatMap((span) => [...span.matchAll(ALL_CAPS)].map(([abbreviation]) => abbreviation))
    .filter(
      (abbreviation) =>
        !hasMarkedLetter(abbreviation) &&
        !familyNames.has(abbreviation) &&
        // "CORRECTION:" opening a publisher's correction is a label, no abbreviation.
        !CORRECTION.test(`${abbreviation}:`) &&
        !glossaryForms.includes(abbreviation) &&
        !inAnyForm(abbreviation, [...knownForms, ...frame]),
    );
  return { names: [...new Set(unknownNames)], abbreviations: [...new Set(abbreviations)] };
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The ways a report states a day, the year often left out, with how to read year and month (if given) and day. A
 * day without its month is in the month of publication, or the month before if that day is still to come.
 */
const STATED_DAYS: {
  pattern: RegExp;
  read: (match: RegExpExecArray) => [number | undefined, number | undefined, number];
}[] = [
  // "On July 26", "Aug. 2, 2021"
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?![\\d:])`, 'g'),
    read: (m) => [m[3] ? +m[3] : undefined, monthNumber(m[1]), +m[2]],
  },
  // "26 July", "2nd August 2021", "le 1er août"
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\s+${MONTH_NAME}\\b\\.?(?:\\s+(\\d{4}))?`, 'g'),
    read: (m) => [m[3] ? +m[3] : undefined, monthNumber(m[2]), +m[1]],
  },
  // Day first, as Vietnamese reports write it: "Sáng 26/7", "ngày 26/7/2024".
  {
    pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g,
    read: (m) => [m[3] ? +m[3] : undefined, +m[2], +m[1]],
  },
  // "7月26日", "2024年7月26日"
  { pattern: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g, read: (m) => [m[1] ? +m[1] : undefined, +m[2], +m[3]] },
  // "17日", as Japanese and Chinese news write a day of the month of publication: not "12月17日" (above), nor
  // "3日間" (three days), "2日目" (the second day) or "日本".
  { pattern: /(?<![\d月])(\d{1,2})日(?![間目本])/g, read: (m) => [undefined, undefined, +m[1]] },
  // "26 ก.ค.", "26 กรกฎาคม 2567"
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2}) ?${THAI_MONTH}(?: ?(?:พ\\.ศ\\. ?)?(\\d{4}))?`, 'gu'),
    read: (m) => [m[3] ? thaiYear(+m[3]) : undefined, thaiMonthNumber(m[2]), +m[1]],
  },
  // "ថ្ងៃទី១៧ ខែធ្នូ", "ວັນທີ 17 ທັນວາ", "ဒီဇင်ဘာ ၁၇ ရက်"
  ...regionalDates('optional', 'gu'),
];

/** Days before publication within which a day the report states is taken for the meeting's. */
const STATED_WINDOW_DAYS = 7;

/**
 * The first day the body states that falls in the week up to its publication ("On July 26" in a release of 26 July;
 * a date months before is another event's), read in the publication's year where the report gives none.
 */
function statedDay(body: string, published: string): { iso: string; text: string } | undefined {
  const normal = body.normalize('NFKC');
  const found = STATED_DAYS.flatMap(({ pattern, read }) =>
    [...asciiDigits(normal).matchAll(pattern)].map((match) => {
      const [year, month, day] = read(match);
      const publishedYear = +published.slice(0, 4);
      let iso: string | undefined;
      if (month === undefined) {
        const publishedMonth = +published.slice(5, 7);
        iso = isoOf(publishedYear, publishedMonth, day);
        if (!iso || iso > published)
          iso = publishedMonth === 1 ? isoOf(publishedYear - 1, 12, day) : isoOf(publishedYear, publishedMonth - 1, day);
      } else {
        const inYear = (y: number) => isoOf(y, month, day);
        // A year that cannot be read (a Buddhist Era's in Khmer or Lao) is NaN: no day, rather than this year's.
        iso = year !== undefined ? inYear(year) : inYear(publishedYear);
        if (year === undefined && iso && iso > published) iso = inYear(publishedYear - 1);
      }
      return { iso, text: normal.slice(match.index, match.index + match[0].length).trim(), at: match.index };
    }),
  )
    .filter(({ iso }) => iso !== undefined && iso <= published && dayNumber(published) - dayNumber(iso) <= STATED_WINDOW_DAYS)
    .sort((a, b) => a.at - b.at);
  return found[0] && { iso: found[0].iso!, text: found[0].text };
}

/**
 * "Yesterday" and "today" in the languages the archive's reports are written in, for a report that dates the meeting
 * by its own publication: English, Vietnamese, Indonesian, Malay and French (whole words), Japanese, Thai, Khmer, Lao
 * and Burmese (written without spaces between words, so found inside a run of letters).
 */
const RELATIVE_DAYS = {
  yesterday: relativeDay(['yesterday', 'hôm qua', 'kemarin', 'semalam', 'hier', '昨日', 'เมื่อวาน', 'ម្សិលមិញ', 'ມື້ວານ', 'မနေ့က']),
  today: relativeDay([
    'today',
    'hôm nay',
    'hari ini',
    "aujourd'hui",
    'aujourd’hui',
    '今日',
    '本日',
    'วันนี้',
    'ថ្ងៃនេះ',
    'ມື້ນີ້',
    'ယနေ့',
  ]),
};

function relativeDay(words: readonly string[]): RegExp {
  return new RegExp(wholeWords(words.map(escapeRegExp)), 'iu');
}

/** A meeting date read from a report, its basis, and why. */
interface MeetingDate {
  date?: string;
  basis: string;
  why: string;
}

/**
 * The meeting date read from the body against the publication date, with what it rests on: a day the report states
 * in the week up to publication; else the first it says of "yesterday", a weekday (the publication's own weekday is
 * that day: "on Monday" in wire copy of a Monday) or "today"; else the publication date, on or before which the
 * meeting took place.
 */
function proposedMeetingDate(received: string, published: string | undefined): MeetingDate {
  if (!published) return { basis: 'publication', why: 'no publication date found' };
  // Composed, as the words are written in the patterns (a received Vietnamese text may spell "thứ" in three code points).
  const body = received.normalize('NFC');
  const stated = statedDay(body, published);
  if (stated) {
    return { date: stated.iso, basis: 'stated', why: `"${stated.text}" read as ${stated.iso}, in the week up to publication` };
  }
  // The first of "yesterday", a weekday and "today" the report says: its opening dates the meeting, a later one
  // something else ("has been in Vientiane since Wednesday").
  const [yesterday, weekday, today] = [RELATIVE_DAYS.yesterday, WEEKDAY_IN_TEXT, RELATIVE_DAYS.today].map((pattern) =>
    pattern.exec(body),
  );
  const first = Math.min(...[yesterday, weekday, today].map((match) => match?.index ?? Infinity));
  if (yesterday?.index === first) {
    return {
      date: addDays(published, -1),
      basis: 'relative',
      why: `"${yesterday[0]}" read against the publication date ${published}`,
    };
  }
  if (weekday?.index === first) {
    const wanted = weekdayFound(weekday);
    const name = WEEKDAY_PATTERNS[wanted][0];
    const publishedDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    const back = (publishedDay - wanted + 7) % 7;
    return {
      date: addDays(published, -back),
      basis: 'relative',
      why:
        back === 0
          ? `"${weekday[0]}" read as the day of publication, ${published}, a ${name}`
          : `"${weekday[0]}" read as the last ${name} before ${published}`,
    };
  }
  if (today) return { date: published, basis: 'relative', why: `"${today[0]}" read against the publication date` };
  return { date: published, basis: 'publication', why: 'the report gives no date; the meeting was on or before publication' };
}

/** Words of a meeting's name that say nothing of which meeting it is. */
const GENERIC_NAME_WORDS = new Set([
  'meeting',
  'meetings',
  'the',
  'of',
  'and',
  'on',
  'for',
  'in',
  'with',
  'th',
  'st',
  'nd',
  'rd',
]);

/** The words of a meeting's name and series that tell it from others: "asean", "japan", "foreign", "ministers". */
function nameWords({ name, series }: KnownMeeting): string[] {
  const words = `${name} ${series ?? ''}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1 && !GENERIC_NAME_WORDS.has(word)))];
}

/** Whether a text has the word, capitals ignored, in the singular, plural or possessive ("minister", "Ministers'"). */
function hasWord(text: string, word: string): boolean {
  const stem = escapeRegExp(word.replace(/s$/, ''));
  return new RegExp(`(?<!${WORD_CHAR})${stem}(?:s|['’]s|s['’])?(?!${WORD_CHAR})`, 'iu').test(text);
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days a week before publication within which a report that gives no date is taken to be about a meeting. */
const UNDATED_WINDOW_DAYS = 7;

/**
 * How well the meeting date read from the report fits a meeting's date: 2 for the same day, 1 for a near one (a day
 * off, as a misread weekday would be; the week before publication where the report gives no date; a day within the
 * month or year a meeting is known to), 0 for none.
 */
function dateFit(
  meetingDate: string,
  proposed: { date?: string; basis: string },
  published: string | undefined,
): { fit: 0 | 1 | 2; why?: string } {
  if (!proposed.date) return { fit: 0 };
  if (meetingDate.length < 10)
    return proposed.date.startsWith(meetingDate) ? { fit: 1, why: `within ${meetingDate}` } : { fit: 0 };
  if (meetingDate === proposed.date) return { fit: 2, why: 'the same day' };
  const met = dayNumber(meetingDate);
  if (proposed.basis === 'publication' && published) {
    const days = dayNumber(published) - met;
    if (days >= 0 && days <= UNDATED_WINDOW_DAYS) return { fit: 1, why: `${meetingDate}, ${days} days before publication` };
  }
  if (Math.abs(dayNumber(proposed.date) - met) <= 1) return { fit: 1, why: `${meetingDate}, a day from ${proposed.date}` };
  return { fit: 0 };
}

interface MeetingFit {
  meeting: KnownMeeting;
  score: number;
  /** Whether the text names the meeting or its people, besides fitting its date. */
  good: boolean;
  why: string;
  /** Where the report gives no year: the meeting date read from it in the meeting's year. */
  readInYear?: MeetingDate;
}

type MeetingProposal =
  | { kind: 'match'; fit: MeetingFit; others: MeetingFit[] }
  | { kind: 'ambiguous'; fits: MeetingFit[] }
  | { kind: 'none'; near: MeetingFit[] };

/**
 * The known meeting a report is about, judged by date (the meeting date read from the text against the meeting's),
 * by the words of the meeting's name and series in the text, and by the meeting's people the text names. A meeting
 * whose date does not fit is never proposed; one that fits is proposed if the text names its people or more than half the
 * words of its name. The best of those is proposed; several equally good are left to the editor.
 */
export function proposeMeeting(
  text: string,
  peopleNamed: readonly string[],
  proposed: { date?: string; basis: string },
  published: string | undefined,
  meetings: readonly KnownMeeting[],
): MeetingProposal {
  return chosenMeeting(
    meetings.map((meeting) => meetingFit(text, peopleNamed, proposed, published, meeting)).filter((fit) => fit !== undefined),
  );
}

/** How a known meeting fits a report, as `proposeMeeting` judges it; none where its date does not fit. */
function meetingFit(
  text: string,
  peopleNamed: readonly string[],
  proposed: { date?: string; basis: string },
  published: string | undefined,
  meeting: KnownMeeting,
): MeetingFit | undefined {
  const date = dateFit(meeting.date, proposed, published);
  if (date.fit === 0) return undefined;
  const words = nameWords(meeting);
  const found = words.filter((word) => hasWord(text, word));
  const people = meeting.people.filter((id) => peopleNamed.includes(id));
  const nameShare = words.length === 0 ? 0 : found.length / words.length;
  const peopleShare = meeting.people.length === 0 ? 0 : people.length / meeting.people.length;
  return {
    meeting,
    score: date.fit + nameShare + peopleShare,
    good: nameShare > 0.5 || people.length > 0,
    why: [
      date.why,
      `${found.length} of the ${words.length} words of its name`,
      `${people.length} of its ${meeting.people.length} people named`,
    ].join('; '),
  };
}

/** Among the meetings that fit, the best one the text names; several equally good are left to the editor. */
function chosenMeeting(fits: MeetingFit[]): MeetingProposal {
  fits.sort((a, b) => b.score - a.score || a.meeting.id.localeCompare(b.meeting.id));
  const good = fits.filter((fit) => fit.good);
  if (good.length === 0) return { kind: 'none', near: fits };
  const best = good.filter((fit) => good[0].score - fit.score < 1e-9);
  if (best.length > 1) return { kind: 'ambiguous', fits: best };
  return { kind: 'match', fit: good[0], others: fits.filter((fit) => fit !== good[0]) };
}

/**
 * A day and month in a known meeting's year, or the next year's where the day comes before the meeting (a report of
 * 2 January on a meeting of 30 December).
 */
function inMeetingYear(meetingDate: string, { month, day }: DayWithoutYear): string | undefined {
  const year = Number(meetingDate.slice(0, 4));
  const iso = isoOf(year, month, day);
  return iso !== undefined && iso < meetingDate ? isoOf(year + 1, month, day) : iso;
}

/**
 * The known meeting of a report whose dateline gives a day and month but no year: each meeting judged as
 * `proposeMeeting` judges it, the report read as published on that day in the meeting's year, and its `why` saying
 * the year came from the meeting. The publication's year is never taken from it: a meeting's year is no proof.
 */
function proposeMeetingOfDay(
  text: string,
  body: string,
  peopleNamed: readonly string[],
  day: DayWithoutYear,
  meetings: readonly KnownMeeting[],
): MeetingProposal {
  const given = `the report gives ${day.day} ${monthTitle(day.month)} but no year`;
  return chosenMeeting(
    meetings.flatMap((meeting) => {
      const publishedInYear = inMeetingYear(meeting.date, day);
      if (publishedInYear === undefined) return [];
      const read = proposedMeetingDate(body, publishedInYear);
      const fit = meetingFit(text, peopleNamed, read, publishedInYear, meeting);
      const year = publishedInYear.slice(0, 4);
      return fit ? [{ ...fit, why: `${fit.why}; the year (${year}) came from the meeting: ${given}`, readInYear: read }] : [];
    }),
  );
}

const MEETING_WORDS = /\b(?:meeting|forum|summit|dialogue|conference|consultations?|talks)\b/i;

/**
 * The id of a new meeting: the headline's words where the headline names a meeting ("Japan-ASEAN Foreign Ministers'
 * Meeting" → `japan-asean-foreign-ministers-meeting-2024`), else `meeting-<date>`; never a known id.
 */
function newMeetingId(headline: string | undefined, date: string | undefined, known: ReadonlySet<string>): string {
  const year = date?.slice(0, 4);
  const words = slugify(headline ?? '')
    .split('-')
    .filter(Boolean)
    .slice(0, 8);
  const base =
    headline && MEETING_WORDS.test(headline) && words.length >= 2
      ? [...words, ...(year && !words.includes(year) ? [year] : [])].join('-')
      : `meeting-${date ?? 'undated'}`;
  let id = base;
  for (let n = 2; known.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** One line of the header's list of meetings: id, name, date, and why it fits. */
const meetingLine = ({ meeting, why }: MeetingFit) => `#   - ${meeting.id}: ${meeting.name}, ${meeting.date} (${why})`;

const yamlString = (value: string) => JSON.stringify(value);

/** The header's line of what was recognised, so the editor knows what to check. */
function recognisedLine(recognised: readonly string[]): string {
  return `# Recognised: ${recognised.length > 0 ? recognised.join('; ') : 'nothing (no title, date line, dateline or sign-off found)'}`;
}

/** The draft's `lang`: the proposed language, or where the text cannot tell, a placeholder naming the choices. */
function languageLine(language: ProposedLanguage): string {
  if ('code' in language) return `lang: ${language.code} # proposed: ${language.why}`;
  const choices = language.choices.map((code) => `${code} (${languageName(code)})`).join(' or ');
  return `lang: ${yamlString(placeholder(`${choices}: ${language.why}`))}`;
}

/**
 * The draft's publisher and the language of its name: the name the archive's articles give the abbreviation the
 * frame names, where they give one, or else a Chinese agency's full name (`CHINESE_AGENCIES`), in the language the
 * articles give it or else the one its letters and the report's language suggest (`proposedNameLanguage`); else a
 * placeholder for the name, proposed in the report's language.
 */
function publisherLines(short: string | undefined, language: ProposedLanguage, publishers: readonly KnownPublisher[]): string[] {
  const known = publishers.filter((publisher) => publisher.short === short);
  const names = [...new Set(known.map(({ name }) => name))];
  const agency = names.length === 0 && short !== undefined ? CHINESE_AGENCIES[short] : undefined;
  const name = names.length === 1 ? names[0] : agency?.name;
  const said = names.length === 1 ? known.find((publisher) => publisher.lang !== undefined)?.lang : undefined;
  let proposal: { code: string; why: string } | undefined;
  if (said !== undefined) proposal = { code: said, why: `as the archive's reports give it` };
  else if ('choices' in language) proposal = undefined;
  else if (name !== undefined) proposal = proposedNameLanguage(name, language.code);
  else proposal = { code: language.code, why: `the report's language (delete the line if the name is English)` };
  const nameLine =
    name === undefined
      ? `  publisher: ${yamlString(
          placeholder(
            names.length > 1
              ? `the publisher’s name (the archive's reports name ${short} ${names.join(' or ')})`
              : 'the publisher’s name',
          ),
        )}`
      : `  publisher: ${yamlString(name)} # proposed: ${
          agency
            ? `${agency.english}'s name in Chinese (the dateline's ${short})`
            : `the name the archive's reports give ${short}`
        }`;
  if (proposal === undefined) {
    const choices = 'choices' in language ? [...language.choices, 'en'].join(', ') : '';
    return [
      nameLine,
      `  publisherLang: ${yamlString(placeholder(`the language the publisher’s name is written in: ${choices}`))}`,
    ];
  }
  return [nameLine, ...(proposal.code === 'en' ? [] : [`  publisherLang: ${proposal.code} # proposed: ${proposal.why}`])];
}

/**
 * The hosts of official bodies' own sites: governments' domains (`gov`, and `gov.` or `go.` with a country's two
 * letters, `*`, as Viet Nam's, Singapore's, Japan's, Thailand's and Indonesia's ministries have them) and the ASEAN
 * Secretariat's. A report received from a host under one is proposed as a page of that body's site
 * (`publication.type: website`); a state news agency's on such a host (pna.gov.ph, kpl.gov.la) is the editor's to undo.
 */
export const OFFICIAL_SITE_DOMAINS = ['gov', 'gov.*', 'go.*', 'asean.org'] as const;

const OFFICIAL_HOST = new RegExp(
  `(?:^|\\.)(?:${OFFICIAL_SITE_DOMAINS.map((domain) => escapeRegExp(domain).replace('\\*', '[a-z]{2}')).join('|')})$`,
);

/** Whether an address is on an official body's own site (`OFFICIAL_SITE_DOMAINS`). */
export function isOfficialSite(address: string): boolean {
  return OFFICIAL_HOST.test(new URL(address).hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * The draft's address of the received page and what it proposes of the report's kind: a page of an official body's
 * site where the host is one's, or where the archive's reports of its publisher (`publisher`, by its abbreviation)
 * are; else nothing, a news outlet's article being the default.
 */
function receivedPageLines(
  url: string | undefined,
  publisher: { short: string | undefined; known: readonly KnownPublisher[] },
): { type: string[]; url: string[] } {
  const byPublisher = publisher.known.some(({ short, type }) => short === publisher.short && type === 'website');
  const type =
    url !== undefined && isOfficialSite(url)
      ? [
          `  type: website # proposed: ${new URL(url).hostname} is an official body's site (delete the line for a state news agency's report)`,
        ]
      : byPublisher
        ? [`  type: website # proposed: as the archive's reports of ${publisher.short} give it, pages of its own site`]
        : [];
  return { type, url: url === undefined ? [] : [`  url: ${yamlString(url)}`] };
}

/** The draft's publication date: proposed from the frame, or a placeholder saying what the frame gives of it. */
function publicationDateLine({ date, dateNote }: Frame): string {
  if (date) return `  date: ${yamlString(date)} # proposed: ${dateNote ?? 'from the frame'}`;
  return `  date: ${yamlString(placeholder(`the publication date, "YYYY-MM-DD"${dateNote ? ` (${dateNote})` : ''}`))}`;
}

/** The draft article for a received report. */
export function scaffoldReport({
  sourceFile,
  sourceText,
  people,
  topics,
  glossary,
  meetings = [],
  publishers = [],
  url,
}: ReportInput): ScaffoldedReport {
  const glossaryForms = glossary.flatMap((term) => term.forms);
  const { frame, body } = recogniseFrame(sourceText, new Set(glossaryForms));
  if (body.length === 0) throw new Error(`sources/${sourceFile} has no paragraphs of text after its headline and frame`);
  const recognised = [...frame.recognised, ...recogniseBody(body)];
  const bodyText = body.map((block) => block.join('\n')).join('\n\n');
  const fullText = sourceText.normalize('NFC');
  const language = proposedLanguage(fullText);
  // The people the report names: not those only the publisher's page names around it (a link to another story).
  const reportText = [frame.headline, frame.caption, bodyText]
    .filter((text) => text !== undefined)
    .join('\n\n')
    .normalize('NFC');
  const foundPeople = people.filter((person) => namesPerson(reportText, person.forms));
  const foundTopics = topics.filter((topic) => names(fullText, topic.forms, true));
  const meeting = proposedMeetingDate(bodyText, frame.date);
  const peopleNamed = foundPeople.map(({ id }) => id);
  const proposal = frame.dayWithoutYear
    ? proposeMeetingOfDay(fullText, bodyText, peopleNamed, frame.dayWithoutYear, meetings)
    : proposeMeeting(fullText, peopleNamed, meeting, frame.date, meetings);
  const meetingDraft = draftMeeting(proposal, meeting, frame.headline, new Set(meetings.map(({ id }) => id)));
  const unresolved = unresolvedNames(
    bodyText,
    [...people, ...topics].flatMap((entity) => entity.forms).concat(glossary.flatMap(({ expansion }) => expansion ?? [])),
    glossaryForms,
    // The dateline's place and the agencies the frame names are no names or abbreviations to add; the headline's
    // words are the text's own.
    [frame.dateline, frame.datelineAgency, frame.signature].filter((piece) => piece !== undefined),
    'code' in language && language.code === 'vi',
  );

  const paragraphs = markAbbreviations(body.map(mdxParagraph), glossary);
  const todo = [
    '# Drafted by `npm run new-report` from sources/' + sourceFile + '. Review every field; the build refuses each "TODO:" left.',
    recognisedLine(recognised),
    '# Proposed values (dates, frame, people, topics) are marked "proposed" in a comment: check them against the text.',
    ...(unresolved.names.length > 0
      ? [
          '# Names no entity file knows (add a file in people/ or topics/, or a variant/alias, if the archive should know them):',
          ...unresolved.names.map((name) => `#   - ${name}`),
        ]
      : []),
    ...(unresolved.abbreviations.length > 0
      ? [
          '# Abbreviations with no glossary entry (add one in glossary/, then wrap the first use in <Abbr term="…">):',
          ...unresolved.abbreviations.map((abbreviation) => `#   - ${abbreviation}`),
        ]
      : []),
    ...meetingDraft.header,
  ];

  const headline = frame.headline ?? placeholder('a headline in the archive’s words (the report has none)');
  // Of agencies a sign-off joins by "/", the last ran the report: "VNA/CVN" is VNA's copy in CVN's paper.
  const publisherShort = frame.signature?.split('/').at(-1) ?? frame.datelineAgency;
  const receivedPage = receivedPageLines(url, { short: publisherShort, known: publishers });
  const lines = [
    '---',
    ...todo,
    languageLine(language),
    `headline: ${yamlString(headline)}`,
    ...(frame.headline ? [] : ['headlineSupplied: true']),
    `summary: ${yamlString(placeholder('one sentence, in the archive’s words, on what the meeting did'))}`,
    'meeting:',
    ...meetingDraft.lines,
    'publication:',
    ...publisherLines(publisherShort, language, publishers),
    `  publisherShort: ${yamlString(publisherShort ?? placeholder('the publisher’s abbreviation, e.g. VNS; delete the line if it has none'))}${publisherShort ? ' # proposed: from the frame' : ''}`,
    ...receivedPage.type,
    publicationDateLine(
      // The proposed meeting's year is a clue to the publication's for the editor, no proof of it.
      frame.dayWithoutYear && proposal.kind === 'match'
        ? { ...frame, dateNote: `${frame.dateNote}; the meeting proposed was in ${proposal.fit.meeting.date.slice(0, 4)}` }
        : frame,
    ),
    ...(frame.byline ? [`  byline: ${yamlString(frame.byline)}`] : []),
    ...(frame.dateline ? [`  dateline: ${yamlString(frame.dateline)}`] : []),
    ...(frame.signature ? [`  signature: ${yamlString(frame.signature)}`] : []),
    ...(frame.section ? [`  section: ${yamlString(frame.section)}`] : []),
    ...(frame.caption
      ? [
          '  photo:',
          `    caption: ${yamlString(frame.caption)}`,
          ...(frame.credit ? [`    credit: ${yamlString(frame.credit)}`] : []),
        ]
      : []),
    ...receivedPage.url,
    '# Everyone the text names: move those who did not take part to `mentions` (with the role the report gives them).',
    'participants:',
    ...(foundPeople.length > 0
      ? foundPeople.flatMap(({ id }) => [
          `  - person: ${id}`,
          `    role: ${yamlString(placeholder('the office held at the meeting'))}`,
        ])
      : [
          `  - person: ${yamlString(placeholder('a person id from people/, or write participants: [] if the report names no one'))}`,
          `    role: ${yamlString(placeholder('the office held at the meeting'))}`,
        ]),
    'mentions: []',
    'topics: # proposed: every topic the text names',
    ...(foundTopics.length > 0
      ? foundTopics.map(({ id }) => `  - ${id}`)
      : [`  - ${yamlString(placeholder('a topic id from topics/'))}`]),
    'notes: []',
    'events: []',
    'source:',
    `  file: ${yamlString(sourceFile)}`,
    ...(frame.pieces.length > 0
      ? [
          '  frame: # proposed: the received pieces shown outside the body, in order',
          ...frame.pieces.map((piece) => `    - ${yamlString(piece)}`),
        ]
      : ['  frame: []']),
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ];
  // A headline in another script leaves few Latin words for an address; the received file's name names it then.
  const headlineWords = slugify(frame.headline ?? '')
    .split('-')
    .filter(Boolean);
  const shortName = (headlineWords.length >= 3 ? headlineWords : slugify(sourceFile.replace(/\.[^.]*$/, '')).split('-'))
    .slice(0, 8)
    .join('-');
  const fileName = `${frame.date ?? 'undated'}-${shortName}.mdx`;
  return {
    fileName,
    text: lines.join('\n'),
    recognised,
    meeting: meetingDraft.said,
    ...(meetingDraft.file ? { meetingFile: meetingDraft.file(fileName, sourceFile) } : {}),
  };
}

/**
 * The report's `meeting` block, the header's lines on the meetings considered, and where no known meeting fits, the
 * new meeting's file. The report gives its own `dateBasis` only where it differs from the meeting's.
 */
function draftMeeting(
  proposal: MeetingProposal,
  date: MeetingDate,
  headline: string | undefined,
  knownIds: ReadonlySet<string>,
): {
  lines: string[];
  header: string[];
  said: string;
  file?: (articleFile: string, sourceFile: string) => { fileName: string; text: string };
} {
  // A report that gives no year has its date read in the meeting's year (`readInYear`).
  const ownBasis = (meetingBases: readonly string[], note: string, read = date) =>
    meetingBases.every((basis) => basis === read.basis)
      ? []
      : [`  dateBasis: ${read.basis} # proposed: this report's own (${read.why}); ${note}`];
  if (proposal.kind === 'match') {
    const { meeting, why, readInYear } = proposal.fit;
    return {
      lines: [
        `  id: ${meeting.id} # proposed: ${meeting.name}, ${meeting.date}: ${why}`,
        ...ownBasis([meeting.dateBasis], `the meeting's is ${meeting.dateBasis}`, readInYear),
      ],
      header:
        proposal.others.length > 0
          ? [
              '# Other meetings of about that date (set meeting.id to one of them if the proposal is wrong):',
              ...proposal.others.map(meetingLine),
            ]
          : [],
      said: `meeting ${meeting.id} proposed (${why})`,
    };
  }
  if (proposal.kind === 'ambiguous') {
    const ids = proposal.fits.map(({ meeting }) => meeting.id);
    return {
      lines: [
        `  id: ${yamlString(placeholder(`ambiguous: one of ${ids.join(', ')} (listed at the top); set the right one`))}`,
        ...ownBasis(
          proposal.fits.map(({ meeting }) => meeting.dateBasis),
          'remove this line if the meeting has the same dateBasis',
          proposal.fits[0].readInYear,
        ),
      ],
      header: [
        '# Meetings this report may be about, each as likely as the others: set meeting.id to the right one',
        '# (or draft a new meeting file in meetings/ if it is none of them):',
        ...proposal.fits.map(meetingLine),
      ],
      said: `meeting ambiguous: one of ${ids.join(', ')}`,
    };
  }
  const id = newMeetingId(headline, date.date, knownIds);
  return {
    lines: [
      `  id: ${id} # proposed: a new meeting, drafted in meetings/${id}.yaml (no meeting there fits); rename the file and this id together if the id is poor`,
    ],
    header:
      proposal.near.length > 0
        ? [
            '# Meetings of about that date whose name and people the text does not give (if it is one of them, set',
            '# meeting.id to it and delete the drafted meeting file):',
            ...proposal.near.map(meetingLine),
          ]
        : [],
    said: `new meeting drafted: meetings/${id}.yaml`,
    file: (articleFile, sourceFile) => ({
      fileName: `${id}.yaml`,
      text: [
        `# Drafted by \`npm run new-report\` with articles/${articleFile} (from sources/${sourceFile}). Review every field; the build`,
        '# refuses each "TODO:" left. The file name is the meeting\'s id and its page\'s address (/meetings/<id>/).',
        '# Optional: series, number, partOf (the larger meeting it was held within), place, links (title, url).',
        `name: ${yamlString(placeholder('the meeting’s name, e.g. 35th ASEAN–Japan Forum'))}`,
        `date: ${yamlString(date.date ?? placeholder('the meeting date, "YYYY", "YYYY-MM" or "YYYY-MM-DD"'))} # proposed: ${date.why}`,
        `dateBasis: ${date.basis} # proposed`,
        `format: ${yamlString(placeholder('online, in-person, hybrid or not stated'))}`,
        '',
      ].join('\n'),
    }),
  };
}
