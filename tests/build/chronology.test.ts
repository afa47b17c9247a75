import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { SEARCH_EXCLUDED } from '../../scripts/search-index.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { markedTerms } from '../../src/lib/glossary.ts';
import { briefly } from '../../src/lib/routes/listing.ts';
import { readArticles } from '../setup/content.ts';
import { fileFor, readPage } from '../setup/site.ts';
import { bodyParagraphElements, reportText } from '../setup/verbatim.ts';

const siteDir = inject('siteDir');
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The reports in the archive's order: by meeting date and meeting, then first published first. */
const articles = readArticles(inject('siteContentDir')).sort(
  (a, b) =>
    compare(a.data.meeting.date, b.data.meeting.date) ||
    compare(a.data.meeting.id, b.data.meeting.id) ||
    compare(a.data.publication.date, b.data.publication.date) ||
    compare(a.id, b.id),
);
/** The meetings the reports describe, each once, with its reports. */
const meetings = [...Map.groupBy(articles, ({ data }) => data.meeting.id as string)].map(([id, reports]) => ({
  id,
  name: reports[0].data.meeting.name as string,
  date: reports[0].data.meeting.date as string,
  reports,
}));
/** An event the reports of one meeting date alike (same date and label) is one entry. */
const eventCount = meetings.reduce(
  (sum, { reports }) =>
    sum + new Set(reports.flatMap(({ data }) => (data.events ?? []).map(({ date, label }: any) => `${date} ${label}`))).size,
  0,
);

/** Every page of a paginated listing, following its "next" links from the first. */
function listingPages(firstPath: string): Document[] {
  const pages: Document[] = [];
  let path: string | null = firstPath;
  while (path) {
    const document = readPage(siteDir, path);
    pages.push(document);
    path = document.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? null;
  }
  return pages;
}

const numberIn = (text: string | null | undefined) => Number(/\d+/.exec(text ?? '')?.[0]);

describe('the timeline', () => {
  let entries: Element[];
  beforeAll(() => {
    // Each year's timeline, in the order the timeline's index lists them, every page of each.
    const yearPaths = [...readPage(siteDir, '/timeline/').querySelectorAll('.timeline-decade__years a')].map((link) =>
      link.getAttribute('href')!,
    );
    expect(yearPaths.length).toBeGreaterThan(1);
    entries = yearPaths
      .flatMap((path) => listingPages(path))
      .flatMap((document) => [...document.querySelectorAll('.timeline__entry')]);
  });

  it('has every meeting once and every reported event, in date order', () => {
    expect(meetings.length).toBeLessThan(articles.length);
    expect(entries.filter((entry) => entry.matches('.timeline__entry--meeting'))).toHaveLength(meetings.length);
    expect(entries.filter((entry) => entry.matches('.timeline__entry--event'))).toHaveLength(eventCount);
    const dates = entries.map((entry) => entry.querySelector('time[datetime]')!.getAttribute('datetime')!);
    expect(dates).toEqual(dates.toSorted());
  });

  it('puts entries on the page of the year of their date, under its month', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (const entry of entries) {
      const year = /Timeline of (\d{4})/.exec(entry.ownerDocument.querySelector('h1')!.textContent!)![1];
      const datetime = entry.querySelector('time')!.getAttribute('datetime')!;
      expect(datetime.slice(0, 4)).toBe(year);
      const month = entry
        .closest('section')!
        .querySelector('h2')!
        .textContent!.trim()
        .replace(/ \(continued\)$/, '');
      expect(month).toBe(datetime.length > 4 ? months[Number(datetime.slice(5, 7)) - 1] : 'Month not known');
    }
  });

  it('links every meeting to its page, with its reports under it, their participants, first topics and the count of the rest', () => {
    for (const { id, name, reports } of meetings) {
      const entry = entries.find((candidate) => candidate.querySelector(`h3 a[href="/meetings/${id}/"]`));
      expect(entry, id).toBeDefined();
      expect(entry!.id || entry!.querySelector('h3')!.id).toBe(`meeting-${id}`);
      expect(entry!.textContent).toContain(name);
      const reportLinks = [...entry!.querySelectorAll('.report-lines a')].map((a) => a.getAttribute('href'));
      expect(reportLinks).toEqual(reports.map((report) => `/articles/${report.id}/`));
      for (const { data } of reports) {
        expect(entry!.textContent).toContain(data.publication.publisher);
        for (const { person } of data.participants)
          expect(entry!.querySelector(`a[href="/people/${person}/"]`), person).not.toBeNull();
      }
      const topics = [...new Set(reports.flatMap(({ data }) => data.topics as string[]))];
      const { shown, more } = briefly(
        topics.map((topic) => ({ href: `/topics/${topic}/`, text: topic })),
        `/meetings/${id}/`,
      );
      const topicLinks = [...entry!.querySelectorAll('.topics-in-brief a')].map((a) => a.getAttribute('href'));
      expect(topicLinks).toEqual([...shown, ...(more ? [more] : [])].map(({ href }) => href));
      if (more) expect(entry!.querySelector('.topics-in-brief__more')?.textContent).toBe(more.text);
    }
  });

  it('is where every report’s “timeline entry” link leads: its meeting’s one entry', () => {
    for (const { id, date, reports } of meetings) {
      for (const report of reports) {
        const link = readPage(siteDir, `/articles/${report.id}/`).querySelector('a[href*="/timeline/"][href*="#meeting-"]');
        const [path, anchor] = link!.getAttribute('href')!.split('#');
        expect(path, report.id).toBe(`/timeline/${date.slice(0, 4)}/`);
        expect(
          readPage(siteDir, path).getElementById(anchor)?.querySelector(`a[href="/meetings/${id}/"]`),
          report.id,
        ).not.toBeNull();
      }
    }
  });

  it('links every event to an existing paragraph anchor that carries the quoted words', () => {
    for (const entry of entries.filter((candidate) => candidate.matches('.timeline__entry--event'))) {
      const link = entry.querySelector('a[href*="#p-"]')!;
      const [path, anchor] = link.getAttribute('href')!.split('#');
      const paragraph = readPage(siteDir, path).getElementById(anchor);
      expect(paragraph, link.getAttribute('href')!).not.toBeNull();
      const quote = entry.querySelector('blockquote p')!.firstChild!.textContent!.trim().replace(/^“|”$/g, '');
      expect(reportText(paragraph!).replace(/\s+/g, ' ')).toContain(quote);
    }
  });

  it('shows each event to the precision its report gives, and the archive’s notes as its own', () => {
    for (const { data } of articles) {
      for (const event of data.events ?? []) {
        const entry = entries.find((candidate) => candidate.textContent!.includes(event.label))!;
        expect(entry.querySelector('time')!.getAttribute('datetime')).toBe(event.date);
        if (event.note) expect(entry.querySelector('.editorial')?.textContent).toContain(event.note);
        else expect(entry.querySelector('.editorial')).toBeNull();
      }
    }
  });
});

