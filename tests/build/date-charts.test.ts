import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { timelineReach } from '../../scripts/bench/timeline-reach.ts';
import { readArticles } from '../setup/content.ts';
import { builtPages, readPage } from '../setup/site.ts';

// The charts of counts per year and the timeline's index, on the fixture archive (tests/fixtures/archive).
const siteDir = inject('siteDir');
const articles = readArticles(inject('siteContentDir'));
const meetingYears = new Map(
  articles.map(({ data }) => [data.meeting.id as string, Number(String(data.meeting.date).slice(0, 4))]),
);
const pages = builtPages(siteDir);
const number = (text: string | null | undefined) => Number((text ?? '').replace(/,/g, ''));

/** A chart's linked bars and its table's rows, by year. */
function chartOn(document: Document, selector = '.year-chart') {
  const figure = document.querySelector(selector)!;
  const rows = [...figure.querySelectorAll('tbody tr')].map((row) => ({
    year: Number(row.querySelector('th')!.textContent),
    href: row.querySelector('th a')?.getAttribute('href'),
    total: number(row.querySelector('td:last-child')!.textContent),
  }));
  const bars = [...figure.querySelectorAll('svg a')].map((link) => ({
    href: link.getAttribute('href'),
    name: link.querySelector('title')!.textContent,
  }));
  return { figure, rows, bars };
}

describe('the timeline’s index', () => {
  const index = readPage(siteDir, '/timeline/');

  it('charts the meetings per year, each bar a link to its year’s timeline, with the same numbers as a table', () => {
    const { figure, rows, bars } = chartOn(index);
    const perYear = Map.groupBy(meetingYears.values(), (year) => year);
    expect(rows.map(({ year, total }) => [year, total])).toEqual(
      [...perYear].sort(([a], [b]) => a - b).map(([year, ofYear]) => [year, ofYear.length]),
    );
    expect(bars.map(({ href }) => href)).toEqual(rows.map(({ year }) => `/timeline/${year}/`));
    expect(rows.map(({ href }) => href)).toEqual(rows.map(({ year }) => `/timeline/${year}/`));
    for (const { href } of bars) expect(pages).toContain(href);
    expect(bars[0].name).toMatch(new RegExp(`^${rows[0].year}: ${rows[0].total} meetings? \\(`));
    // Named by its caption, described in words, keyed by format.
    const svg = figure.querySelector('svg.year-chart__bars')!;
    expect(index.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe('Meetings per year, by format');
    expect(index.getElementById(svg.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^From \d{4} to \d{4}, \d+ meetings/,
    );
    expect([...figure.querySelectorAll('.year-chart__key li')].map((li) => li.textContent?.trim())).toContain('In person');
  });

  it('lists every year with its count under its decade, and the newest meeting first', () => {
    const years = [...index.querySelectorAll('.timeline-decade__years li')].map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      text: li.textContent!.replace(/\s+/g, ' ').trim(),
    }));
    for (const { href } of years) expect(pages).toContain(href);
    expect(years.map(({ href }) => href)).toEqual(pages.filter((path) => /^\/timeline\/\d{4}\/$/.test(path)).sort());
    const decades = [...index.querySelectorAll('.timeline-decade__heading')].map((heading) => heading.textContent!.trim());
    expect(decades[0]).toMatch(/^\d{3}0s \d+ (meetings?|events?)$/);
    const latest = [...index.querySelectorAll('.meeting-card h3 a')].map((a) => a.getAttribute('href'));
    const newest = articles.toSorted((a, b) => String(b.data.meeting.date).localeCompare(String(a.data.meeting.date)))[0];
    expect(latest[0]).toBe(`/meetings/${newest.data.meeting.id}/`);
  });

  it('links each year’s timeline to the years either side and back to the index', () => {
    const yearPaths = pages.filter((path) => /^\/timeline\/\d{4}\/$/.test(path)).sort();
    yearPaths.forEach((path, at) => {
      const document = readPage(siteDir, path);
      expect(document.querySelector('.breadcrumbs a[href="/timeline/"]'), path).not.toBeNull();
      expect(document.querySelector('.adjacent a[rel="prev"]')?.getAttribute('href') ?? undefined, path).toBe(yearPaths[at - 1]);
      expect(document.querySelector('.adjacent a[rel="next"]')?.getAttribute('href') ?? undefined, path).toBe(yearPaths[at + 1]);
    });
  });

  it('passes the bench’s check: every year listed, its entries on its page, each year with meetings linked from /, and a meeting reached in Chromium in two clicks', async () => {
    const years = index.querySelectorAll('.timeline-decade__years a').length;
    expect(years).toBeGreaterThan(1);
    const reach = await timelineReach(siteDir);
    expect(reach).toMatchObject({ years, reachable: years, missingFromHome: [], onLaterPages: 0, linkedFromFirstPage: 0 });
    expect(reach.clickThrough).toMatchObject({ entryPage: 1, reached: true });
    expect(reach.clickThrough.meeting).not.toBe('');
  });

  it('leaves the old numbered pages of the timeline out of the sitemap', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf-8');
    expect(sitemap).toContain('/timeline/</loc>');
    expect(sitemap).not.toMatch(/\/timeline\/page\//);
  });
});

