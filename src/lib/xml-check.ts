import { SyntaxValidator } from 'fast-xml-validator';

/** Characters XML 1.0 does not allow anywhere in a document, not even as references (§2.2). */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/**
 * The UTF-16 code units any such character contains: found by a scan that is many times faster than the Unicode
 * one above, which then runs only on a document that has one (a surrogate is allowed when it is half a pair).
 */
const MAYBE_NOT_XML_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
const NOT_XML_REFERENCE = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/;

/**
 * Why an XML document is not well-formed (with its line where known), or undefined if it is.
 * A feed reader drops a malformed feed whole, so the build checks every feed it writes.
 */
export function xmlProblem(xml: string): string | undefined {
  const badCharacter = (MAYBE_NOT_XML_CHARACTER.test(xml) ? NOT_XML_CHARACTER.exec(xml) : null) ?? NOT_XML_REFERENCE.exec(xml);
  if (badCharacter) {
    const line = xml.slice(0, badCharacter.index).split('\n').length;
    return `line ${line}: a character XML does not allow (${JSON.stringify(badCharacter[0])})`;
  }
  try {
    SyntaxValidator.validate(xml);
    return undefined;
  } catch (error) {
    const { line, message } = error as Error & { line?: number };
    return `line ${line ?? '?'}: ${message}`;
  }
}
