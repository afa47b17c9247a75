import { describe, expect, it } from 'vitest';
import { citedHeadline, shownHeadline } from '../../src/lib/headline.ts';

describe('headlines', () => {
  it('shows a headline the archive supplied in square brackets, a received one as it is', () => {
    expect(shownHeadline({ headline: 'Ministers meet', headlineSupplied: true })).toBe('[Ministers meet]');
    expect(shownHeadline({ headline: 'Ministers meet', headlineSupplied: false })).toBe('Ministers meet');
  });

  it('names a received headline in quotation marks in a sentence, a supplied one in its brackets only', () => {
    expect(citedHeadline({ headline: 'Ministers meet', headlineSupplied: false })).toBe('“Ministers meet”');
    expect(citedHeadline({ headline: 'Ministers meet', headlineSupplied: true })).toBe('[Ministers meet]');
  });
});
