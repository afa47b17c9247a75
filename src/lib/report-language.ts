/**
 * A report's language: the one place that decides it (its `lang`, English by default) and names it, and the
 * languages a text's letters show (what `new-report` proposes from, src/lib/proposed-language.ts).
 */

/** A report's language, for a `lang` attribute and for readers. */
export interface ReportLanguage {
  /** BCP 47, as the report's `lang` gives it ("vi", "ja"). */
  code: string;
  /** Its name in English ("Vietnamese"), as the archive's interface names it. */
  name: string;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language a report was published in (its `lang`, English by default), with its name in English. */
export function reportLanguage(article: { data: { lang?: string } }): ReportLanguage {
  const code = article.data.lang ?? 'en';
  return { code, name: languageName(code) };
}

/**
 * A language as Open Graph gives a locale, language_TERRITORY ("vi" → "vi_VN", "ja" → "ja_JP", "en" → "en_US"): the
 * territory Unicode's likely-subtags data gives the language where the tag names none.
 */
export function openGraphLocale(code: string): string {
  try {
    const { language, region } = new Intl.Locale(code).maximize();
    return region ? `${language}_${region}` : language;
  } catch {
    return code;
  }
}

/** Languages' names in English, none for a code no language has ("jp"). */
const NAMED_LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether Intl names the language of a code ("ja" yes, "jp" no). */
export const isNamedLanguage = (code: string) => NAMED_LANGUAGES.of(code) !== undefined;

/** Two-letter codes by their language's name in English, lower-cased ("french" → "fr"), made on first use. */
let codesByName: Map<string, string> | undefined;

/** The two-letter code of a language named in English ("French", "vietnamese" → "fr", "vi"), for an editor's hint. */
export function languageCodeNamed(name: string): string | undefined {
  if (!codesByName) {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    codesByName = new Map(
      letters.flatMap((first) =>
        letters.flatMap((second) => {
          const code = first + second;
          const known = NAMED_LANGUAGES.of(code);
          return known ? [[known.toLowerCase(), code] as const] : [];
        }),
      ),
    );
  }
  return codesByName.get(name.trim().toLowerCase());
}

/**
 * The country a two-letter code names and its language's code, where an editor wrote the country's code for the
 * language's ("jp" for Japanese: "ja"; "vn": "vi"), for a hint.
 */
export function languageOfCountryCode(code: string): { country: string; language: string } | undefined {
  if (!/^[a-z]{2}$/i.test(code)) return undefined;
  const region = code.toUpperCase();
  const country = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(region);
  const language = new Intl.Locale(`und-${region}`).maximize().language;
  return country && language !== 'und' ? { country, language } : undefined;
}

/** Names already looked up: Intl's lookup is slow, and every listing names the language of each of its reports. */
const namesByCode = new Map<string, string>();

/** A language's name in English ("vi" → "Vietnamese"), or the tag itself where Intl knows none. */
export function languageName(code: string): string {
  let name = namesByCode.get(code);
  if (name === undefined) {
    try {
      name = LANGUAGE_NAMES.of(code) ?? code;
    } catch {
      name = code;
    }
    namesByCode.set(code, name);
  }
  return name;
}

/** Letters only Vietnamese writes among the Latin scripts: ă â đ ê ô ơ ư, and the tone marks on them and on the plain vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9ĩũĨŨ]/u;

/** The scripts of the region that one language writes: a text mostly in one of them is in that language. */
const SCRIPT_LANGUAGES = [
  { script: /\p{Script=Thai}/gu, code: 'th', why: 'Thai script' },
  { script: /\p{Script=Lao}/gu, code: 'lo', why: 'Lao script' },
  { script: /\p{Script=Khmer}/gu, code: 'km', why: 'Khmer script' },
  { script: /\p{Script=Myanmar}/gu, code: 'my', why: 'Myanmar script (check it is not another language written in it)' },
] as const;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Whether a text has kana, which only Japanese writes: a name in Han characters alone may be Chinese or Japanese. */
export const hasKana = (text: string) => text.search(KANA) >= 0;

/**
 * Han characters, no kana, from which on a text is Chinese: more than a headline in them alone has (日・ASEAN外相会議
 * has 4, 东盟与日本外长会议以视频方式举行 16), about two sentences of a Chinese report.
 */
const MIN_HAN_PROSE = 40;

/** A language a text's letters show, with why. */
export interface LanguageByLetters {
  code: string;
  why: string;
}

/**
 * The language a text's letters show beyond doubt, for a report's text or a publisher's name: Thai, Lao, Khmer and
 * Burmese by their scripts, Japanese by kana and kanji, Chinese by Han characters with no kana in a text longer than
 * a headline (a shorter one is taken for Japanese, with a caution), Vietnamese by its letters (a word in five or more with one of
 * Vietnamese's own letters or tone marks: an English text naming Bùi Thanh Sơn is not Vietnamese); none for other
 * Latin-script text, whose language only its words tell.
 */
export function languageByLetters(text: string): LanguageByLetters | undefined {
  const normalized = text.normalize('NFC');
  const letters = [...normalized.matchAll(/\p{L}/gu)].length;
  if (letters === 0) return undefined;
  const share = (pattern: RegExp) => [...normalized.matchAll(pattern)].length / letters;
  const byScript = SCRIPT_LANGUAGES.find(({ script }) => share(script) > 0.3);
  if (byScript) return { code: byScript.code, why: byScript.why };
  const kana = share(KANA);
  const han = share(/\p{Script=Han}/gu);
  if (kana + han > 0.3) {
    if (kana > 0) return { code: 'ja', why: 'kana and kanji' };
    // Japanese prose always has kana (particles, endings); a headline or a name may have none.
    if (han * letters >= MIN_HAN_PROSE) return { code: 'zh', why: 'Han characters and no kana (Japanese prose has kana)' };
    return { code: 'ja', why: 'kanji (no kana: check it is not Chinese)' };
  }
  const words = normalized.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const vietnamese = words.filter((word) => VIETNAMESE_LETTER.test(word)).length;
  if (words.length > 0 && vietnamese / words.length >= 0.2) return { code: 'vi', why: 'Vietnamese letters and tone marks' };
  return undefined;
}

/** The languages a text's letters show beyond doubt: a script only one language of the region writes, kana, Vietnamese's letters. */
const DECISIVE_BY_LETTERS = new Set(['th', 'lo', 'km', 'vi']);

/**
 * The language a text's letters show beyond doubt (Thai, Lao or Khmer script, Japanese kana, Vietnamese's letters and
 * tone marks), or undefined: a text in Burmese script or in Han characters alone may be in more than one language,
 * and a Latin one's language only its words tell.
 */
export function decisiveLanguage(text: string): LanguageByLetters | undefined {
  const shown = languageByLetters(text);
  return shown && (DECISIVE_BY_LETTERS.has(shown.code) || (shown.code === 'ja' && hasKana(text))) ? shown : undefined;
}

/**
 * Why a report's `lang` cannot be its text's language, or undefined: the text's letters show another beyond doubt
 * (`decisiveLanguage`); other texts' languages are left to the editor.
 */
export function languageMismatch(lang: string, text: string): string | undefined {
  const shown = decisiveLanguage(text);
  if (!shown) return undefined;
  if (lang.split('-')[0].toLowerCase() === shown.code) return undefined;
  return `the report is written in ${languageName(shown.code)} (${shown.why}), not in ${languageName(lang)}: write lang: ${shown.code}`;
}

/** What `versionsAmong` needs of a report. */
interface Versioned {
  id: string;
  data: { translationOf?: string };
}

/**
 * The other versions of a report among `reports` (its meeting's): the report it is a translation of, those that are
 * translations of it, and the other translations of the same one.
 */
export function versionsAmong<T extends Versioned>(report: Versioned, reports: readonly T[]): T[] {
  const original = report.data.translationOf ?? report.id;
  return reports.filter((other) => other.id !== report.id && (other.id === original || other.data.translationOf === original));
}

/**
 * The `lang` to mark a report's words with on a page in the interface's language (English): its language, or none
 * for English.
 */
export function wordsLang(article: { data: { lang?: string } }): string | undefined {
  const { code } = reportLanguage(article);
  return code === 'en' ? undefined : code;
}

/** The `lang` of a report's headline as shown: its words' (`wordsLang`), unless the archive supplied it in its own. */
export function headlineLang(article: { data: { lang?: string; headlineSupplied?: boolean } }): string | undefined {
  return article.data.headlineSupplied ? undefined : wordsLang(article);
}

/** Words as a page shows them among the interface's English ones: their text, and their language where that is another. */
export interface TextInLanguage {
  text: string;
  /** BCP 47, for a `lang` attribute; none for English. */
  lang?: string;
}

/**
 * A report's publisher's name, in the language it is written in (`publisherLang`, English by default): not always
 * the report's (Viet Nam News publishes in English; Japan's foreign ministry's Japanese releases give its English name).
 */
export function publisherName(article: { data: { publication: { publisher: string; publisherLang?: string } } }): TextInLanguage {
  return inPublisherLanguage(article, article.data.publication.publisher);
}

/**
 * A report's publisher's short name ("TTXVN", "VNS"), in the language of the publisher's name, unless it is written in
 * Latin letters alone and the name is not: a Thai ministry's "MFA" is English.
 */
export function publisherShortName(article: {
  data: { publication: { publisher: string; publisherShort: string; publisherLang?: string } };
}): TextInLanguage {
  const { publisher, publisherShort } = article.data.publication;
  return inLatinLetters(publisherShort) && !inLatinLetters(publisher)
    ? { text: publisherShort }
    : inPublisherLanguage(article, publisherShort);
}

/**
 * The language a person's name is written in, where it is written as in their own language ("Bùi Thanh Sơn", whose
 * `nativeName` is the same text): none for a romanised name.
 */
export function personNameLang({
  name,
  nativeName,
}: {
  name: string;
  nativeName?: { text: string; lang: string };
}): string | undefined {
  return nativeName && nativeName.text === name && nativeName.lang !== 'en' ? nativeName.lang : undefined;
}

const inLatinLetters = (text: string) => !/[^\P{L}\p{Script=Latin}]/u.test(text);

function inPublisherLanguage(article: { data: { publication: { publisherLang?: string } } }, text: string): TextInLanguage {
  const { publisherLang } = article.data.publication;
  return publisherLang && publisherLang !== 'en' ? { text, lang: publisherLang } : { text };
}
