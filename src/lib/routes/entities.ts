import { personNameLang, publisherName, reportLanguage, wordsLang, type TextInLanguage } from '../report-language.ts';
import type { ArticleFeedData } from '../article-feed.ts';
import type { Archive, Article, GlossaryEntry, Meeting, Person, Topic } from '../archive.ts';
import { quotedParagraph, quotesOf } from '../archive-quotes.ts';
import { countsPerYear, yearChart, type YearChartData } from '../charts.ts';
import { groupByYear } from '../chronology.ts';
import { counted } from '../counted.ts';
import { FEED_ITEMS, newestArticles } from '../feeds.ts';
import { PEOPLE_PAGE_SIZE, QUOTE_PAGE_SIZE, type ListPage } from '../pagination.ts';
import { mustGet } from '../lookup.ts';
import type { Quote } from '../quotes.ts';
import { htmlToPlainText } from '../open-data.ts';
import type { QuoteRecord, QuotesFileHead } from '../quote-exports.ts';
import { shownDate, type ShownDate } from '../shown-dates.ts';
import { slugify } from '../slugs.ts';
import { absoluteTo, ARCHIVE_LICENCE, linkTo, RIGHTS_STATEMENT, SITE_NAME, type SiteContext } from '../site.ts';
import { person as personStructuredData } from '../structured-data.ts';
import { paths, type QuotesFormat } from '../urls.ts';
import { TOPIC_KIND_LABELS, TOPIC_KINDS, type TopicKind } from '../vocabulary.ts';
import type { TextLink } from './article-page.ts';
import { besidePublisher } from './meeting.ts';
import { articleCard, listingRoutes, meetingCard } from './listing.ts';

/** The addresses every person's and topic's pages link between. */
export interface EntityLinks {
  /** The People or Topics index. */
  section: TextLink;
  page: string;
  quotes: string;
  feed: string;
}

function entityLinks(site: SiteContext, kind: 'person' | 'topic', id: string): EntityLinks {
  return kind === 'person'
    ? {
        section: { text: 'People', href: linkTo(site, paths.people()) },
        page: linkTo(site, paths.person(id)),
        quotes: linkTo(site, paths.personQuotes(id)),
        feed: linkTo(site, paths.personFeed(id)),
      }
    : {
        section: { text: 'Topics', href: linkTo(site, paths.topics()) },
        page: linkTo(site, paths.topic(id)),
        quotes: linkTo(site, paths.topicQuotes(id)),
        feed: linkTo(site, paths.topicFeed(id)),
      };
}

/**
 * A person's or topic's listing pages, at its address, with what every entity page carries: the links between its
 * pages and the names search also finds it by.
 */
function entityListingRoutes<T, Props extends object, PageProps extends object>(
  site: SiteContext,
  kind: 'person' | 'topic',
  entity: Person | Topic,
  listing: { items: readonly T[]; props: Props; pageProps: (page: ListPage<T>) => PageProps },
) {
  return listingRoutes({
    ...listing,
    pathFor: (page) => (kind === 'person' ? paths.person(entity.id, page) : paths.topic(entity.id, page)),
    site,
    params: { slug: entity.id },
    props: {
      ...listing.props,
      links: entityLinks(site, kind, entity.id),
      searchEntities: [{ address: entityLinks(site, kind, entity.id).page }],
    },
  });
}

/** A topic's pages: its facts, and the meetings any report of which is tagged with it, oldest first, with those reports. */
export function topicRoutes(archive: Archive, site: SiteContext) {
  return [...archive.topics.values()].flatMap((topic) => {
    const meetings = byMeeting(archive, archive.topicArticles.get(topic.id) ?? [], (article) => article);
    return entityListingRoutes(site, 'topic', topic, {
      items: meetings.map(({ meeting, items }) => meetingCard(meeting, archive, site, items)),
      props: {
        topic,
        otherNames: otherNames(topic.data),
        counts: reportsAndTheirMeetings(archive.topicArticles.get(topic.id) ?? []),
        chart: meetingsPerYearOfReports(archive.topicArticles.get(topic.id) ?? []),
      },
      pageProps: (page) => ({ years: groupByYear(page.data, (card) => card.date) }),
    });
  });
}

