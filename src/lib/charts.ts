import { greatest, range, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { counted, formattedCount } from './counted.ts';

/**
 * Charts of counts per year, drawn at build time as static SVG: d3's scales place the years and the counts, d3's
 * stack lays the series of a year one on another. Every position is a percentage of the plot, so the SVG needs no
 * viewBox and its text is never stretched: the chart takes any width and its labels keep the page's type size.
 */

/** One of the kinds a year's count is split by (a meeting format), in the order they are stacked, from the bottom. */
export interface ChartSeriesSpec {
  key: string;
  label: string;
}

/** What a year counts, by series; a year may link to its own page. */
export interface YearCounts {
  year: number;
  counts: Readonly<Record<string, number>>;
  href?: string;
}

export interface YearChartInput {
  /** Years with something to count, in any order; the years between them are drawn empty. */
  years: readonly YearCounts[];
  /** One series draws plain bars; more draw stacked bars with a key. */
  series: readonly ChartSeriesSpec[];
  /** What is counted, singular: "meeting", "report". */
  noun: string;
  title: string;
  /** About how many count gridlines to draw: fewer for a small chart. */
  gridlines?: number;
}

/** A part of a bar: one series' count in one year, in percent of the plot (y from the top). */
export interface BarSegment {
  /** The series' position in the key, from 1: the colour it is drawn in. */
  series: number;
  y: number;
  height: number;
}

export interface ChartBar {
  year: number;
  total: number;
  href: string | undefined;
  /** The bar's accessible name: "1995: 212 meetings (in person 150, online 62)". */
  label: string;
  /** Left edge and width of the bar, in percent of the plot's width. */
  x: number;
  width: number;
  /** Left edge and width of the year's whole column (its link's target), in percent. */
  columnX: number;
  columnWidth: number;
  segments: BarSegment[];
}

/** A labelled position on an axis, in percent: from the top for counts, from the left (a year's middle) for years. */
export interface ChartTick {
  label: string;
  position: number;
}

export interface YearChartData {
  title: string;
  /** The chart in a sentence, for its description: span, total and busiest year. */
  description: string;
  /** The key of a stacked chart; empty for plain bars. */
  series: { key: string; label: string; series: number }[];
  bars: ChartBar[];
  /** Where the bars stand, in percent of the SVG's height from the top. */
  baseline: number;
  /** Count gridlines, the baseline (0) first. */
  countTicks: ChartTick[];
  yearTicks: ChartTick[];
  /** The same numbers as a table: one row per year with a count, oldest first. */
  table: { columns: string[]; rows: { year: number; href: string | undefined; cells: string[] }[] };
}

/** The plot's top and bottom, in percent of the SVG's height: room above for the top count, below for the years. */
const PLOT_TOP = 8;
const PLOT_BOTTOM = 84;

/**
 * The widest a year's column may be, in percent of the plot: a chart of a few years (a person's, a small archive's)
 * keeps bars of a bar's shape, centred, rather than a year as wide as the page. A sixth, not less: a span of up to
 * six years labels every year, and on a 320 px phone a narrower column is narrower than its year's label.
 */
const WIDEST_COLUMN = 100 / 6;

/** A chart of counts per year: bars (stacked by series where there are several), gridlines, year labels and a table. */
export function yearChart({ years, series, noun, title, gridlines = 4 }: YearChartInput): YearChartData {
  const sorted = years.toSorted((a, b) => a.year - b.year);
  const totalOf = (entry: YearCounts) => sum(series, ({ key }) => entry.counts[key] ?? 0);
  const first = sorted.at(0)?.year;
  const last = sorted.at(-1)?.year;
  const allYears = first === undefined || last === undefined ? [] : range(first, last + 1);
  const byYear = new Map(sorted.map((entry) => [entry.year, entry]));
  const columns = allYears.map((year) => byYear.get(year) ?? { year, counts: {} });

  const columnsWidth = Math.min(100, allYears.length * WIDEST_COLUMN);
  const columnsRange: [number, number] = [(100 - columnsWidth) / 2, (100 + columnsWidth) / 2];
  const x = scaleBand<number>().domain(allYears).range(columnsRange).paddingInner(0.2).paddingOuter(0.1);
  const column = scaleBand<number>().domain(allYears).range(columnsRange);
  const highest = Math.max(1, ...columns.map(totalOf));
  const y = scaleLinear().domain([0, highest]).nice(gridlines).range([PLOT_BOTTOM, PLOT_TOP]);
  const layers = stack<YearCounts, string>()
    .keys(series.map(({ key }) => key))
    .value((entry, key) => entry.counts[key] ?? 0)(columns);

  const plural = (count: number) => counted(count, noun);
  const bars = columns.map((entry, index): ChartBar => {
    const total = totalOf(entry);
    const parts = series.filter(({ key }) => (entry.counts[key] ?? 0) > 0);
    const split =
      series.length > 1 && parts.length > 0
        ? ` (${parts.map(({ key, label }) => `${label.toLowerCase()} ${formattedCount(entry.counts[key])}`).join(', ')})`
        : '';
    return {
      year: entry.year,
      total,
      href: total > 0 ? entry.href : undefined,
      label: `${entry.year}: ${plural(total)}${split}`,
      x: round(x(entry.year) ?? 0),
      width: round(x.bandwidth()),
      columnX: round(column(entry.year) ?? 0),
      columnWidth: round(column.bandwidth()),
      segments: layers.flatMap((layer, seriesIndex) => {
        const [low, high] = layer[index];
        return high > low ? [{ series: seriesIndex + 1, y: round(y(high)), height: round(y(low) - y(high)) }] : [];
      }),
    };
  });

  const busiest = greatest(bars, (bar) => bar.total);
  const grandTotal = sum(bars, (bar) => bar.total);
  const span = first === last ? `In ${first}` : `From ${first} to ${last}`;
  const description =
    busiest === undefined
      ? `No ${noun}s yet.`
      : `${span}, ${plural(grandTotal)}${first === last ? '' : `; ${busiestYears(bars, busiest.total)}`}.`;

  return {
    title,
    description,
    series: series.length > 1 ? series.map(({ key, label }, index) => ({ key, label, series: index + 1 })) : [],
    bars,
    baseline: PLOT_BOTTOM,
    countTicks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ label: formattedCount(value), position: round(y(value)) })),
    yearTicks: yearTicks(allYears).map((year) => ({
      label: String(year),
      position: round((x(year) ?? 0) + x.bandwidth() / 2),
    })),
    table: {
      columns: [
        'Year',
        ...(series.length > 1 ? series.map(({ label }) => label) : []),
        `${noun[0].toUpperCase()}${noun.slice(1)}s`,
      ],
      rows: bars
        .filter((bar) => bar.total > 0)
        .map((bar) => ({
          year: bar.year,
          href: bar.href,
          cells: [
            ...(series.length > 1 ? series.map(({ key }) => formattedCount(byYear.get(bar.year)?.counts[key] ?? 0)) : []),
            formattedCount(bar.total),
          ],
        })),
    },
  };
}

