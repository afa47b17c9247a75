import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, csvTable } from '../../src/lib/csv.ts';

describe('csvCell', () => {
  it('quotes a cell with a comma, quotation mark or line break, doubling its quotation marks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x.test","y")'])(
    'neutralises a cell that a spreadsheet would read as a formula: %j',
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('leaves a dash or sign inside a cell alone', () => {
    expect(csvCell('ASEAN-Japan')).toBe('ASEAN-Japan');
  });
});

describe('csvTable', () => {
  it('writes the header and rows with CRLF after every line', () => {
    expect(csvTable(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
  });
});

describe('csvFile', () => {
  it('starts with a UTF-8 byte order mark, for Excel, before the same table', () => {
    const file = csvFile(['a'], [['ASEAN–Japan']]);
    expect(file).toBe(`\uFEFF${csvTable(['a'], [['ASEAN–Japan']])}`);
    expect([...Buffer.from(file, 'utf-8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
