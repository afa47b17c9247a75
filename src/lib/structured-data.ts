/**
 * schema.org descriptions of the archive's pages as JSON-LD, for search engines and other machines.
 * Pure functions over plain values, so they are unit-tested without a build.
 */
import type { TextInLanguage } from './report-language.ts';
import type { PublicationType } from './vocabulary.ts';

export interface Crumb {
  label: string;
  /** Absolute URL; the current page may have none. */
  url?: string;
}

export function breadcrumbList(trail: readonly Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

/** A list property, or none where the list is empty: an empty list tells a reader of the JSON-LD nothing. */
function listProperty<Key extends string>(key: Key, values: readonly unknown[]): Partial<Record<Key, readonly unknown[]>> {
  return values.length > 0 ? ({ [key]: values } as Record<Key, readonly unknown[]>) : {};
}

export interface NamedLink {
  name: string;
  url: string;
}

export interface ReportArticleFacts {
  /** A news outlet's report is a NewsArticle; a page of an official body's site, an Article (`REPORT_TYPES`). */
  publicationType: PublicationType;
  url: string;
  headline: string;
  summary: string;
  /** ISO date (partial where the source gives no day). */
  datePublished: string;
  /** The publisher's name, in the language it is written in (`publisherName`). */
  publisher: TextInLanguage;
  /** The received text kept by the archive, and the original publication where known. */
  basedOn: string[];
  about: NamedLink[];
  mentions: NamedLink[];
  dateline?: string;
  /** The report's language (BCP 47). */
  language: string;
}

/**
 * schema.org's type of each kind of report: a news outlet's is a NewsArticle (schema.org's for news reporting); a
 * ministry's or the ASEAN Secretariat's post on its own site is an Article, written text with a headline and a publisher.
 */
export const REPORT_TYPES = { newspaper: 'NewsArticle', website: 'Article' } as const satisfies Record<PublicationType, string>;

/** A report as schema.org describes it, by its publisher; only a NewsArticle has a dateline. */
export function reportArticle(facts: ReportArticleFacts): object {
  // A name in another language than English is a language-tagged string, as JSON-LD writes one.
  const { text, lang } = facts.publisher;
  const publisher = { '@type': 'Organization', name: lang ? { '@value': text, '@language': lang } : text };
  return {
    '@context': 'https://schema.org',
    '@type': REPORT_TYPES[facts.publicationType],
    '@id': facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.summary,
    datePublished: facts.datePublished,
    inLanguage: facts.language,
    author: publisher,
    publisher,
    isBasedOn: facts.basedOn,
    ...(facts.dateline && facts.publicationType === 'newspaper' ? { dateline: facts.dateline } : {}),
    ...listProperty(
      'about',
      facts.about.map(({ name, url }) => ({ '@type': 'Thing', name, url })),
    ),
    ...listProperty(
      'mentions',
      facts.mentions.map(({ name, url }) => ({ '@type': 'Person', name, url })),
    ),
  };
}

export interface PersonFacts {
  url: string;
  name: string;
  alternateNames: string[];
  country: string;
  jobTitles: string[];
}

export function person(facts: PersonFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    ...listProperty('alternateName', facts.alternateNames),
    nationality: { '@type': 'Country', name: facts.country },
    ...listProperty('jobTitle', facts.jobTitles),
  };
}

export interface DatasetFacts {
  name: string;
  description: string;
  /** The data page's absolute URL. */
  url: string;
  licence: string;
  creator: string;
  /** The span of the meetings, as ISO dates; none in an empty archive. */
  temporalCoverage?: { from: string; to: string };
  /** The report's languages (BCP 47). */
  languages: string[];
  files: { name: string; url: string; type: string }[];
}

/** The archive's data files as one schema.org Dataset (Google's dataset search reads it). */
export function dataset(facts: DatasetFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    description: facts.description,
    license: facts.licence,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: facts.creator },
    ...(facts.temporalCoverage ? { temporalCoverage: `${facts.temporalCoverage.from}/${facts.temporalCoverage.to}` } : {}),
    ...listProperty('inLanguage', facts.languages),
    distribution: facts.files.map(({ name, url, type }) => ({
      '@type': 'DataDownload',
      name,
      contentUrl: url,
      encodingFormat: type,
    })),
  };
}

/** JSON for a <script> element: `<` escaped so no text in the data can close the element. */
export function jsonForScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
