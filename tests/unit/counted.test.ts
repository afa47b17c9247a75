import { describe, expect, it } from 'vitest';
import { counted, formattedCount } from '../../src/lib/counted.ts';

describe('counted', () => {
  it('says one in the singular, any other number in the plural, with thousands separated', () => {
    expect([counted(0, 'meeting'), counted(1, 'meeting'), counted(4, 'report')]).toEqual([
      '0 meetings',
      '1 meeting',
      '4 reports',
    ]);
    expect(counted(10_000, 'report')).toBe('10,000 reports');
    expect(formattedCount(1234567)).toBe('1,234,567');
  });
});
