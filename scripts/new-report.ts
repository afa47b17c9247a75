/**
 * `npm run new-report -- content/sources/<file> [--url <address>]`: writes `content/articles/<date>-<short-name>.mdx`, a draft of the
 * article for a received report (see src/lib/new-report.ts), and where no known meeting fits, a draft of its meeting
 * in `content/meetings/<id>.yaml`; it refuses to overwrite either. Reads the people, topics, glossary, meetings and
 * articles of `ARCHIVE_CONTENT_DIR` (default `content/`).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { frontmatterOf } from '../src/lib/content-safety.ts';
import { archivePaths } from '../src/lib/archive-paths.ts';
import { scaffoldReport } from '../src/lib/new-report.ts';
import { knownEntities } from './known-entities.ts';

function fail(message: string): never {
  console.error(`new-report: ${message}`);
  process.exit(1);
}

const USAGE = `npm run new-report -- content/sources/<file> [--url <address>]

Drafts content/articles/<date>-<short-name>.mdx from a received report (a news page's text as published, pasted
into a plain-text file in content/sources/), and content/meetings/<id>.yaml where no known meeting fits. Review the
draft, fill in every "TODO:", then run npm run check-content. ARCHIVE_CONTENT_DIR names another content folder.
--url gives the address of the page the text was taken from: the draft's publication.url, and, on an official
body's site (a ministry's, the ASEAN Secretariat's), publication.type: website proposed.
See docs/content-model.md.`;

const contentDir = resolve(archivePaths(process.env).contentDir);
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  fail(`${(error as Error).message} (--help for more)`);
}
const {
  positionals: [sourceArgument],
  values: { url, help },
} = parsed;
if (help) {
  console.log(USAGE);
  process.exit(0);
}
if (!sourceArgument) fail('name the received file: npm run new-report -- content/sources/<file> (--help for more)');
if (url !== undefined && !/^https?:$/.test(URL.parse(url)?.protocol ?? ''))
  fail(`--url ${url}: expected an http:// or https:// address`);
const sourcePath = resolve(sourceArgument);
if (!statSync(sourcePath, { throwIfNoEntry: false })?.isFile()) fail(`no file ${sourceArgument}`);
if (resolve(sourcePath, '..') !== join(contentDir, 'sources')) {
  fail(
    `${sourceArgument} is not in ${relative(process.cwd(), join(contentDir, 'sources')) || '.'}/: put the received file there first, unchanged`,
  );
}
const sourceText = readFileSync(sourcePath, 'utf-8');
if (sourceText.trim() === '') fail(`${sourceArgument} is empty`);

let draft;
try {
  draft = scaffoldReport({ sourceFile: basename(sourcePath), sourceText, url, ...knownEntities(contentDir) });
} catch (error) {
  fail((error as Error).message);
}
/** The received file an article names (`source.file`), if its frontmatter reads. */
function receivedFileOf(articlePath: string): string | undefined {
  try {
    const data = load(frontmatterOf(readFileSync(articlePath, 'utf-8')) ?? '') as { source?: { file?: unknown } } | undefined;
    return typeof data?.source?.file === 'string' ? data.source.file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the draft goes: its own name, or where another report drafted from another received file has it (two
 * reports with one headline), the first free `-2`, `-3`… beside it. A draft of this same received file is never
 * written again.
 */
function draftTarget(fileName: string): { path: string; otherReport?: string } {
  const first = join(contentDir, 'articles', fileName);
  const otherSource = existsSync(first) ? receivedFileOf(first) : undefined;
  if (!existsSync(first) || otherSource === undefined || otherSource === basename(sourcePath)) return { path: first };
  const stem = fileName.replace(/\.mdx$/, '');
  for (let suffix = 2; ; suffix++) {
    const path = join(contentDir, 'articles', `${stem}-${suffix}.mdx`);
    if (!existsSync(path)) return { path, otherReport: `${relative(process.cwd(), first)} (from sources/${otherSource})` };
    if (receivedFileOf(path) === basename(sourcePath)) return { path };
  }
}

const { path: target, otherReport } = draftTarget(draft.fileName);
const meetingTarget = draft.meetingFile && join(contentDir, 'meetings', draft.meetingFile.fileName);
for (const path of [target, meetingTarget]) {
  if (path && existsSync(path))
    fail(`${relative(process.cwd(), path)} exists already; it is left as it is (delete or rename it first)`);
}
if (draft.meetingFile && meetingTarget) {
  mkdirSync(join(contentDir, 'meetings'), { recursive: true });
  writeFileSync(meetingTarget, draft.meetingFile.text, { flag: 'wx' });
}
writeFileSync(target, draft.text, { flag: 'wx' });
const written = [target, ...(meetingTarget ? [meetingTarget] : [])].map((path) => relative(process.cwd(), path));
console.log(`Wrote ${written.join(' and ')}: review, fill in every "TODO:", then run npm run check-content.`);
if (otherReport) console.log(`Named apart from ${otherReport}, another report with the same name.`);
console.log(`Meeting: ${draft.meeting}`);
console.log(
  `Recognised: ${draft.recognised.length > 0 ? draft.recognised.join('; ') : 'nothing (no title, date line, dateline or sign-off)'}`,
);
