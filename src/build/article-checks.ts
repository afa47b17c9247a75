import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { eventProblems } from '../lib/chronology.ts';
import { decodeReceivedFile } from '../lib/content-safety.ts';
import { closestId } from '../lib/entity-ids.ts';
import { unknownTermProblems } from '../lib/glossary.ts';
import { noteProblems } from '../lib/note-marks.ts';
import { bodyStartLine } from '../lib/received-text.ts';
import { receivedTextProblem } from '../lib/received-text-check.ts';
import { UNSPACED_LETTER } from '../lib/words.ts';
import { languageMismatch } from '../lib/report-language.ts';
import { fieldPath, frontmatterLine, locatedProblems, TEXT_PROBLEMS } from './build-errors.ts';
import { cachesOn } from './cache.ts';
import { codeDigest } from './code-digest.ts';
import { digest } from './digest.ts';
import { fileDigests, type FileDigests } from './file-digests.ts';

/** What the checks read of an article: its file (by Astro's digest of it), body, received file and events. */
export interface CheckedArticle {
  id: string;
  filePath?: string;
  digest?: string | number;
  /** The MDX body, read only for an article that is checked (the store keeps it packed). */
  readBody: () => string;
  data: {
    /** The report's language (BCP 47; the schema's default, `en`, where the file gives none). */
    lang: string;
    headline: string;
    headlineSupplied?: boolean;
    publication: FramedPublication;
    meeting: { id: EntityReference };
    translationOf?: string;
    participants: readonly { person: EntityReference }[];
    mentions: readonly { person: EntityReference }[];
    topics: readonly EntityReference[];
    source: { file: string; frame: readonly string[] };
    events: readonly { paragraph: number; quote: string }[];
    notes: readonly { about: string }[];
  };
}

/** An id as written, or as Astro's `reference()` stores it. */
type EntityReference = string | { id: string };

