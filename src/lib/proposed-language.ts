/**
 * The languages `new-report` proposes: a received text's (its `lang`) and a publisher's name's (`publisherLang`).
 * Scripts and Vietnamese's letters decide where they can (`languageByLetters`); other Latin-script text is
 * identified by franc's trigram models.
 */
import { francAll } from 'franc';
import { hasKana, languageByLetters, languageName } from './report-language.ts';

/**
 * The Latin-script languages franc chooses among (ISO 639-3), each with its BCP 47 tag: the region's, and the
 * European languages reports of it are written in. A short list keeps franc from naming a language of elsewhere
 * that shares a few trigrams with a text. Not Cebuano: franc finds Filipino news text as likely to be Cebuano, and
 * the Philippines' outlets publish in Filipino and English (an editor sets `lang` of a Cebuano report by hand).
 */
const LATIN_SCRIPT_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  jav: 'jv',
  vie: 'vi',
  por: 'pt',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
};

/** Fewer characters than this are too few for franc to tell a language by (a headline alone, a caption). */
const MIN_IDENTIFIABLE_LENGTH = 100;

/** Languages franc's models cannot tell apart: it finds Indonesian and Malay text each as likely to be either. */
const INDISTINGUISHABLE: readonly (readonly string[])[] = [['id', 'ms']];

/** A proposal: one language, or (where the text cannot tell) the languages the editor must choose among. */
export type ProposedLanguage = { code: string; why: string } | { choices: readonly string[]; why: string };

/**
 * The language `new-report` proposes for a received text, with why: by its letters where they show it, else by
 * franc among Latin-script languages; English where the text is too short to tell, and a choice where franc cannot
 * tell the languages apart (Indonesian and Malay).
 */
export function proposedLanguage(text: string): ProposedLanguage {
  const byLetters = languageByLetters(text);
  if (byLetters) return byLetters;
  const [best] = francAll(text.normalize('NFC'), {
    only: Object.keys(LATIN_SCRIPT_LANGUAGES),
    minLength: MIN_IDENTIFIABLE_LENGTH,
  });
  const code = best && LATIN_SCRIPT_LANGUAGES[best[0]];
  if (!code) return { code: 'en', why: 'too little text to tell its language; English by default' };
  const alike = INDISTINGUISHABLE.find((codes) => codes.includes(code));
  if (alike) {
    const names = alike.map(languageName).join(' from ');
    return { choices: alike, why: `franc cannot tell ${names}: choose by the publisher` };
  }
  return { code, why: `franc finds ${languageName(code)} words` };
}

/** Whether a language is written in the Latin script (where its tag names no other, by Unicode's likely subtags). */
function writtenInLatin(code: string): boolean {
  try {
    return new Intl.Locale(code).maximize().script === 'Latn';
  } catch {
    return false;
  }
}

/**
 * The language a publisher's name is proposed in: the one its letters show (สำนักข่าวไทย, 共同通信, Báo Thế giới & Việt
 * Nam), Chinese for a name in Han characters alone in a Chinese report (新华通讯社); a name in plain Latin letters is
 * taken to be in its report's language where that is written in Latin letters (Antara in an Indonesian report), else
 * English (Ministry of Foreign Affairs of Japan in a Japanese release). Too short for franc, a name's words do not tell
 * more.
 */
export function proposedNameLanguage(name: string, reportLang: string): { code: string; why: string } {
  const byLetters = languageByLetters(name);
  // A name is too short for Han characters alone to tell Chinese from Japanese: its report's language tells.
  if (byLetters?.code === 'ja' && reportLang === 'zh' && !hasKana(name))
    return { code: 'zh', why: 'Han characters, in a report in Chinese' };
  if (byLetters) return byLetters;
  if (writtenInLatin(reportLang)) return { code: reportLang, why: `Latin letters, in a report in ${languageName(reportLang)}` };
  return { code: 'en', why: `Latin letters, in a report in ${languageName(reportLang)}: English unless it is romanised` };
}