/**
 * Things of reports (the reports themselves, a person's appearances in them) gathered under the reports' meetings:
 * each meeting once, in the order its first report comes (the archive's order, oldest meeting first), with its items
 * in their own order (first published first).
 */
function byMeeting<T>(
  { meetingsById }: Pick<Archive, 'meetingsById'>,
  items: readonly T[],
  articleOf: (item: T) => Article,
): { meeting: Meeting; items: T[] }[] {
  return [...Map.groupBy(items, (item) => articleOf(item).data.meeting.id)].map(([id, ofMeeting]) => ({
    meeting: mustGet(meetingsById, id),
    items: ofMeeting,
  }));
}

/** One of a topic's other names, marked with its language where the topic gives it. */
export interface OtherName {
  text: string;
  lang: string | undefined;
}

function otherNames({ aliases, aliasLanguages }: Topic['data'], limit?: number): OtherName[] {
  return aliases.slice(0, limit).map((alias) => ({ text: alias, lang: aliasLanguages[alias] }));
}

/** A topic on the Topics index: linked, with its counts of meetings and reports and the first of its other names. */
export interface TopicCard {
  href: string;
  name: string;
  /** "1 meeting, 3 reports": the meetings any report of which is tagged with it, and those reports. */
  counts: string;
  /** Up to three of its other names. */
  aliases: OtherName[];
}

/** The topics of one kind (subjects, places…), by name. */
export interface TopicKindSection {
  kind: TopicKind;
  label: string;
  topics: TopicCard[];
}

/** How many of a topic's other names its card on the Topics index shows. */
const INDEX_ALIASES = 3;

