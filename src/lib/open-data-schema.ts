import { SITE_NAME } from './site.ts';
import { dateBasis, meetingFormat, publicationType } from './vocabulary.ts';

/**
 * JSON Schema (draft 2020-12) of the open data export, served at /data/articles.schema.json.
 * It mirrors `OpenDataExport` in `open-data.ts`; the build tests validate the export against it.
 */
const text = { type: 'string', minLength: 1 } as const;
const optionalText = { type: ['string', 'null'], minLength: 1 } as const;
const url = { type: 'string', format: 'uri' } as const;
const partialDate = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'ISO 8601 date to the precision the report gives: YYYY, YYYY-MM or YYYY-MM-DD.',
} as const;
const datePrecision = { enum: ['year', 'month', 'day'] } as const;

/** `required` lists every property: absent values are written as null, so every record has the same keys. */
function record(properties: Record<string, unknown>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  } as const;
}

const personProperties = {
  id: { ...text, description: 'The person’s id; their page is /people/<id>/.' },
  name: { ...text, description: 'The name as romanised in the reports.' },
  nativeName: {
    oneOf: [record({ text, lang: { ...text, description: 'BCP 47 language tag.' } }), { type: 'null' }],
    description: 'The name in its bearer’s own script.',
  },
  country: text,
  role: { ...text, description: 'The office the person held at the meeting.' },
  url,
};

/** A meeting's facts, in its own record and in each of its reports' `meeting`; only the date basis reads differently. */
function meetingFacts(dateBasisDescription: string) {
  return {
    id: { ...text, description: 'The meeting’s id; its page is /meetings/<id>/, and its record in `meetings` has it.' },
    url: { ...url, description: 'The meeting’s page: its facts and its reports, side by side.' },
    name: text,
    series: optionalText,
    number: { type: ['integer', 'null'], minimum: 1 },
    partOf: { ...optionalText, description: 'The larger gathering the meeting was held within.' },
    date: partialDate,
    datePrecision,
    dateBasis: { enum: dateBasis.options, description: dateBasisDescription },
    format: { enum: meetingFormat.options },
    place: {
      ...optionalText,
      description: 'Where it was held; null where the archive does not say (an online meeting may have none).',
    },
  };
}

export function articlesJsonSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: `${SITE_NAME}: meetings and articles`,
    description:
      'Every meeting with its facts and the ids of its reports, and every archived report: its frontmatter with its ' +
      'meeting, people and topics resolved, and its text word for word. Summaries, notes and supplied headlines are ' +
      'the archive’s words, not the reports’.',
    ...record({
      $schema: { type: 'string', format: 'uri' },
      generated: {
        type: 'string',
        format: 'date-time',
        description:
          'The newest publication date among the articles (midnight UTC), so the same content always gives the same file.',
      },
      license: {
        ...url,
        description: 'The licence of the archive’s own work in this file: summaries, notes, identifications and the data.',
      },
      rights: {
        ...text,
        description: 'Whose the words are: the reports’ belong to their publishers; the archive’s own work is under `license`.',
      },
      meetings: {
        type: 'array',
        description: 'Every meeting the archive has reports of, oldest first; one or more articles report each.',
        items: record({
          ...meetingFacts(
            'How the reports fix the date. stated: one states it; relative: one says "yesterday" or names a weekday ' +
              'against its dateline; publication: none gives it, and the meeting was on or before the first report’s publication.',
          ),
          links: {
            type: 'array',
            description: 'The organisers’ own pages on the meeting: statements, press releases.',
            items: record({ title: text, url }),
          },
          reports: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: text,
            description: 'The ids of the articles that report the meeting, first published first.',
          },
        }),
      },
      articles: {
        type: 'array',
        description: 'Oldest meeting first; the reports of one meeting together, first published first.',
        items: record({
          id: { ...text, description: 'The article’s slug; its page is /articles/<id>/.' },
          url,
          headline: text,
          headlineSupplied: {
            type: 'boolean',
            description: 'True where the report has no headline and the archive supplied one.',
          },
          language: {
            ...text,
            description:
              'The language the report was published in, BCP 47 ("en", "vi", "ja", "th"); its headline (unless supplied) and body are in it.',
          },
          translationOf: {
            oneOf: [text, { type: 'null' }],
            description: 'The id of the article this one is a translation or another language’s version of, in `articles`.',
          },
          summary: { ...text, description: 'The archive’s one-sentence summary (editorial, not the report’s words).' },
          meeting: record(
            meetingFacts(
              'How this report fixes the date. stated: it gives the date; relative: it says "yesterday" or names a ' +
                'weekday against its dateline; publication: it gives none, and the meeting was on or before its publication date.',
            ),
            'The meeting the report is about: its facts, as its record in `meetings` gives them, but with this report’s own date basis.',
          ),
          publication: record({
            publisher: text,
            publisherLanguage: {
              ...text,
              description:
                'The language the publisher’s name is written in, BCP 47: not always the report’s ("en" for Viet Nam News, "vi" for Thông tấn xã Việt Nam).',
            },
            publisherShort: text,
            type: {
              enum: publicationType.options,
              description:
                'What the report is cited as: newspaper, a news outlet’s article (a newspaper’s, an agency’s, a broadcaster’s); website, a page of an official body’s own site (a ministry’s, the ASEAN Secretariat’s).',
            },
            date: partialDate,
            datePrecision,
            byline: optionalText,
            dateline: optionalText,
            signature: optionalText,
            section: optionalText,
            photo: { oneOf: [record({ caption: text, credit: optionalText }), { type: 'null' }] },
            url: { type: ['string', 'null'], format: 'uri' },
          }),
          participants: {
            type: 'array',
            description: 'Those the report says took part; empty where it names no one.',
            items: record({ ...personProperties, coChair: { type: 'boolean' } }),
          },
          mentions: {
            type: 'array',
            description: 'People the report names who did not take part.',
            items: record(personProperties),
          },
          topics: {
            type: 'array',
            minItems: 1,
            items: record({
              id: text,
              name: text,
              kind: { enum: ['subject', 'place', 'body', 'agreement', 'initiative', 'event'] },
              aliases: { type: 'array', items: text },
              url,
            }),
          },
          notes: {
            type: 'array',
            description: 'Editorial notes on the report’s slips, each about a verbatim phrase.',
            items: record({ about: text, note: text }),
          },
          source: record({
            file: text,
            url: { ...url, description: 'The report as received, unmodified.' },
            frame: {
              type: 'array',
              items: { type: 'string' },
              description: 'Verbatim pieces of the received text shown outside the body.',
            },
          }),
          body: {
            ...text,
            description: 'The report’s text word for word, as plain text; paragraphs are separated by a blank line.',
          },
        }),
      },
    }),
  } as const;
}