/** The ids of the entity files and reports (file names), which references and `<Abbr term>` must name. */
export interface KnownIds {
  articles: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
  people: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** The publication fields that show the publisher's own words, each of which must come from the frame. */
interface FramedPublication {
  byline?: string;
  dateline?: string;
  signature?: string;
  photo?: { caption: string; credit?: string };
}

interface PassedChecks {
  /** Of the checks' code and the glossary's ids: the text checks that passed were these. */
  checks: string;
  /** The received files as last digested, so only changed ones are read again. */
  sources: FileDigests;
  /** Per article id, the digest of its file and its received file when it last passed. */
  passed: Record<string, string>;
}

/**
 * Every article checked against what it must be, and the sync stopped with every problem, each naming the file
 * and line: the body is the received report word for word, paragraph for paragraph and line for line (a changed
 * word or a merged paragraph would shift every later `#p-N` link), every `<Abbr term>` names a glossary entry,
 * every reported event quotes the paragraph it points at, every editorial note quotes words of the body (or the
 * photo caption) that its page can mark, and every person and topic it names has its file.
 *
 * An article's text that passed in an earlier build with the same file, the same received file, the same glossary
 * ids and the same checks' code is not checked again (`cacheFile` remembers them): at 10,000 reports the checks
 * read 20,000 files. Its references are checked every time: Astro's content cache does not parse an unchanged
 * article again, so a deleted or renamed meeting, person, topic or report file is found only here.
 */
export function assertArticleTexts(
  articles: readonly CheckedArticle[],
  known: KnownIds,
  { sourcesDir, cacheFile }: { sourcesDir: string; cacheFile: string },
): void {
  const glossaryIds = known.glossary;
  // The code the checks run, however deep: a change to any of it checks every article again.
  const checks = digest([codeDigest([import.meta.url]), ...[...glossaryIds].sort()].join('\0'));
  const last = cachesOn() ? readPassed(cacheFile) : undefined;
  const passed = last?.checks === checks ? last : undefined;
  // A missing received file has no digest; its article is checked, and the check says what is wrong.
  const sourceFiles = [...new Set(articles.map(({ data }) => data.source.file))].filter((name) =>
    existsSync(join(sourcesDir, name)),
  );
  const sources = fileDigests(sourcesDir, sourceFiles, last?.sources);
  const keys = new Map(articles.map((article) => [article, `${article.digest}:${sources[article.data.source.file]?.digest}`]));

  const problems = articles.flatMap((article) =>
    article.digest === undefined || !sources[article.data.source.file] || passed?.passed[article.id] !== keys.get(article)
      ? articleProblems(article, known, sourcesDir)
      : locatedFieldProblems(article, referenceProblems(article.data, known)),
  );
  if (problems.length > 0) throw locatedProblems(TEXT_PROBLEMS, problems);

  writePassed(cacheFile, {
    checks,
    sources,
    passed: Object.fromEntries(articles.map((article) => [article.id, keys.get(article)!])),
  });
}

/** The article's file as messages name it (from the project root), and its text. */
function articleFile(article: CheckedArticle): { file: string; fileText: string } {
  const path = resolve(article.filePath ?? article.id);
  return { file: relative(process.cwd(), path), fileText: readFileSync(path, 'utf-8') };
}

/** `field: message` problems of an article's frontmatter, each at its field's line of the file. */
function locatedFieldProblems(article: CheckedArticle, problems: readonly string[]): string[] {
  if (problems.length === 0) return [];
  const { file, fileText } = articleFile(article);
  return problems.map((problem) => {
    return `${file}:${frontmatterLine(fileText, fieldPath(problem.slice(0, problem.indexOf(':'))))}: ${problem}`;
  });
}

/** A `lang` its text's letters show to be wrong (`languageMismatch`), as `field: message`. */
function languageProblems(lang: string, body: string): string[] {
  const mismatch = languageMismatch(lang, body);
  return mismatch ? [`lang: ${mismatch}`] : [];
}

/** People and topics the article names that have no file, as the schema words it (`field: message`). */
function referenceProblems(
  { meeting, translationOf, participants, mentions, topics }: CheckedArticle['data'],
  known: KnownIds,
): string[] {
  const idOf = (reference: EntityReference) => (typeof reference === 'string' ? reference : reference.id);
  const missing = (
    field: string,
    collection: 'articles' | 'meetings' | 'people' | 'topics',
    reference: EntityReference,
    // The schema's words: "no article" for a report, "no people entry" for an entity.
    what = `${collection} entry`,
  ) => {
    const id = idOf(reference);
    if (known[collection].has(id)) return [];
    const hint = closestId(id, known[collection]);
    return [`${field}: no ${what} "${id}" in ${collection}/${hint ? ` (did you mean "${hint}"?)` : ''}`];
  };
  return [
    ...missing('meeting.id', 'meetings', meeting.id),
    ...(translationOf === undefined ? [] : missing('translationOf', 'articles', translationOf, 'article')),
    ...participants.flatMap(({ person }, index) => missing(`participants.${index}.person`, 'people', person)),
    ...mentions.flatMap(({ person }, index) => missing(`mentions.${index}.person`, 'people', person)),
    ...topics.flatMap((topic, index) => missing(`topics.${index}`, 'topics', topic)),
  ];
}

function articleProblems(article: CheckedArticle, known: KnownIds, sourcesDir: string): string[] {
  const { file, fileText } = articleFile(article);
  const body = article.readBody();
  const textProblem = receivedTextProblem({
    file,
    fileText,
    body,
    sourceFile: article.data.source.file,
    // Decoded strictly: a received file that is not UTF-8 is named as such, not compared as garbled text.
    sourceText: decodeReceivedFile(article.data.source.file, readFileSync(join(sourcesDir, article.data.source.file))),
    frame: article.data.source.frame,
    frameLine: (index) => frontmatterLine(fileText, ['source', 'frame', index]),
  });
  const termProblems = unknownTermProblems({ file, body, bodyLine: bodyStartLine(fileText, body) }, known.glossary, closestId);
  const fieldProblems = locatedFieldProblems(article, [
    ...referenceProblems(article.data, known),
    ...languageProblems(article.data.lang, body),
    ...framedFieldProblems(article.data),
    ...eventProblems(body, article.data.events),
    ...noteProblems(body, article.data.notes, article.data.publication.photo?.caption),
  ]);
  return [...(textProblem ? [textProblem] : []), ...termProblems, ...fieldProblems];
}

/**
 * Where a field's words stand in a piece of the frame, with only marks (punctuation, brackets, symbols) beside them
 * where they do not reach its ends: the whole piece, its first or last words, or (a caption) the words before its
 * credit's.
 */
type Placement = 'whole' | 'start' | 'end' | 'caption';

const PLACEMENT_WORDS: Record<Placement, string> = {
  whole: 'as a whole piece',
  start: "as a whole piece or a piece's first words",
  end: "as a whole piece or a piece's last words",
  caption: 'as a whole piece, or before its credit in one piece (give the credit too)',
};

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const MARKS_ONLY = /^[^\p{L}\p{N}\p{M}]*$/u;
/** What may stand between a caption and its credit in one line: marks, and a label of a word or two with its colon or slash ("Ảnh:", "ANTARA FOTO/"). */
const CAPTION_LABEL = /^[^\p{L}\p{N}\p{M}]*(?:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?\s*[:：៖/])?[^\p{L}\p{N}\p{M}]*$/u;

/** Whether the rest of a caption's line is its credit, with marks ("(", ")") and a label ("Ảnh:") at most around it. */
function creditCloses(rest: string, credit: string): boolean {
  const at = rest.lastIndexOf(credit);
  return at >= 0 && CAPTION_LABEL.test(rest.slice(0, at)) && MARKS_ONLY.test(rest.slice(at + credit.length));
}

/**
 * Whether `value` stands in `piece` as `placement` allows: never cut out of a longer word. In a script written
 * without spaces (Chinese, Japanese, Thai) no word's edge can be told, and a dateline's place stands among the
 * agency's letters (新华社河内8月2日电, 【ジャカルタ共同】): there the value must only be in the piece, as the whole
 * piece where that is asked.
 */
function standsIn(value: string, piece: string, placement: Placement, credit?: string): boolean {
  const words = value.trim();
  if (words === '') return false;
  if (placement !== 'whole' && UNSPACED_LETTER.test(words)) return piece.includes(words);
  for (let at = piece.indexOf(words); at !== -1; at = piece.indexOf(words, at + 1)) {
    const [before, after] = [piece.slice(0, at), piece.slice(at + words.length)];
    const opens = MARKS_ONLY.test(before);
    const closes = MARKS_ONLY.test(after);
    const wordEndsHere = !WORD_CHARACTER.test(after.charAt(0)) || !WORD_CHARACTER.test(words.at(-1)!);
    const wordStartsHere = !WORD_CHARACTER.test(before.at(-1) ?? '') || !WORD_CHARACTER.test(words.charAt(0));
    const fits = {
      whole: opens && closes,
      start: opens && wordEndsHere,
      end: closes && wordStartsHere,
      caption: opens && (closes || (credit !== undefined && creditCloses(after, credit.trim()))),
    };
    if (fits[placement]) return true;
  }
  return false;
}

/**
 * The fields that show the publisher's words (a headline it gave, byline, dateline, sign-off, caption, credit)
 * must be its words as received, as `field: message` lines: a headline or byline is a whole line of the frame; a
 * dateline opens one and a sign-off closes one (the place before "(Kyodo) --", the agency after "=="), as a credit
 * does; a caption is one, or opens the one its credit closes.
 */
export function framedFieldProblems({ headline, headlineSupplied, publication, source }: CheckedArticle['data']): string[] {
  const fields: [string, string | undefined, Placement][] = [
    ['headline', headlineSupplied ? undefined : headline, 'whole'],
    ['publication.byline', publication.byline, 'whole'],
    ['publication.dateline', publication.dateline, 'start'],
    ['publication.signature', publication.signature, 'end'],
    ['publication.photo.caption', publication.photo?.caption, 'caption'],
    ['publication.photo.credit', publication.photo?.credit, 'end'],
  ];
  return fields.flatMap(([field, value, placement]) =>
    value === undefined || source.frame.some((piece) => standsIn(value, piece, placement, publication.photo?.credit))
      ? []
      : [
          `${field}: "${value}" is in no piece of source.frame ${PLACEMENT_WORDS[placement]}; it shows the ` +
            `publisher's words, so give them as received and list the line they come from in source.frame` +
            (field === 'headline' ? ' (or, for a headline of the archive’s own, set headlineSupplied: true)' : ''),
        ],
  );
}

function readPassed(file: string): PassedChecks | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as PassedChecks) : undefined;
  } catch {
    return undefined; // A damaged record only means checking everything again.
  }
}

function writePassed(file: string, passed: PassedChecks): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(passed));
  renameSync(`${file}.tmp`, file);
}