/** The Topics index: every topic, filed by kind in the vocabulary's order, then by name; kinds with none left out. */
export function topicsIndexPage(archive: Pick<Archive, 'topics' | 'topicArticles'>, site: SiteContext): TopicKindSection[] {
  const byName = [...archive.topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const byKind = Map.groupBy(byName, (topic) => topic.data.kind);
  return TOPIC_KINDS.flatMap((kind) => {
    const topics = byKind.get(kind);
    return topics
      ? [{ kind, label: TOPIC_KIND_LABELS[kind], topics: topics.map((topic) => topicCard(topic, archive, site)) }]
      : [];
  });
}

function topicCard(topic: Topic, { topicArticles }: Pick<Archive, 'topicArticles'>, site: SiteContext): TopicCard {
  return {
    href: linkTo(site, paths.topic(topic.id)),
    name: topic.data.name,
    counts: reportsAndTheirMeetings(topicArticles.get(topic.id) ?? []),
    aliases: otherNames(topic.data, INDEX_ALIASES),
  };
}

/** One meeting on a person's page: the meeting, linked, and each of its reports that names them. */
export interface AppearanceRow {
  href: string;
  meetingName: string;
  meetingDate: ShownDate;
  /** Took part in the meeting, by the account of at least one of its reports. */
  participant: boolean;
  /** The meeting's reports naming them, first published first. */
  reports: AppearanceReport[];
}

/** A report of a meeting naming the person: their part in it as that report gives it, and the paragraphs naming them. */
export interface AppearanceReport {
  href: string;
  publisher: TextInLanguage;
  /** What tells the report from another of its publisher's of the meeting (`besidePublisher`): its language or date. */
  besidePublisher: string | undefined;
  role: string;
  coChair: boolean;
  /** Took part, as this report tells it, as opposed to being named in it. */
  participant: boolean;
  /** Links to the paragraphs naming the person, by paragraph number. */
  paragraphs: TextLink[];
}

/** An office a person held, its dates prepared as every date is shown. */
export interface OfficeRow {
  title: string;
  from: ShownDate | undefined;
  to: ShownDate | undefined;
  source: Person['data']['offices'][number]['source'];
}

/**
 * A person's pages: their facts on the first, and every meeting they attended or are mentioned at, in date order,
 * each once with the reports naming them under it.
 */
export function personRoutes(archive: Archive, site: SiteContext) {
  return [...archive.people.values()].flatMap((person) => {
    // The paragraphs its quote pages show, found by the same names in any script.
    const quotesByArticle = Map.groupBy(entityQuotes(archive, person, 'person'), ({ article }) => article);
    const meetings = byMeeting(archive, archive.appearances.get(person.id) ?? [], ({ article }) => article);
    const rows = meetings.map(({ meeting, items }): AppearanceRow => ({
      href: linkTo(site, paths.meeting(meeting.id)),
      meetingName: meeting.data.name,
      meetingDate: shownDate(meeting.data.date, { basis: meeting.data.dateBasis }),
      participant: items.some(({ participant }) => participant),
      reports: items.map(({ article, role, coChair, participant }) => ({
        href: linkTo(site, paths.article(article.id)),
        publisher: publisherName(article),
        besidePublisher: besidePublisher(article, meeting.reports)?.text,
        role,
        coChair,
        participant,
        paragraphs: (quotesByArticle.get(article) ?? []).map(({ paragraph }) => ({
          href: linkTo(site, paths.paragraph(article.id, paragraph)),
          text: String(paragraph),
        })),
      })),
    }));
    return entityListingRoutes(site, 'person', person, {
      items: rows,
      props: {
        person,
        /** The language the name is written in, where it is written as in the person's own. */
        nameLang: personNameLang(person.data),
        counts: reportsAndTheirMeetings(entityArticles(archive, person, 'person')),
        chart: meetingsPerYearOfReports(entityArticles(archive, person, 'person')),
        structuredData: personData(person, site),
        alsoWritten: joinedVariants(person.data.variants),
        offices: person.data.offices.map(({ title, from, to, source }): OfficeRow => ({
          title,
          from: from && shownDate(from),
          to: to && shownDate(to),
          source,
        })),
      },
      // Each page splits its own rows: the meetings attended, then those the person is only mentioned at.
      pageProps: ({ data }) => ({
        attended: data.filter((row) => row.participant),
        mentionedIn: data.filter((row) => !row.participant),
      }),
    });
  });
}

/** A topic's or a person's meetings per year, each once however many of its reports name them, as a small chart. */
function meetingsPerYearOfReports(articles: readonly Article[]): YearChartData {
  const meetings = new Map(articles.map(({ data: { meeting } }) => [meeting.id, meeting]));
  return yearChart({
    years: countsPerYear(
      [...meetings.values()],
      (meeting) => meeting.date.year,
      () => 'meetings',
    ),
    series: [{ key: 'meetings', label: 'Meetings' }],
    noun: 'meeting',
    title: 'Meetings per year',
    gridlines: 2,
  });
}

/** The meetings of some reports, each once, and the reports: "1 meeting, 3 reports". */
function reportsAndTheirMeetings(articles: readonly Article[]): string {
  const reports = new Set(articles);
  const meetings = new Set([...reports].map((article) => article.data.meeting.id));
  return `${counted(meetings.size, 'meeting')}, ${counted(reports.size, 'report')}`;
}

/** Other spellings as the pages list them, "A; B"; none without. */
function joinedVariants(variants: readonly string[]): string | undefined {
  return variants.length > 0 ? variants.join('; ') : undefined;
}

function personData(person: Person, site: SiteContext): object {
  const { name, variants, nativeName, country, offices } = person.data;
  return personStructuredData({
    url: absoluteTo(site, paths.person(person.id)),
    name,
    alternateNames: [...variants, ...(nativeName && nativeName.text !== name ? [nativeName.text] : [])],
    country,
    jobTitles: offices.map((office) => office.title),
  });
}

/** The reports a person or topic's quote pages, feed and chart draw on, in meeting-date order, each once. */
function entityArticles(archive: Archive, entity: Person | Topic, kind: 'person' | 'topic'): Article[] {
  return kind === 'person'
    ? (archive.appearances.get(entity.id) ?? []).map(({ article }) => article)
    : (archive.topicArticles.get(entity.id) ?? []);
}

/**
 * The paragraphs that name a person or topic, found once per archive: the quote pages and the quote files
 * (`quoteRoutes`, `quoteExportRoutes`) both need them, and searching every report of every entity is the costly
 * part. Keyed by the archive, which is loaded once per build and never changed, and then by kind and id.
 */
const quotesFound = new WeakMap<Archive, Map<string, Quote<Article>[]>>();

function entityQuotes(archive: Archive, entity: Person | Topic, kind: 'person' | 'topic'): Quote<Article>[] {
  let found = quotesFound.get(archive);
  if (!found) quotesFound.set(archive, (found = new Map()));
  const key = `${kind}:${entity.id}`;
  let quotes = found.get(key);
  if (!quotes) found.set(key, (quotes = quotesOf(entity.data, entityArticles(archive, entity, kind), kind)));
  return quotes;
}

function entities(archive: Archive, kind: 'person' | 'topic'): (Person | Topic)[] {
  return kind === 'person' ? [...archive.people.values()] : [...archive.topics.values()];
}

/** The folder of each kind's pages: /people/<id>/…, /topics/<id>/… */
const SECTION = { person: 'people', topic: 'topics' } as const;
const KINDS = ['person', 'topic'] as const;

/** A paragraph quoted on a "What the reports said" page, with the report it is from. */
export interface QuoteData {
  /** The paragraph's HTML as the report's page renders it, its abbreviations marked and linked. */
  html: string;
  /** The report's language, where it is not English (`wordsLang`). */
  lang: string | undefined;
  paragraph: TextLink;
  articleHref: string;
  meetingName: string;
  meetingDate: ShownDate;
  publisher: TextInLanguage;
}

function quoteData(quote: Quote<Article>, glossary: ReadonlyMap<string, GlossaryEntry>, site: SiteContext): QuoteData {
  const { article } = quote;
  const { meeting } = article.data;
  const { number, html } = quotedParagraph(quote, glossary, site.base);
  return {
    html,
    lang: wordsLang(article),
    paragraph: { href: linkTo(site, paths.paragraph(article.id, number)), text: `paragraph ${number}` },
    articleHref: linkTo(site, paths.article(article.id)),
    meetingName: meeting.name,
    meetingDate: shownDate(meeting.date, { basis: meeting.dateBasis }),
    publisher: publisherName(article),
  };
}

/**
 * "What the reports said": the paragraphs of a person's or topic's reports that name them, quoted. People and
 * topics share one route (`[section]/[slug]/quotes/`); `scope` says which reports were searched.
 */
export function quoteRoutes(archive: Archive, site: SiteContext) {
  return KINDS.flatMap((kind) =>
    entities(archive, kind).flatMap((entity) => {
      const items = entityQuotes(archive, entity, kind).map((quote) => quoteData(quote, archive.glossaryById, site));
      return listingRoutes({
        items,
        pathFor: (page) => (kind === 'person' ? paths.personQuotes(entity.id, page) : paths.topicQuotes(entity.id, page)),
        site,
        params: { section: SECTION[kind], slug: entity.id },
        props: {
          name: entity.data.name,
          links: entityLinks(site, kind, entity.id),
          scope: kind === 'person' ? 'in which they appear' : 'tagged with this topic',
          // Every quote in one file, where there is any (`quoteExportRoutes`).
          downloads:
            items.length === 0
              ? []
              : QUOTES_FORMATS.map((format) => ({
                  href: linkTo(site, quotesFilePath(kind, entity.id, format)),
                  name: `quotes.${format}`,
                  type: QUOTES_TYPES[format],
                })),
        },
        pageSize: QUOTE_PAGE_SIZE,
      });
    }),
  );
}

/** The files the quote pages offer; the CSV's data dictionary is found beside it by name. */
const QUOTES_FORMATS = ['csv', 'json'] as const satisfies readonly QuotesFormat[];
const QUOTES_TYPES: Record<(typeof QUOTES_FORMATS)[number], string> = { csv: 'text/csv', json: 'application/json' };

const quotesFilePath = (kind: 'person' | 'topic', id: string, format: QuotesFormat) =>
  kind === 'person' ? paths.personQuotesFile(id, format) : paths.topicQuotesFile(id, format);

/**
 * Every quote of each person and topic as `quotes.csv` and `quotes.json` beside their quote pages
 * (`[section]/[slug]/quotes/quotes.[format]`), with the CSV's data dictionary: the same paragraphs as the pages, all
 * in one file, as plain text; none for an entity no paragraph names.
 */
export function quoteExportRoutes(archive: Archive, site: SiteContext) {
  return KINDS.flatMap((kind) =>
    entities(archive, kind).flatMap((entity) => {
      const quotes = entityQuotes(archive, entity, kind).map((quote) => quoteRecord(quote, archive.glossaryById, site));
      const head: QuotesFileHead = {
        about: {
          kind,
          id: entity.id,
          name: entity.data.name,
          url: absoluteTo(site, kind === 'person' ? paths.person(entity.id) : paths.topic(entity.id)),
        },
        license: ARCHIVE_LICENCE.url,
        rights: RIGHTS_STATEMENT,
      };
      // No file where no paragraph names the entity: its pages link none.
      if (quotes.length === 0) return [];
      const files = {
        csv: quotesFilePath(kind, entity.id, 'csv'),
        metadata: quotesFilePath(kind, entity.id, 'csv-metadata.json'),
      };
      return [...QUOTES_FORMATS, 'csv-metadata.json' as const].map((format) => ({
        params: { section: SECTION[kind], slug: entity.id, format },
        props: { format, head, quotes, files },
      }));
    }),
  );
}

function quoteRecord(quote: Quote<Article>, glossary: ReadonlyMap<string, GlossaryEntry>, site: SiteContext): QuoteRecord {
  const { article } = quote;
  const { number, html } = quotedParagraph(quote, glossary, site.base);
  return {
    reportId: article.id,
    meetingId: article.data.meeting.id,
    publicationDate: article.data.publication.date.iso,
    paragraph: number,
    language: reportLanguage(article).code,
    // A `<p>`'s quote is its content; wrapped again, its words read as one paragraph.
    text: htmlToPlainText(`<p>${html}</p>`),
    url: absoluteTo(site, paths.paragraph(article.id, number)),
  };
}

/** One feed per person and per topic, of the reports they appear in or are tagged on (`[section]/[slug]/rss.xml`). */
export function entityFeedRoutes(archive: Archive) {
  return KINDS.flatMap((kind) =>
    entities(archive, kind).map((entity) => ({
      params: { section: SECTION[kind], slug: entity.id },
      props: {
        title: `${entity.data.name} · ${SITE_NAME}`,
        feedPath: kind === 'person' ? paths.personFeed(entity.id) : paths.topicFeed(entity.id),
        pagePath: kind === 'person' ? paths.person(entity.id) : paths.topic(entity.id),
        description:
          kind === 'person'
            ? `Reports of ASEAN–Japan meetings in which ${entity.data.name} took part or is mentioned, archived word for word.`
            : `Reports of ASEAN–Japan meetings on ${entity.data.name}, archived word for word.`,
        articles: newestArticles(entityArticles(archive, entity, kind), FEED_ITEMS),
        topics: archive.topics,
        glossary: archive.glossaryById,
      } satisfies ArticleFeedData,
    })),
  );
}

/** A person on the People index. */
export interface PersonCard {
  person: Person;
  href: string;
  /** Their first office (or their country) and their counts: "Foreign Minister · 2 meetings, 3 reports". */
  detail: string;
}

/** A country's people on one page of the People index; a country whose people run over two pages is on both. */
export interface CountryGroup {
  country: string;
  headingId: string;
  people: PersonCard[];
}

/** Everyone the reports name, by country and then by name. */
export function peopleIndexRoutes(archive: Archive, site: SiteContext) {
  const byCountryThenName = [...archive.people.values()].sort(
    (a, b) => a.data.country.localeCompare(b.data.country, 'en') || a.data.name.localeCompare(b.data.name, 'en'),
  );
  return listingRoutes({
    items: byCountryThenName.map((person): PersonCard => ({
      person,
      href: linkTo(site, paths.person(person.id)),
      detail: `${person.data.offices[0]?.title ?? person.data.country} · ${reportsAndTheirMeetings((archive.appearances.get(person.id) ?? []).map(({ article }) => article))}`,
    })),
    pathFor: paths.people,
    site,
    params: {},
    props: {},
    pageSize: PEOPLE_PAGE_SIZE,
    pageProps: (page) => ({ countries: countryGroups(page.data) }),
  });
}

function countryGroups(cards: readonly PersonCard[]): CountryGroup[] {
  return [...Map.groupBy(cards, ({ person }) => person.data.country)].map(([country, people]) => ({
    country,
    headingId: `country-${slugify(country)}`,
    people,
  }));
}

/** An abbreviation as the glossary explains it, with the reports that use it. */
export interface GlossaryItem {
  id: string;
  abbreviation: string;
  expansion: string;
  note: string;
  /** Its other spellings, as one list: "A; B". */
  variants: string | undefined;
  /** Which reports use it; none when no report does. */
  usage: GlossaryUsage | undefined;
}

export interface GlossaryUsage {
  /** "1 report", "12 reports". */
  reports: string;
  /** The newest reports using it, newest first. */
  latest: { href: string; meetingName: string; meetingDate: ShownDate }[];
  /** The entry's own page listing them all, when there are more than the glossary shows. */
  all: TextLink | undefined;
}

/** How many reports each glossary entry lists; the rest are on the entry's own, paginated page. */
const GLOSSARY_PREVIEW = 5;

/** The glossary: every entry in the archive's order, each with a preview of the reports using it. */
export function glossaryPage(archive: Pick<Archive, 'glossary' | 'glossaryArticles'>, site: SiteContext): GlossaryItem[] {
  return archive.glossary.map(({ id, data: { abbreviation, variants, expansion, note } }) => ({
    id,
    abbreviation,
    expansion,
    note,
    variants: joinedVariants(variants),
    usage: glossaryUsage(abbreviation, (archive.glossaryArticles.get(id) ?? []).toReversed(), paths.glossaryTerm(id), site),
  }));
}

function glossaryUsage(
  abbreviation: string,
  newestFirst: readonly Article[],
  allPath: string,
  site: SiteContext,
): GlossaryUsage | undefined {
  const count = newestFirst.length;
  if (count === 0) return undefined;
  return {
    reports: counted(count, 'report'),
    latest: newestFirst.slice(0, GLOSSARY_PREVIEW).map(({ id, data: { meeting } }) => ({
      href: linkTo(site, paths.article(id)),
      meetingName: meeting.name,
      meetingDate: shownDate(meeting.date, { basis: meeting.dateBasis }),
    })),
    all:
      count > GLOSSARY_PREVIEW ? { href: linkTo(site, allPath), text: `All ${count} reports using ${abbreviation}` } : undefined,
  };
}

/** Every report using an abbreviation, newest first: the full list behind a glossary entry's preview. */
export function glossaryTermRoutes(archive: Archive, site: SiteContext) {
  return archive.glossary.flatMap((entry) =>
    listingRoutes({
      items: (archive.glossaryArticles.get(entry.id) ?? []).toReversed().map((article) => articleCard(article, archive, site)),
      pathFor: (page) => paths.glossaryTerm(entry.id, page),
      site,
      params: { term: entry.id },
      props: { entry, glossaryHref: linkTo(site, paths.glossaryEntry(entry.id)) },
    }),
  );
}
