import { describe, expect, it } from 'vitest';
import { packReportText, unpackReportText } from '../../src/build/stored-report.ts';
import type { StyledCitations } from '../../src/lib/citations.ts';

const entry = (style: string) => ({
  entry: `<i>Báo ${style}</i>. “Hội nghị.”`,
  pinpoint: ['(“Hội nghị,” para. ', ') https://a.test/x/#p-', ''],
});
const citations: StyledCitations = { chicago: entry('chicago'), apa: entry('apa'), mla: entry('mla') };

describe('packReportText', () => {
  const text = {
    body: 'Minister Bùi Thanh Sơn met 茂木敏充 — “verbatim”, slips and all.\n\n<Abbr term="asean">ASEAN</Abbr>',
    html: '<p id="p-1">Minister Bùi Thanh Sơn met 茂木敏充 — “verbatim”, slips and all.</p>\n<p id="p-2"><abbr data-glossary-term="asean">ASEAN</abbr></p>',
    citations,
  };

  it('gives back the very body, HTML and citations it packed', () => {
    expect(unpackReportText(packReportText(text))).toEqual(text);
    expect(unpackReportText(packReportText({ body: '', html: '', citations }))).toEqual({ body: '', html: '', citations });
  });

  it('packs into ASCII, which the store module holds as a fast-to-compile string', () => {
    expect(packReportText(text)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('is smaller than the text it packs, for a report of ordinary length', () => {
    const long = { body: text.body.repeat(20), html: text.html.repeat(20), citations };
    expect(packReportText(long).length).toBeLessThan(long.body.length + long.html.length);
  });

  it('does not take a plain body for a packed one', () => {
    expect(unpackReportText(text.body)).toBeUndefined();
    expect(unpackReportText('')).toBeUndefined();
  });
});
