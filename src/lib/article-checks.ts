import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ownCode from './article-checks.ts?raw';
import { eventProblems } from './chronology.ts';
import chronologyCode from './chronology.ts?raw';
import { decodeReceivedFile } from './content-safety.ts';
import contentSafetyCode from './content-safety.ts?raw';
import datesCode from './dates.ts?raw';
import { digest } from './digest.ts';
import digestCode from './digest.ts?raw';
import { closestId } from './entity-ids.ts';
import { fileDigests, type FileDigests } from './file-digests.ts';
import fileDigestsCode from './file-digests.ts?raw';
import { unknownTermProblems } from './glossary.ts';
import glossaryCode from './glossary.ts?raw';
import paragraphAnchorsCode from './paragraph-anchors.ts?raw';
import { bodyStartLine, receivedTextProblem } from './received-text.ts';
import receivedTextCode from './received-text.ts?raw';
import regexpCode from './regexp.ts?raw';

/** What the checks read of an article: its file (by Astro's digest of it), body, received file and events. */
export interface CheckedArticle {
  id: string;
  filePath?: string;
  digest?: string | number;
  body?: string;
  data: { source: { file: string; frame: readonly string[] }; events: readonly { paragraph: number; quote: string }[] };
}

/**
 * The code the checks run and their record is keyed by, as bundled (every module of it but `entity-ids.ts`, which
 * only words a message): a change to any of it checks every article again.
 */
const CHECKS_CODE = [
  ownCode,
  chronologyCode,
  contentSafetyCode,
  datesCode,
  digestCode,
  fileDigestsCode,
  glossaryCode,
  paragraphAnchorsCode,
  receivedTextCode,
  regexpCode,
];

interface PassedChecks {
  /** Of the checks' code and the glossary's ids: the checks that passed were these. */
  checks: string;
  /** The received files as last digested, so only changed ones are read again. */
  sources: FileDigests;
  /** Per article id, the digest of its file and its received file when it last passed. */
  passed: Record<string, string>;
}

/**
 * Every article's text checked against what it must be, and the build stopped with every problem, each naming
 * the file and line: the body is the received report word for word and paragraph for paragraph (a changed word
 * or a merged paragraph would shift every later `#p-N` link), every `<Abbr term>` names a glossary entry, and
 * every reported event quotes the paragraph it points at.
 *
 * An article that passed in an earlier build with the same file, the same received file, the same glossary ids
 * and the same checks' code is not checked again (`cacheFile` remembers them): at 10,000 reports the checks read
 * 20,000 files and took 4 s of every rebuild.
 */
export function assertArticleTexts(
  articles: readonly CheckedArticle[],
  glossaryIds: ReadonlySet<string>,
  { sourcesDir, cacheFile }: { sourcesDir: string; cacheFile: string },
): void {
  const checks = digest([...CHECKS_CODE, ...[...glossaryIds].sort()].join('\0'));
  const last = readPassed(cacheFile);
  const known = last?.checks === checks ? last : undefined;
  // A missing received file has no digest; its article is checked, and the check says what is wrong.
  const sourceFiles = [...new Set(articles.map(({ data }) => data.source.file))].filter((name) => existsSync(join(sourcesDir, name)));
  const sources = fileDigests(sourcesDir, sourceFiles, last?.sources);
  const keys = new Map(articles.map((article) => [article, `${article.digest}:${sources[article.data.source.file]?.digest}`]));

  const problems = articles
    .filter((article) => article.digest === undefined || !sources[article.data.source.file] || known?.passed[article.id] !== keys.get(article))
    .flatMap((article) => articleProblems(article, glossaryIds, sourcesDir));
  if (problems.length > 0) throw new Error(`The articles' text needs fixing:\n${problems.join('\n')}`);

  writePassed(cacheFile, { checks, sources, passed: Object.fromEntries(articles.map((article) => [article.id, keys.get(article)!])) });
}

function articleProblems(article: CheckedArticle, glossaryIds: ReadonlySet<string>, sourcesDir: string): string[] {
  const path = resolve(article.filePath ?? article.id);
  const file = relative(process.cwd(), path);
  const fileText = readFileSync(path, 'utf-8');
  const body = article.body ?? '';
  const textProblem = receivedTextProblem({
    file,
    fileText,
    body,
    sourceFile: article.data.source.file,
    // Decoded strictly: a received file that is not UTF-8 is named as such, not compared as garbled text.
    sourceText: decodeReceivedFile(article.data.source.file, readFileSync(join(sourcesDir, article.data.source.file))),
    frame: article.data.source.frame,
  });
  const termProblems = unknownTermProblems({ file, body, bodyLine: bodyStartLine(fileText, body) }, glossaryIds, closestId);
  const events = eventProblems(body, article.data.events);
  return [...(textProblem ? [textProblem] : []), ...termProblems, ...(events.length > 0 ? [`${file}:\n  ${events.join('\n  ')}`] : [])];
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
