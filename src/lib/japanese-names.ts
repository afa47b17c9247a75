/** Offices and forms of address a Japanese text writes straight after a name: 林芳正外務大臣, ソン外相, 茂木氏. */
export const JAPANESE_TITLES = [
  '内閣総理大臣',
  '外務大臣',
  '外務副大臣',
  '外務大臣政務官',
  '副首相',
  '首相',
  '総理大臣',
  '大臣',
  '外相',
  '大統領',
  '国務長官',
  '長官',
  '事務総長',
  '大使',
  '議長',
  '国王',
  '氏',
];

/**
 * How a Japanese text names a person whose name it writes in kanji, family name first and without spaces, by the
 * family name alone before an office: 茂木大臣 and 茂木外相 of 茂木敏充. The family name's length is unknown, so each
 * part the name opens with is taken (another's name is hardly one of them with an office after it). None for a name
 * in other letters.
 */
export function familyNameWithOffice(nativeName: string): string[] {
  const letters = [...nativeName];
  if (letters.length < 2 || !letters.every((letter) => /\p{scx=Han}/u.test(letter))) return [];
  return letters.slice(1).flatMap((_, end) => JAPANESE_TITLES.map((title) => letters.slice(0, end + 1).join('') + title));
}