describe('browsing by date', () => {
  it('counts add up: years to the whole archive, each year’s pages to its count, months to their listings', () => {
    const archive = readPage(siteDir, '/archive/');
    const years = [...archive.querySelectorAll('.archive-year')];
    const yearCounts = years.map((year) => numberIn(year.querySelector('.archive-year__count')?.textContent));
    expect(yearCounts.reduce((a, b) => a + b, 0)).toBe(meetings.length);

    for (const [index, year] of years.entries()) {
      const yearHref = year.querySelector('h2 a')!.getAttribute('href')!;
      const listed = listingPages(yearHref).flatMap((document) => [...document.querySelectorAll('.card-grid .meeting-card')]);
      expect(listed, yearHref).toHaveLength(yearCounts[index]);

      let inMonths = 0;
      for (const month of year.querySelectorAll('.archive-months a')) {
        const count = numberIn(month.querySelector('span')?.textContent);
        const monthHref = month.getAttribute('href')!;
        const monthListed = listingPages(monthHref).flatMap((document) => [
          ...document.querySelectorAll('.card-grid .meeting-card'),
        ]);
        expect(monthListed, monthHref).toHaveLength(count);
        inMonths += count;
      }
      // Meetings dated only to the year are in no month.
      expect(inMonths).toBeLessThanOrEqual(yearCounts[index]);
    }
  });

  it('lists each meeting under its own year and month, with its reports', () => {
    for (const { id, date, reports } of meetings) {
      const [year, month] = date.split('-');
      const listings = [`/archive/${year}/`, ...(month ? [`/archive/${year}/${month}/`] : [])];
      for (const listing of listings) {
        const card = listingPages(listing)
          .map((document) => document.querySelector(`.meeting-card a[href="/meetings/${id}/"]`)?.closest('.meeting-card'))
          .find(Boolean);
        expect(card, `${id} in ${listing}`).toBeDefined();
        const reportLinks = [...card!.querySelectorAll('.report-lines a')].map((a) => a.getAttribute('href'));
        expect(reportLinks).toEqual(reports.map((report) => `/articles/${report.id}/`));
      }
    }
  });

  it('links neighbouring years that have meetings, both ways', () => {
    const years = [...readPage(siteDir, '/archive/').querySelectorAll('.archive-year h2 a')].map((a) => a.getAttribute('href')!);
    for (const [index, href] of years.entries()) {
      const adjacent = readPage(siteDir, href).querySelector('nav.adjacent');
      expect(adjacent?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? undefined).toBe(years[index - 1]);
      expect(adjacent?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined).toBe(years[index + 1]);
    }
  });

  it('reaches every meeting from the home page in two clicks: its year’s timeline, then the meeting', () => {
    const home = readPage(siteDir, '/');
    const yearLinks = [...home.querySelectorAll('.year-chart svg a')].map((a) => a.getAttribute('href')!);
    for (const { id, date } of meetings) {
      const yearPath = `/timeline/${date.slice(0, 4)}/`;
      expect(yearLinks).toContain(yearPath);
      const onYear = listingPages(yearPath).some((document) => document.querySelector(`a[href="/meetings/${id}/"]`));
      expect(onYear, id).toBe(true);
    }
  });

  it('links each article to the meetings before and after its own, by date', () => {
    // The meetings in date order (ties by id), each once however many reports it has.
    const meetings = [...new Map(articles.map(({ data }) => [data.meeting.id, data.meeting.date])).entries()]
      .sort(([a, aDate], [b, bDate]) => (aDate === bDate ? (a < b ? -1 : 1) : aDate < bDate ? -1 : 1))
      .map(([id]) => id);
    for (const { id, data } of articles) {
      const adjacent = readPage(siteDir, `/articles/${id}/`).querySelector('nav.adjacent');
      const index = meetings.indexOf(data.meeting.id);
      const [previous, next] = [meetings[index - 1], meetings[index + 1]];
      expect(adjacent?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? undefined, id).toBe(
        previous && `/meetings/${previous}/`,
      );
      expect(adjacent?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined, id).toBe(next && `/meetings/${next}/`);
    }
  });
});

