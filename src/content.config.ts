import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { archivePaths } from './lib/archive-paths.ts';
import { frontmatterLine, ID_PROBLEMS, locatedProblems, unknownFieldsMessage } from './build/build-errors.ts';
import { checkedGlob } from './build/checked-glob.ts';
import { assertInsideFolder, isLanguageTag, sourceFileNameProblem, textProblem } from './lib/content-safety.ts';
import { parsePartialDate } from './lib/dates.ts';
import { closestId, ENTITY_EXTENSIONS, ENTITY_ID, entityIdsIn, idFromFileName } from './lib/entity-ids.ts';
import { placeholdersIn } from './lib/placeholders.ts';
import { languageByLetters, languageCodeNamed, languageOfCountryCode } from './lib/report-language.ts';
import { dateBasis, meetingFormat, officeSource, publicationType, topicKind } from './lib/vocabulary.ts';
import { loadersInOrder } from './build/loaders-in-order.ts';
import { reportLoader } from './build/report-loader.ts';

const contentDir = resolve(archivePaths(process.env).contentDir);
const dirs = {
  articles: join(contentDir, 'articles'),
  meetings: join(contentDir, 'meetings'),
  people: join(contentDir, 'people'),
  topics: join(contentDir, 'topics'),
  glossary: join(contentDir, 'glossary'),
  sources: join(contentDir, 'sources'),
};

/** Which file claimed each id, per collection folder, and whether from its `slug`, to catch two files claiming one id. */
const idOwners = new Map<string, { entry: string; bySlug: boolean }>();

/**
 * Ids are the file names (or an article's `slug`), checked so that every URL built from them is clean
 * and unique. Astro's own duplicate check can miss two files loaded at the same moment.
 */
function fileNameId({ entry, base, data }: { entry: string; base: URL; data: Record<string, unknown> | undefined }): string {
  // An empty YAML file has no data; the schema says so.
  const bySlug = typeof data?.slug === 'string';
  const id = bySlug ? String(data!.slug) : idFromFileName(basename(entry));
  // Named from the project root, and at the `slug:` line when the id comes from there. Joined, not resolved as an
  // address: a "%41" in a file name is those three characters.
  const idSource = (file: string, fromSlug: boolean) => {
    const path = join(fileURLToPath(base), file);
    return fromSlug
      ? `${relative(process.cwd(), path)}:${frontmatterLine(readFileSync(path, 'utf-8'), ['slug'])}: slug`
      : relative(process.cwd(), path);
  };
  if (!ENTITY_ID.test(id)) {
    throw locatedProblems(ID_PROBLEMS, [
      `${idSource(entry, bySlug)}: the id "${id}" must be lower-case letters, digits and single hyphens (${bySlug ? 'fix the slug' : 'rename the file'})`,
    ]);
  }
  const key = `${base.href}#${id}`;
  const owner = idOwners.get(key);
  // A stale owner (renamed or deleted while `astro dev` runs) gives its id up.
  if (owner && owner.entry !== entry && existsSync(join(fileURLToPath(base), owner.entry))) {
    // Located at a `slug:` line if either file has one (where the editor chose the id), else at the first by name,
    // whichever of the two files was loaded first.
    const [first, second] = [{ entry, bySlug }, owner].sort(
      (a, b) => Number(b.bySlug) - Number(a.bySlug) || (a.entry < b.entry ? -1 : 1),
    );
    throw locatedProblems(ID_PROBLEMS, [
      `${idSource(first.entry, first.bySlug)}: the id "${id}" is ${second.entry}'s too; each file needs an id of its own`,
    ]);
  }
  idOwners.set(key, { entry, bySlug });
  return id;
}

/**
 * An object of these fields and no others: a misspelt field ("mention" for "mentions", "cochair") is refused, naming
 * the closest one, rather than dropped without a word.
 */
function fieldsOf<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : undefined),
  });
}

/**
 * A date as quoted text in YAML, to the precision the source gives it.
 * Unquoted YAML dates become timestamps, and an impossible one (2021-02-30) silently rolls over to March,
 * so they are refused with a hint instead of being trusted.
 */
