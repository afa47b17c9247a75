/**
 * The first `max` code points of a text: a cap on input from the address bar that never cuts an emoji or
 * other character outside the Basic Multilingual Plane in half (which `slice` on UTF-16 units would).
 */
export function firstCodePoints(text: string, max: number): string {
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) return text.slice(0, end);
    end += char.length;
    count += 1;
  }
  return text;
}