describe.each(articles)('the reader’s apparatus on $id', ({ id, data, body }) => {
  let document: Document;
  beforeAll(() => {
    document = readPage(siteDir, `/articles/${id}/`);
  });

  it('numbers every body paragraph, its number a link to itself before its words', () => {
    const paragraphs = bodyParagraphElements(document);
    expect(paragraphs.length).toBeGreaterThan(0);
    // Every block of the body is a numbered paragraph: nothing else of the report's stands beside them.
    expect(document.querySelectorAll('.article__body > :not(.report-text__dateline):not(.report-text__signature)')).toHaveLength(
      paragraphs.length,
    );
    for (const [index, paragraph] of paragraphs.entries()) {
      const id = `p-${index + 1}`;
      expect(paragraph.id).toBe(id);
      const links = paragraph.querySelectorAll('a.paragraph-number');
      expect(links).toHaveLength(1);
      const link = links[0];
      expect(link.getAttribute('href')).toBe(`#${id}`);
      expect(link.getAttribute('aria-label')).toBe(`Paragraph ${index + 1}`);
      expect(link.textContent).toBe(String(index + 1));
      expect(link.matches(SEARCH_EXCLUDED)).toBe(true);
      // Before the paragraph's first words.
      expect(paragraph.textContent!.trimStart().startsWith(String(index + 1))).toBe(true);
    }
  });

  it('marks the words each editorial note is about, numbered in reading order, linking to the note and back', () => {
    const notes = (data.notes ?? []) as { about: string }[];
    // The markers in the page's order (the photo caption above the body) are numbered 1, 2, 3…, whatever the
    // frontmatter's order; each note is about the phrase its marker follows.
    const markers = [...document.querySelectorAll<HTMLAnchorElement>('.note-marker a')];
    expect(markers.map((marker) => marker.textContent)).toEqual(notes.map((_, index) => String(index + 1)));
    const markedAbouts = markers.map((marker) => {
      const number = Number(marker.textContent);
      const quoted = document.getElementById(`note-${number}`)!.textContent;
      return notes.find(({ about }) => quoted.includes(`“${about}”`))?.about;
    });
    expect(markedAbouts.toSorted()).toEqual(notes.map(({ about }) => about).toSorted());
    for (const [index, about] of markedAbouts.entries()) {
      const number = index + 1;
      const marker = document.getElementById(`note-ref-${number}`)!;
      expect(marker, about).not.toBeNull();
      expect(marker.getAttribute('href')).toBe(`#note-${number}`);
      expect(marker.textContent).toBe(String(number));
      expect(marker.closest(SEARCH_EXCLUDED)).not.toBeNull();
      // The marked words, in the body paragraph or the caption that holds the marker, are the phrase, word for word.
      const holder = marker.closest('.article__body > [id^="p-"], .photo-caption figcaption')!;
      const marked = [...holder.querySelectorAll('mark.noted')].map((mark) => mark.textContent).join('');
      expect(marked.replace(/\s+/g, ' ')).toContain(about);
      const note = document.getElementById(`note-${number}`)!;
      expect(note.closest('.editorial-notes__list')).not.toBeNull();
      expect(note.textContent).toContain(about);
      expect(note.nextElementSibling!.querySelector(`a[href="#note-ref-${number}"]`)).not.toBeNull();
    }
    expect(document.querySelectorAll('.note-marker')).toHaveLength(notes.length);
  });

  it('marks each abbreviation its body marks with its expansion, linked to the glossary', () => {
    const abbreviations = [...document.querySelectorAll('.article__body abbr[title]')];
    // A report may mark none (it names no abbreviation the glossary knows).
    expect(abbreviations).toHaveLength(markedTerms(body).length);
    const glossary = readPage(siteDir, '/glossary/');
    for (const abbr of abbreviations) {
      const href = abbr.querySelector('a')!.getAttribute('href')!;
      const entry = glossary.getElementById(href.split('#')[1])!;
      expect(entry.querySelector('abbr')!.textContent).toBe(abbr.textContent!.toUpperCase());
      expect(entry.querySelector('abbr')!.getAttribute('title')).toBe(abbr.getAttribute('title'));
      // The index shows each term's latest reports; the term's own page lists them all.
      const term = readPage(siteDir, `/glossary/${href.split('#')[1]}/`);
      expect(term.querySelector(`main a[href="/articles/${id}/"]`), href).not.toBeNull();
    }
  });

  it('offers citations with the publisher, the publication date and the archive URL', () => {
    const url = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const { publisher, date } = data.publication;
    const [year, month, day] = date.split('-').map(Number);
    const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const text = (style: string) => document.getElementById(`citation-${style}`)!.textContent!;
    expect(text('chicago')).toContain(`${publisher}. `);
    expect(text('chicago')).toContain(`${monthName} ${day}, ${year}.`);
    // APA names a newspaper after the date, and a website after the archive that holds its page.
    expect(text('apa')).toContain(
      data.publication.type === 'website'
        ? `(${year}, ${monthName} ${day}). ASEAN–Japan Dialogue Archive. ${publisher}.`
        : `(${year}, ${monthName} ${day}). ${publisher}.`,
    );
    expect(text('mla')).toContain(`${publisher}, ${day} ${monthName.slice(0, 3)}`);
    for (const style of ['chicago', 'apa', 'mla']) expect(text(style)).toContain(url);
  });

  it('offers biblatex, RIS and CSL-JSON files with the same names and dates', () => {
    const links = [...document.querySelectorAll('.cite a[download]')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['bib', 'ris', 'json'].map((format) => `/articles/${id}/citation.${format}`));
    const bib = parseBibtex(readFileSync(fileFor(siteDir, links[0])!, 'utf-8'));
    expect(bib.errors).toEqual([]);
    // A newspaper's article, or a page of an official body's site with the body as its organization.
    const website = data.publication.type === 'website';
    expect(bib.entries.map(({ key, type }) => [key, type])).toEqual([[id, website ? 'online' : 'article']]);
    const { journaltitle, organization } = bib.entries[0].fields;
    expect((website ? organization?.[0] : journaltitle)?.normalize('NFC')).toBe(data.publication.publisher.normalize('NFC'));
    expect(bib.entries[0].fields.date).toBe(data.publication.date);
    const risLines = readFileSync(fileFor(siteDir, links[1])!, 'utf-8').split('\r\n');
    expect(risLines).toContain(`T2  - ${data.publication.publisher}`);
    expect(risLines).toContain(`DA  - ${data.publication.date.replaceAll('-', '/')}/`);
    const [item] = JSON.parse(readFileSync(fileFor(siteDir, links[2])!, 'utf-8'));
    expect(item['container-title']).toBe(data.publication.publisher);
    expect(item.issued['date-parts'][0].join('-')).toBe(data.publication.date.split('-').map(Number).join('-'));
    expect(item.URL).toBe(document.querySelector('link[rel="canonical"]')!.getAttribute('href'));
  });

  it('renders the copy buttons hidden, for the script to reveal', () => {
    const buttons = [...document.querySelectorAll('.cite button')];
    // One per style, and one for the citation of a paragraph.
    expect(buttons).toHaveLength(4);
    for (const button of buttons) expect(button.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('paragraph-citation')!.hasAttribute('hidden')).toBe(true);
  });
});