describe('Browse by date', () => {
  const archive = readPage(siteDir, '/archive/');

  it('charts the meetings per year, each bar a link to its year', () => {
    const { rows, bars } = chartOn(archive);
    expect(rows.reduce((sum, { total }) => sum + total, 0)).toBe(new Set(meetingYears.keys()).size);
    expect(bars.map(({ href }) => href)).toEqual(rows.map(({ year }) => `/archive/${year}/`));
    for (const { href } of bars) expect(pages).toContain(href);
  });

  it('lays every year’s months out as the same twelve, linking those with meetings', () => {
    for (const months of archive.querySelectorAll('.archive-months')) {
      expect([...months.children].map((li) => li.textContent!.trim().slice(0, 3))).toEqual([
        'Jan',
        'Feb',
        'Mar',
        'Apr',
        'May',
        'Jun',
        'Jul',
        'Aug',
        'Sep',
        'Oct',
        'Nov',
        'Dec',
      ]);
      for (const link of months.querySelectorAll('a')) expect(pages).toContain(link.getAttribute('href'));
    }
  });
});

describe('the small charts', () => {
  it('show on the home page the span of the archive, each year linked to its timeline', () => {
    const { rows, bars } = chartOn(readPage(siteDir, '/'));
    expect(rows.reduce((sum, { total }) => sum + total, 0)).toBe(new Set(meetingYears.keys()).size);
    expect(bars.map(({ href }) => href)).toEqual(rows.map(({ year }) => `/timeline/${year}/`));
  });

  it('show on a topic’s and a person’s page their meetings per year (each once, however many reports), as one image with the numbers as a table', () => {
    for (const [path, kind, id] of [
      ['/topics/acpheed/', 'topics', 'acpheed'],
      ['/people/motegi-toshimitsu/', 'participants', 'motegi-toshimitsu'],
    ] as const) {
      const { figure, rows, bars } = chartOn(readPage(siteDir, path));
      expect(bars, path).toEqual([]);
      expect(figure.querySelector('svg[role="img"]'), path).not.toBeNull();
      const theirs = articles.filter(({ data }) =>
        kind === 'topics'
          ? (data.topics as string[]).includes(id)
          : [...data.participants, ...(data.mentions ?? [])].some(({ person }: { person: string }) => person === id),
      );
      expect(
        rows.reduce((sum, { total }) => sum + total, 0),
        path,
      ).toBe(new Set(theirs.map(({ data }) => data.meeting.id)).size);
      // Motegi is named in the 2021 meeting's six reports: the chart counts that meeting once.
      if (kind === 'participants')
        expect(theirs.length, path).toBeGreaterThan(new Set(theirs.map(({ data }) => data.meeting.id)).size);
    }
  });
});
