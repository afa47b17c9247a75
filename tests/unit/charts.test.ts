import { describe, expect, it } from 'vitest';
import { countsPerYear, yearChart } from '../../src/lib/charts.ts';

const series = [
  { key: 'in-person', label: 'In person' },
  { key: 'online', label: 'Online' },
];

describe('yearChart', () => {
  const chart = yearChart({
    years: [
      { year: 2023, counts: { online: 1 }, href: '/timeline/2023/' },
      { year: 2020, counts: { 'in-person': 3, online: 1 }, href: '/timeline/2020/' },
      { year: 2021, counts: { 'in-person': 6, online: 2 }, href: '/timeline/2021/' },
    ],
    series,
    noun: 'meeting',
    title: 'Meetings per year',
  });

  it('draws a bar for every year of the span, the years without counts empty and unlinked', () => {
    expect(chart.bars.map(({ year, total, href }) => [year, total, href])).toEqual([
      [2020, 4, '/timeline/2020/'],
      [2021, 8, '/timeline/2021/'],
      [2022, 0, undefined],
      [2023, 1, '/timeline/2023/'],
    ]);
    // Equal bands, left to right, inside the plot; four years take two thirds of it, centred (a column at most a sixth).
    const [first, second] = chart.bars;
    expect(second.x - first.x).toBeCloseTo(16.67, 1);
    expect(first.x).toBeGreaterThan(16.67);
    expect(chart.bars.at(-1)!.x + chart.bars.at(-1)!.width).toBeLessThan(83.33);
    // A year's link covers its whole column.
    expect(chart.bars.map(({ columnX }) => columnX)).toEqual([16.67, 33.33, 50, 66.67]);
    expect(chart.bars[2].segments).toEqual([]);
  });

  it('keeps a single year’s bar a bar, centred, and many years’ columns across the whole plot', () => {
    const one = yearChart({ years: [{ year: 2021, counts: { online: 1 } }], series, noun: 'meeting', title: 'T' });
    const [bar] = one.bars;
    expect(bar.columnWidth).toBeCloseTo(16.67, 1);
    expect(bar.x + bar.width / 2).toBeCloseTo(50, 1);
    const many = yearChart({
      years: [
        { year: 1977, counts: { online: 1 } },
        { year: 2026, counts: { online: 1 } },
      ],
      series,
      noun: 'meeting',
      title: 'T',
    });
    expect(many.bars[0].columnX).toBe(0);
    expect(many.bars.at(-1)!.columnX + many.bars.at(-1)!.columnWidth).toBeCloseTo(100, 1);
  });

  it('stacks each year’s series from the baseline up, heights in proportion to the counts', () => {
    const [y2020, y2021] = chart.bars;
    const [inPerson, online] = y2021.segments;
    expect([inPerson.series, online.series]).toEqual([1, 2]);
    // The first series stands on the baseline, the next on it.
    expect(inPerson.y + inPerson.height).toBeCloseTo(chart.baseline, 1);
    expect(online.y + online.height).toBeCloseTo(inPerson.y, 1);
    expect(inPerson.height / online.height).toBeCloseTo(3, 1);
    const height = (bar: typeof y2020) => bar.segments.reduce((total, { height: part }) => total + part, 0);
    expect(height(y2021) / height(y2020)).toBeCloseTo(2, 1);
    expect(y2021.label).toBe('2021: 8 meetings (in person 6, online 2)');
  });

  it('labels round counts on gridlines from the baseline, and the years', () => {
    expect(chart.countTicks[0]).toEqual({ label: '0', position: chart.baseline });
    expect(chart.countTicks.map(({ label }) => label)).toEqual(['0', '2', '4', '6', '8']);
    // The top gridline is the tallest bar's top: 8 is a round number already.
    expect(chart.countTicks.at(-1)!.position).toBeCloseTo(chart.bars[1].segments.at(-1)!.y, 1);
    expect(chart.yearTicks.map(({ label }) => label)).toEqual(['2020', '2021', '2022', '2023']);
    expect(chart.yearTicks[0].position).toBeCloseTo(chart.bars[0].x + chart.bars[0].width / 2, 1);
  });

  it('says what it shows, with a key for its series and the same numbers as a table', () => {
    expect(chart.description).toBe('From 2020 to 2023, 13 meetings; the most in 2021 (8).');
    expect(chart.series).toEqual([
      { key: 'in-person', label: 'In person', series: 1 },
      { key: 'online', label: 'Online', series: 2 },
    ]);
    expect(chart.table).toEqual({
      columns: ['Year', 'In person', 'Online', 'Meetings'],
      rows: [
        { year: 2020, href: '/timeline/2020/', cells: ['3', '1', '4'] },
        { year: 2021, href: '/timeline/2021/', cells: ['6', '2', '8'] },
        { year: 2023, href: '/timeline/2023/', cells: ['0', '1', '1'] },
      ],
    });
  });

  it('writes large counts for the reader and labels fifty years by decade', () => {
    const wide = yearChart({
      years: [
        { year: 1977, counts: { reports: 10_000 } },
        { year: 2026, counts: { reports: 2 } },
      ],
      series: [{ key: 'reports', label: 'Reports' }],
      noun: 'report',
      title: 'Reports per year',
    });
    expect(wide.bars).toHaveLength(50);
    expect(wide.series).toEqual([]);
    expect(wide.yearTicks.map(({ label }) => label)).toEqual(['1980', '1990', '2000', '2010', '2020']);
    expect(wide.countTicks.at(-1)!.label).toBe('10,000');
    expect(wide.description).toBe('From 1977 to 2026, 10,002 reports; the most in 1977 (10,000).');
    expect(wide.table.columns).toEqual(['Year', 'Reports']);
    expect(wide.bars[0].label).toBe('1977: 10,000 reports');
  });

  it('draws one year alone, and nothing for no years', () => {
    const one = yearChart({
      years: [{ year: 2021, counts: { reports: 1 } }],
      series: [{ key: 'reports', label: 'Reports' }],
      noun: 'report',
      title: 'T',
    });
    expect(one.bars).toHaveLength(1);
    expect(one.yearTicks.map(({ label }) => label)).toEqual(['2021']);
    expect(one.description).toBe('In 2021, 1 report.');
    // Years that tie for the most are named together, or counted.
    const counts = (years: number[]) => years.map((year) => ({ year, counts: { online: 1 } }));
    const tied = (years: number[]) => yearChart({ years: counts(years), series, noun: 'meeting', title: 'T' }).description;
    expect(tied([2020, 2021])).toBe('From 2020 to 2021, 2 meetings; the most in 2020 and 2021 (1 each).');
    expect(tied([2019, 2020, 2021])).toBe('From 2019 to 2021, 3 meetings; the most in 2019, 2020 and 2021 (1 each).');
    expect(tied([2018, 2019, 2020, 2023])).toBe('From 2018 to 2023, 4 meetings; the most, 1, in each of 4 years.');
    const none = yearChart({ years: [], series: [{ key: 'reports', label: 'Reports' }], noun: 'report', title: 'T' });
    expect([none.bars, none.yearTicks, none.table.rows, none.description]).toEqual([[], [], [], 'No reports yet.']);
  });
});

describe('countsPerYear', () => {
  it('counts items by year and series, with each year’s link', () => {
    const items = [
      { year: 2021, kind: 'online' },
      { year: 2021, kind: 'online' },
      { year: 2021, kind: 'hybrid' },
      { year: 1995, kind: 'online' },
    ];
    expect(
      countsPerYear(
        items,
        (item) => item.year,
        (item) => item.kind,
        (year) => `/y/${year}/`,
      ),
    ).toEqual([
      { year: 2021, counts: { online: 2, hybrid: 1 }, href: '/y/2021/' },
      { year: 1995, counts: { online: 1 }, href: '/y/1995/' },
    ]);
  });
});
