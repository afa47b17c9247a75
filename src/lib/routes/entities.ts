import type { Archive, Article, Person, Topic } from '../archive.ts';
import { quotesOf } from '../archive-quotes.ts';
import { paragraphsOf } from '../article-paragraphs.ts';
import type { PartialDate } from '../dates.ts';
import { FEED_ITEMS, newestArticles } from '../feeds.ts';
import { PEOPLE_PAGE_SIZE, QUOTE_PAGE_SIZE } from '../pagination.ts';
import { paragraphsNaming } from '../people.ts';
import { searchAliases } from '../search-terms.ts';
import { absoluteTo, linkTo, type SiteContext } from '../site.ts';
import { person as personStructuredData } from '../structured-data.ts';
import { paths } from '../urls.ts';
import type { DateBasis } from '../vocabulary.ts';
import type { TextLink } from './article-page.ts';
import { articleCard, listingRoutes } from './listing.ts';

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

/** A topic's pages: its facts, and the reports tagged with it, oldest meeting first. */
export function topicRoutes(archive: Archive, site: SiteContext) {
  return [...archive.topics.values()].flatMap((topic) =>
    listingRoutes({
      items: (archive.topicArticles.get(topic.id) ?? []).map((article) => articleCard(article, archive, site)),
      pathFor: (page) => paths.topic(topic.id, page),
      site,
      params: { slug: topic.id },
      props: { topic, links: entityLinks(site, 'topic', topic.id), aliases: searchAliases([topic.data]) },
    }),
  );
}

/** One meeting on a person's page: the report, their part in it and the paragraphs that name them. */
export interface AppearanceRow {
  href: string;
  meetingName: string;
  meetingDate: PartialDate;
  dateBasis: DateBasis;
  role: string;
  coChair: boolean;
  participant: boolean;
  /** Links to the paragraphs naming the person, by paragraph number. */
  paragraphs: TextLink[];
}

/** A person's pages: their facts on the first, and every meeting they attended or are mentioned at, in date order. */
export function personRoutes(archive: Archive, site: SiteContext) {
  return [...archive.people.values()].flatMap((person) => {
    const names = [person.data.name, ...person.data.variants];
    const rows = (archive.appearances.get(person.id) ?? []).map(
      ({ article, role, coChair, participant }): AppearanceRow => ({
        href: linkTo(site, paths.article(article.id)),
        meetingName: article.data.meeting.name,
        meetingDate: article.data.meeting.date,
        dateBasis: article.data.meeting.dateBasis,
        role,
        coChair,
        participant,
        paragraphs: paragraphsNaming(paragraphsOf(article), names).map((number) => ({
          href: linkTo(site, paths.paragraph(article.id, number)),
          text: String(number),
        })),
      }),
    );
    return listingRoutes({
      items: rows,
      pathFor: (page) => paths.person(person.id, page),
      site,
      params: { slug: person.id },
      props: {
        person,
        links: entityLinks(site, 'person', person.id),
        aliases: searchAliases([person.data]),
        structuredData: personData(person, site),
      },
    });
  });
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

/** The reports a person or topic's quote pages and feed draw on, in meeting-date order. */
function entityArticles(archive: Archive, entity: Person | Topic, kind: 'person' | 'topic'): Article[] {
  return kind === 'person'
    ? (archive.appearances.get(entity.id) ?? []).map(({ article }) => article)
    : (archive.topicArticles.get(entity.id) ?? []);
}

function entities(archive: Archive, kind: 'person' | 'topic'): (Person | Topic)[] {
  return kind === 'person' ? [...archive.people.values()] : [...archive.topics.values()];
}

/** The folder of each kind's pages: /people/<id>/…, /topics/<id>/… */
const SECTION = { person: 'people', topic: 'topics' } as const;
const KINDS = ['person', 'topic'] as const;

/**
 * "What the reports said": the paragraphs of a person's or topic's reports that name them, quoted. People and
 * topics share one route (`[section]/[slug]/quotes/`); `scope` says which reports were searched.
 */
export function quoteRoutes(archive: Archive, site: SiteContext) {
  return KINDS.flatMap((kind) =>
    entities(archive, kind).flatMap((entity) =>
      listingRoutes({
        items: quotesOf(entity.data, entityArticles(archive, entity, kind)),
        pathFor: (page) => (kind === 'person' ? paths.personQuotes(entity.id, page) : paths.topicQuotes(entity.id, page)),
        site,
        params: { section: SECTION[kind], slug: entity.id },
        props: {
          name: entity.data.name,
          links: entityLinks(site, kind, entity.id),
          scope: kind === 'person' ? 'in which they appear' : 'tagged with this topic',
          glossary: archive.glossaryById,
        },
        pageSize: QUOTE_PAGE_SIZE,
      }),
    ),
  );
}

/** One feed per person and per topic, of the reports they appear in or are tagged on (`[section]/[slug]/rss.xml`). */
export function entityFeedRoutes(archive: Archive) {
  return KINDS.flatMap((kind) =>
    entities(archive, kind).map((entity) => ({
      params: { section: SECTION[kind], slug: entity.id },
      props: {
        name: entity.data.name,
        description:
          kind === 'person'
            ? `Reports of ASEAN–Japan meetings in which ${entity.data.name} took part or is mentioned, archived word for word.`
            : `Reports of ASEAN–Japan meetings on ${entity.data.name}, archived word for word.`,
        articles: newestArticles(entityArticles(archive, entity, kind), FEED_ITEMS),
        // What the feed shows of each report beside its text: its topics' names, its abbreviations' links.
        topics: archive.topics,
        glossary: archive.glossaryById,
      },
    })),
  );
}

/** A person on the People index. */
export interface PersonCard {
  person: Person;
  href: string;
  articleCount: number;
}

/** Everyone the reports name, by country and then by name. */
export function peopleIndexRoutes(archive: Archive, site: SiteContext) {
  const byCountryThenName = [...archive.people.values()].sort(
    (a, b) => a.data.country.localeCompare(b.data.country, 'en') || a.data.name.localeCompare(b.data.name, 'en'),
  );
  return listingRoutes({
    items: byCountryThenName.map((person) => ({
      person,
      href: linkTo(site, paths.person(person.id)),
      articleCount: archive.appearances.get(person.id)?.length ?? 0,
    })),
    pathFor: paths.people,
    site,
    params: {},
    props: {},
    pageSize: PEOPLE_PAGE_SIZE,
  });
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
