/**
 * `npm run new-report`: a first draft of an article from a received report, for an editor to review and fill in.
 * The body is the received text, paragraph for paragraph and escaped for MDX, so the words are right from the start;
 * what needs judgement is proposed (and marked so) or left as a placeholder that the build refuses.
 */
import { formPattern, type GlossaryTerm } from './glossary.ts';
import { placeholder } from './placeholders.ts';
import { slugify } from './slugs.ts';
import { escapeRegExp } from './regexp.ts';

export interface KnownEntity {
  id: string;
  /** Every name the reports may use for it: name, variants or aliases, own-script name. */
  forms: readonly string[];
}

export interface ReportInput {
  /** The file's name in `sources/`. */
  sourceFile: string;
  sourceText: string;
  people: readonly KnownEntity[];
  topics: readonly KnownEntity[];
  glossary: readonly GlossaryTerm[];
}

export interface ScaffoldedReport {
  /** `<publication date>-<short name>.mdx`, or with a placeholder date where none was found. */
  fileName: string;
  text: string;
}

/** Recognised pieces of the received text outside the body. */
interface Frame {
  pieces: string[];
  headline?: string;
  byline?: string;
  section?: string;
  dateline?: string;
  signature?: string;
  caption?: string;
  credit?: string;
  /** The date as the frame gives it (ISO), e.g. from a "date 2021-08-03" line or a byline. */
  date?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A date written out ("15th October 2020", "October 15, 2020") as ISO, if it is one. */
function writtenDate(text: string): string | undefined {
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\s+(\d{4})\b/.exec(text);
  const monthFirst = /\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})\b/.exec(text);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const monthNumber = month ? MONTHS.indexOf(month.toLowerCase()) + 1 : 0;
  if (!monthNumber) return undefined;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** Blank-line separated blocks with some text in them (a line of spaces alone is no paragraph). */
function receivedBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

