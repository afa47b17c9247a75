/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quotation mark or line break in double
 * quotes, its quotation marks doubled), made safe to open in a spreadsheet: a cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be read as a formula, so it gets a leading apostrophe (OWASP's
 * advice on CSV injection). The apostrophe is shown by some programs; the words after it are unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV file as served: the table after a UTF-8 byte order mark, without which Excel reads the file in the machine's
 * legacy code page and shows "ASEAN–Japan" as "ASEANâ€“Japan". Other programs (Python's `utf-8-sig`, R, LibreOffice)
 * skip it.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${csvTable(header, rows)}`;
}