/** The years to label: d3's nice ticks over the span (every decade over fifty years), whole years only. */
function yearTicks(years: readonly number[]): number[] {
  const first = years.at(0);
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  if (first === last) return [first];
  return scaleLinear()
    .domain([first, last])
    .ticks(Math.min(6, last - first))
    .filter(Number.isInteger);
}

const YEAR_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "the most in 2021 (8)"; where years tie, all of them, or how many: "the most in 2020 and 2021 (1 each)". */
function busiestYears(bars: readonly { year: number; total: number }[], most: number): string {
  const years = bars.filter(({ total }) => total === most).map(({ year }) => String(year));
  const count = formattedCount(most);
  if (years.length === 1) return `the most in ${years[0]} (${count})`;
  if (years.length > 3) return `the most, ${count}, in each of ${years.length} years`;
  return `the most in ${YEAR_LIST.format(years)} (${count} each)`;
}

/** Two decimals of a percent are finer than any screen; more would only weigh on the page. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Items counted per year and series, for `yearChart`: each item's year and series, and each year's link. */
export function countsPerYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
  seriesOf: (item: T) => string,
  hrefOf?: (year: number) => string,
): YearCounts[] {
  const years = new Map<number, Record<string, number>>();
  for (const item of items) {
    const counts = years.get(yearOf(item)) ?? {};
    const key = seriesOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
    years.set(yearOf(item), counts);
  }
  return [...years].map(([year, counts]) => ({ year, counts, href: hrefOf?.(year) }));
}
