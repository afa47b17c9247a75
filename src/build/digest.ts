import { createHash } from 'node:crypto';

/** A short, stable digest of a text (SHA-256, base64url): for keys that change when the text does. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