const isShortLine = (block: string) => !block.includes('\n') && block.split(/\s+/).length <= 15 && !/[.!?]["'’”]?$/.test(block);
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'-]*\p{Lu}) —\s/u;
const SIGN_OFF = /\s(— (\p{Lu}{2,}))$/u;
const DATE_LINE = /^(date (\d{4}-\d{2}-\d{2}))(?:\s+(.*))?$/s;
const PHOTO_CREDIT = /\s(\S+ Photo)$/;
const DATE_STAMP = /^(?:updated|published|posted)\b/i;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** The date of a line saying when the page was published or updated ("Updated: August 4, 2021 - 09:30"). */
function stampedDate(line: string): string | undefined {
  return DATE_STAMP.test(line) ? (ISO_DATE.exec(line)?.[0] ?? writtenDate(line)) : undefined;
}

/**
 * The frame: leading lines that are not sentences (page title, section, headline, byline, a "date …" line with a
 * photo caption, a "Published"/"Updated" line), the dateline opening the first paragraph and the sign-off closing
 * the last.
 */
function recogniseFrame(blocks: string[]): { frame: Frame; body: string[] } {
  const frame: Frame = { pieces: [] };
  let first = 0;
  for (; first < blocks.length; first++) {
    const block = blocks[first];
    const dated = DATE_LINE.exec(block);
    if (dated) {
      frame.pieces.push(dated[1]);
      frame.date = dated[2];
      const caption = dated[3]?.trim();
      if (caption) {
        frame.pieces.push(caption);
        const credit = PHOTO_CREDIT.exec(caption);
        frame.caption = credit ? caption.slice(0, credit.index).trim() : caption;
        frame.credit = credit?.[1];
      }
      continue;
    }
    if (!isShortLine(block)) break;
    frame.pieces.push(block);
    const stamped = stampedDate(block);
    if (block.startsWith('/')) frame.section = block.replace(/^\/\s*/, '');
    else if (/\bpost(?:ed)? by\b|^By\s/i.test(block)) {
      frame.byline = block;
      frame.date ??= writtenDate(block);
    } else if (stamped) frame.date ??= stamped;
    else if (!block.includes('|')) frame.headline ??= block;
  }
  const body = blocks.slice(first);
  const dateline = body.length > 0 ? DATELINE.exec(body[0]) : null;
  if (dateline) {
    frame.pieces.push(`${dateline[1]} —`);
    frame.dateline = dateline[1];
    body[0] = body[0].slice(dateline[0].length);
  }
  const signOff = body.length > 0 ? SIGN_OFF.exec(body.at(-1)!) : null;
  if (signOff) {
    frame.pieces.push(signOff[1]);
    frame.signature = signOff[2];
    body[body.length - 1] = body.at(-1)!.slice(0, signOff.index);
  }
  return { frame, body };
}

/**
 * Escapes what MDX or Markdown would read as syntax, so the page shows the received characters exactly:
 * `<`, `{`, `}`, emphasis, code, links, character references, and markers at the start of a line.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&~|]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Wraps the first use of each known abbreviation in `<Abbr term>`, leaving the words as they are. */
function markAbbreviations(paragraphs: string[], glossary: readonly GlossaryTerm[]): string[] {
  const marked = [...paragraphs];
  for (const term of glossary) {
    const pattern = formPattern(term.forms);
    const index = marked.findIndex((paragraph) => pattern.test(paragraph.replace(/<Abbr term="[^"]*">[^<]*<\/Abbr>/g, (tag) => ' '.repeat(tag.length))));
    if (index < 0) continue;
    // Existing marks are blanked out (same length) so a form is never found inside one.
    const blanked = marked[index].replace(/<Abbr term="[^"]*">[^<]*<\/Abbr>/g, (tag) => ' '.repeat(tag.length));
    const match = pattern.exec(blanked)!;
    const paragraph = marked[index];
    marked[index] =
      `${paragraph.slice(0, match.index)}<Abbr term="${term.id}">${match[0]}</Abbr>${paragraph.slice(match.index + match[0].length)}`;
  }
  return marked;
}

/**
 * Whether a text names an entity by any of its forms: whole words; for topics capitals are ignored and a plural
 * counts ("vaccines" names the topic whose alias is "vaccine").
 */
function names(text: string, forms: readonly string[], ignoreCase: boolean): boolean {
  if (!ignoreCase) return formPattern(forms).test(text);
  const alternatives = forms.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Words that start capitalised names of offices and bodies rather than of people. */
const TITLE_WORDS = new Set(
  'Minister Ministry Deputy Senior Foreign Affairs Prime President Vice Head Delegation Japanese Vietnamese Thai The Also At In On Speaking Welcoming Discussing Recent He She They It Japan Viet Nam Vietnam'.split(' '),
);

/** Capitalised names and all-caps abbreviations that no entity file knows: the editor's to-do list. */
function unresolvedNames(text: string, known: readonly string[], glossaryForms: readonly string[]): { names: string[]; abbreviations: string[] } {
  const knownText = known.join('\n');
  const candidates = [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)].map(([name]) => name);
  const unknownNames = candidates
    .map((name) => name.split(/\s+/).filter((word) => !TITLE_WORDS.has(word)).join(' '))
    .filter((name) => name.includes(' ') && !known.some((form) => form.includes(name) || name.includes(form)) && !knownText.includes(name));
  const abbreviations = [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\d+)?(?![\p{L}\p{N}])/gu)]
    .map(([abbreviation]) => abbreviation)
    .filter((abbreviation) => !glossaryForms.includes(abbreviation));
  return { names: [...new Set(unknownNames)], abbreviations: [...new Set(abbreviations)] };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The meeting date read from the body against the publication date, with what it rests on. */
function proposedMeetingDate(body: string, published: string | undefined): { date?: string; basis: string; why: string } {
  if (!published) return { basis: 'publication', why: 'no publication date found' };
  if (/\byesterday\b/i.test(body)) {
    return { date: addDays(published, -1), basis: 'relative', why: `"yesterday" read against the publication date ${published}` };
  }
  const weekday = new RegExp(`\\b(?:on|last)\\s+(${WEEKDAYS.join('|')})\\b`).exec(body);
  if (weekday) {
    const wanted = WEEKDAYS.indexOf(weekday[1]);
    const publishedDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    const back = (publishedDay - wanted + 7) % 7 || 7;
    return { date: addDays(published, -back), basis: 'relative', why: `"${weekday[0]}" read as the last ${weekday[1]} before ${published}` };
  }
  if (/\btoday\b/i.test(body)) return { date: published, basis: 'relative', why: `"today" read against the publication date` };
  return { date: published, basis: 'publication', why: 'the report gives no date; the meeting was on or before publication' };
}

const yamlString = (value: string) => JSON.stringify(value);

/** The draft article for a received report. */
export function scaffoldReport({ sourceFile, sourceText, people, topics, glossary }: ReportInput): ScaffoldedReport {
  const { frame, body } = recogniseFrame(receivedBlocks(sourceText));
  if (body.length === 0) throw new Error(`sources/${sourceFile} has no paragraphs of text after its headline and frame`);
  const bodyText = body.join('\n\n');
  const fullText = sourceText;
  const foundPeople = people.filter((person) => names(fullText, person.forms, false));
  const foundTopics = topics.filter((topic) => names(fullText, topic.forms, true));
  const meeting = proposedMeetingDate(bodyText, frame.date);
  const unresolved = unresolvedNames(
    bodyText,
    [...people, ...topics].flatMap((entity) => entity.forms),
    glossary.flatMap((term) => term.forms),
  );

  const paragraphs = markAbbreviations(body.map(escapeMdxText), glossary);
  const todo = [
    '# Drafted by `npm run new-report` from sources/' + sourceFile + '. Review every field; the build refuses each "TODO:" left.',
    '# Proposed values (dates, frame, people, topics) are marked "proposed" in a comment: check them against the text.',
    ...(unresolved.names.length > 0
      ? ['# Names no entity file knows (add a file in people/ or topics/, or a variant/alias, if the archive should know them):', ...unresolved.names.map((name) => `#   - ${name}`)]
      : []),
    ...(unresolved.abbreviations.length > 0
      ? ['# Abbreviations with no glossary entry (add one in glossary/, then wrap the first use in <Abbr term="…">):', ...unresolved.abbreviations.map((abbreviation) => `#   - ${abbreviation}`)]
      : []),
  ];

  const headline = frame.headline ?? placeholder('a headline in the archive’s words (the report has none)');
  const lines = [
    '---',
    ...todo,
    `headline: ${yamlString(headline)}`,
    ...(frame.headline ? [] : ['headlineSupplied: true']),
    `summary: ${yamlString(placeholder('one sentence, in the archive’s words, on what the meeting did'))}`,
    'meeting:',
    `  name: ${yamlString(placeholder('the meeting’s name, e.g. 35th ASEAN–Japan Forum'))}`,
    `  date: ${yamlString(meeting.date ?? placeholder('the meeting date, "YYYY", "YYYY-MM" or "YYYY-MM-DD"'))} # proposed: ${meeting.why}`,
    `  dateBasis: ${meeting.basis} # proposed`,
    `  format: ${yamlString(placeholder('online, in-person, hybrid or not stated'))}`,
    'publication:',
    `  publisher: ${yamlString(placeholder('the publisher’s name'))}`,
    `  publisherShort: ${yamlString(frame.signature ?? placeholder('the publisher’s abbreviation, e.g. VNS'))}`,
    `  date: ${yamlString(frame.date ?? placeholder('the publication date, "YYYY-MM-DD"'))}${frame.date ? ' # proposed: from the frame' : ''}`,
    ...(frame.byline ? [`  byline: ${yamlString(frame.byline)}`] : []),
    ...(frame.dateline ? [`  dateline: ${yamlString(frame.dateline)}`] : []),
    ...(frame.signature ? [`  signature: ${yamlString(frame.signature)}`] : []),
    ...(frame.section ? [`  section: ${yamlString(frame.section)}`] : []),
    ...(frame.caption
      ? ['  photo:', `    caption: ${yamlString(frame.caption)}`, ...(frame.credit ? [`    credit: ${yamlString(frame.credit)}`] : [])]
      : []),
    '# Everyone the text names: move those who did not take part to `mentions` (with the role the report gives them).',
    'participants:',
    ...(foundPeople.length > 0
      ? foundPeople.flatMap(({ id }) => [`  - person: ${id}`, `    role: ${yamlString(placeholder('the office held at the meeting'))}`])
      : [`  - person: ${yamlString(placeholder('a person id from people/'))}`, `    role: ${yamlString(placeholder('the office held at the meeting'))}`]),
    'mentions: []',
    'topics: # proposed: every topic the text names',
    ...(foundTopics.length > 0 ? foundTopics.map(({ id }) => `  - ${id}`) : [`  - ${yamlString(placeholder('a topic id from topics/'))}`]),
    'notes: []',
    'events: []',
    'source:',
    `  file: ${yamlString(sourceFile)}`,
    ...(frame.pieces.length > 0
      ? ['  frame: # proposed: the received pieces shown outside the body, in order', ...frame.pieces.map((piece) => `    - ${yamlString(piece)}`)]
      : ['  frame: []']),
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ];
  const shortName = slugify(frame.headline ?? sourceFile.replace(/\.[^.]*$/, '')).split('-').slice(0, 8).join('-');
  return { fileName: `${frame.date ?? 'undated'}-${shortName}.mdx`, text: lines.join('\n') };
}