export const partialDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date in quotes, e.g. "2021-08-02" (unquoted, YAML turns it into a timestamp and rolls impossible dates over)'
        : 'expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * `reference()` alone accepts any id; this also checks that the entity file exists,
 * so a typo in a participant or topic id stops the build at the article that has it.
 */
function existingReference<Collection extends 'meetings' | 'people' | 'topics'>(
  collection: Collection,
  extensions: readonly string[],
) {
  return z
    .string()
    .superRefine((id, ctx) => {
      const known = entityIdsIn(dirs[collection], extensions);
      if (!known.has(id)) {
        const hint = closestId(id, known);
        ctx.addIssue({
          code: 'custom',
          message: `no ${collection} entry "${id}" in ${collection}/${hint ? ` (did you mean "${hint}"?)` : ''}`,
        });
      }
    })
    .pipe(reference(collection));
}

const meetingRef = existingReference('meetings', ENTITY_EXTENSIONS);
const personRef = existingReference('people', ENTITY_EXTENSIONS);
const topicRef = existingReference('topics', ENTITY_EXTENSIONS);
/** Another report's id (its file name in articles/ without `.mdx`), refused with a "did you mean" if no such file. */
const articleRef = z.string().superRefine((id, ctx) => {
  const known = entityIdsIn(dirs.articles, ['.mdx']);
  if (!known.has(id)) {
    const hint = closestId(id, known);
    ctx.addIssue({ code: 'custom', message: `no article "${id}" in articles/${hint ? ` (did you mean "${hint}"?)` : ''}` });
  }
});

/** Text that is only text: no control, noncharacter or bidirectional-override characters (see content-safety.ts). */
const plainText = z.string().superRefine((value, ctx) => {
  const problem = textProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const nonEmpty = plainText.trim().min(1);

/** A BCP 47 language tag that browsers and screen readers understand, e.g. "vi", "ja", "th". */
const languageTag = z.string().refine(isLanguageTag, {
  error: (issue) => {
    const input = typeof issue.input === 'string' ? issue.input : undefined;
    const named = input === undefined ? undefined : languageCodeNamed(input);
    const country = input === undefined ? undefined : languageOfCountryCode(input);
    if (named) return `"${input}" is a language's name; write its BCP 47 tag, "${named}"`;
    if (country) return `"${input}" is the code of a country, ${country.country}; its language's is "${country.language}"`;
    return `"${issue.input}" is not a BCP 47 language tag (e.g. "vi", "ja", "th", "zh-Hant")`;
  },
});

/** A web address readers can follow: http or https only, never `javascript:`, `data:` or `file:`. */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' });

const scriptName = fieldsOf({
  /** The name as its bearer writes it: Vietnamese with diacritics, Japanese in kanji, Thai script. */
  text: nonEmpty,
  /** BCP 47 language tag, so browsers and screen readers treat the name in its own language. */
  lang: languageTag,
});

const office = fieldsOf({
  title: nonEmpty,
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** Where the office or its dates come from, when not from the reports themselves. */
  source: officeSource.default('reports'),
});

export const personSchema = fieldsOf({
  /** The name as romanised in the reports, in the order the archive files it under. */
  name: nonEmpty,
  /** Every other form the reports use, slips included (e.g. the 2021 caption's "Motegi Toshimits"). */
  variants: z.array(nonEmpty).default([]),
  nativeName: scriptName.optional(),
  country: nonEmpty,
  offices: z.array(office).default([]),
  /** Editorial: how the archive identified the person, when a report does not name them. */
  note: nonEmpty.optional(),
});

export const topicSchema = fieldsOf({
  name: nonEmpty,
  kind: topicKind,
  /** Other names for the same thing, in the reports or in common use, e.g. "East Sea" for the South China Sea. */
  aliases: z.array(nonEmpty).default([]),
  /** The language of aliases that are not English (BCP 47), so browsers and screen readers read them right. */
  aliasLanguages: z.record(plainText, languageTag).default({}),
  description: nonEmpty,
}).superRefine(({ aliases, aliasLanguages }, ctx) => {
  for (const alias of Object.keys(aliasLanguages)) {
    if (!aliases.includes(alias)) {
      ctx.addIssue({ code: 'custom', path: ['aliasLanguages', alias], message: `"${alias}" is not one of the aliases` });
    }
  }
});

export const glossarySchema = fieldsOf({
  /** The abbreviation as the reports write it, e.g. "SOM". */
  abbreviation: nonEmpty,
  /** Other spellings of it in the reports, e.g. "Covid-19" for COVID-19. */
  variants: z.array(nonEmpty).default([]),
  expansion: nonEmpty,
  /** Editorial: a sentence on what it is, or on how the reports use it. */
  note: nonEmpty,
});

/**
 * A meeting: the archive's unit, which one or more reports describe. Its facts are the archive's, gathered from
 * its reports and the official record; each report keeps only what it says itself.
 */
const meetingFields = fieldsOf({
  name: nonEmpty,
  series: nonEmpty.optional(),
  number: z.number().int().positive().optional(),
  /** The larger gathering the meeting was held within, e.g. the 54th ASEAN Foreign Ministers' Meeting. */
  partOf: nonEmpty.optional(),
  date: partialDate,
  /**
   * How the reports fix the date: one states it, one implies it ("yesterday" or a weekday against the
   * dateline), or none gives it and the meeting took place on or before the first report's publication.
   */
  dateBasis,
  format: meetingFormat,
  /** Where it was held, e.g. "Jakarta" or "Vientiane, Laos"; an online meeting may have none. */
  place: nonEmpty.optional(),
  /** The organisers' own pages on the meeting: statements, chair's statements, press releases. */
  links: z.array(fieldsOf({ title: nonEmpty, url: webUrl })).default([]),
});

/**
 * A dated event that a report mentions, for the timeline. The archive records the date the report gives,
 * to the precision it gives it; where that date is doubtful, `note` says so, apart from the report's words.
 */
const reportedEvent = fieldsOf({
  date: partialDate,
  /** The archive's short name for the event. */
  label: nonEmpty,
  /** The body paragraph that mentions it, counted from 1 (the page's `#p-N`). */
  paragraph: z.number().int().positive(),
  /** The report's own words about it, verbatim from that paragraph. */
  quote: nonEmpty,
  note: nonEmpty.optional(),
});

const participant = fieldsOf({
  person: personRef,
  /** The office the person held at this meeting. */
  role: nonEmpty,
  coChair: z.boolean().default(false),
});

const articleFields = fieldsOf({
  slug: z.string().regex(ENTITY_ID).optional(),
  headline: nonEmpty,
  /** The language the report was published in (BCP 47, e.g. "vi", "ja", "th"); its words are marked with it. */
  lang: languageTag.default('en'),
  /**
   * The report this one is a translation or another language's version of (its id: its file name in articles/
   * without `.mdx`), e.g. a foreign ministry's Japanese release of its English one; the pages link the versions.
   */
  translationOf: articleRef.optional(),
  /** True where the received text has no headline and the archive supplied one (shown in square brackets). */
  headlineSupplied: z.boolean().default(false),
  /** Editorial one-sentence summary; shown as the archive's words, never as the source's. */
  summary: nonEmpty,
  /** The meeting the report is about (`meetings/<id>.yaml`), and what the report itself says of its date. */
  meeting: fieldsOf({
    id: meetingRef,
    /** How this report fixes the meeting date, where it differs from the meeting's `dateBasis`. */
    dateBasis: dateBasis.optional(),
  }),
  publication: fieldsOf({
    publisher: nonEmpty,
    /**
     * The language the publisher's name is written in (BCP 47), where it is not English: "vi" for Báo Thế giới & Việt
     * Nam, "th" for สำนักข่าวไทย; not always the report's (Viet Nam News is an English name of a Vietnamese outlet).
     */
    publisherLang: languageTag.optional(),
    /** The publisher's own abbreviation, e.g. MOIT or VNS; its name where it has none (NHK, Thai PBS). */
    publisherShort: nonEmpty.optional(),
    /** `website` where the publisher is an official body and the report a page of its own site; a news outlet's by default. */
    type: publicationType.default('newspaper'),
    date: partialDate,
    byline: nonEmpty.optional(),
    dateline: nonEmpty.optional(),
    /** The agency's sign-off at the end of the text, e.g. VNS. */
    signature: nonEmpty.optional(),
    section: nonEmpty.optional(),
    photo: fieldsOf({ caption: nonEmpty, credit: nonEmpty.optional() }).optional(),
    url: webUrl.optional(),
  })
    .superRefine(({ publisher, publisherLang }, ctx) => {
      // A name left unmarked is read as English: one whose letters show another language must say which.
      const shown = publisherLang === undefined ? languageByLetters(publisher) : undefined;
      if (shown) {
        ctx.addIssue({
          code: 'custom',
          path: ['publisher'],
          message: `"${publisher}" is not English (${shown.why}): say the language of the name, e.g. publisherLang: ${shown.code}`,
        });
      }
    })
    .transform((publication) => ({ ...publication, publisherShort: publication.publisherShort ?? publication.publisher })),
  /** Those the report says took part: none (`[]`) where it names no one. */
  participants: z.array(participant),
  /** People the report names who did not take part, e.g. a prime minister whose policy is cited. */
  mentions: z.array(fieldsOf({ person: personRef, role: nonEmpty })).default([]),
  topics: z.array(topicRef).min(1),
  /** Editorial notes on the report's slips and identifications, shown apart from its text. */
  notes: z.array(fieldsOf({ about: nonEmpty, note: nonEmpty })).default([]),
  /** Dated events the report mentions, shown on the timeline between the meetings. */
  events: z.array(reportedEvent).default([]),
  source: fieldsOf({
    /** The report as received, unmodified, in `sources/`. */
    file: z.string().superRefine((file, ctx) => {
      const problem = sourceFileNameProblem(file);
      if (problem) return ctx.addIssue({ code: 'custom', message: problem });
      const path = join(dirs.sources, file);
      if (!lstatSync(path, { throwIfNoEntry: false }))
        return ctx.addIssue({ code: 'custom', message: `no file "${file}" in sources/` });
      try {
        assertInsideFolder(dirs.sources, path, `sources/${file}`);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
    /** Verbatim pieces of the received text shown outside the body: page title, headline, byline, caption. */
    frame: z.array(plainText).default([]),
  }),
});

/**
 * The fields with placeholders left by `npm run new-report` listed first, all of them at once, so the editor
 * sees everything still to fill in rather than one complaint at a time.
 */
function placeholdersFirst<Fields extends z.ZodType>(fields: Fields) {
  return z.preprocess((data, ctx) => {
    for (const { path, text } of placeholdersIn(data)) {
      ctx.addIssue({ code: 'custom', path, input: data, message: `still a placeholder, fill it in: "${text}"` });
    }
    return data;
  }, fields);
}

/** An article's frontmatter. */
export const articleSchema = placeholdersFirst(articleFields);
/** A meeting's file, which `npm run new-report` may have drafted. */
export const meetingSchema = placeholdersFirst(meetingFields);

// Their located problems are listed together; an error of another kind is reported for the first in this order.
const [articles, meetings, people, topics, glossary] = loadersInOrder([
  reportLoader({
    files: checkedGlob({ pattern: '**/*.mdx', base: dirs.articles, generateId: fileNameId }, contentDir),
    checks: {
      sourcesDir: dirs.sources,
      glossaryDir: dirs.glossary,
      meetingsDir: dirs.meetings,
      peopleDir: dirs.people,
      topicsDir: dirs.topics,
      cacheFile: join(archivePaths(process.env).cacheDir, 'passed-article-checks.json'),
    },
  }),
  yamlLoader(dirs.meetings),
  yamlLoader(dirs.people),
  yamlLoader(dirs.topics),
  yamlLoader(dirs.glossary),
]);

export const collections = {
  articles: defineCollection({ loader: articles, schema: articleSchema }),
  meetings: defineCollection({ loader: meetings, schema: meetingSchema }),
  people: defineCollection({ loader: people, schema: personSchema }),
  topics: defineCollection({ loader: topics, schema: topicSchema }),
  glossary: defineCollection({ loader: glossary, schema: glossarySchema }),
};

/** One entity per YAML file, its id the file's name. */
function yamlLoader(base: string) {
  return checkedGlob({ pattern: '*.{yaml,yml}', base, generateId: fileNameId }, contentDir);
}
