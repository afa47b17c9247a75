import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { citedItem, citedReport, type CitedFrontmatter, type StyledCitations } from '../lib/citations.ts';
import { ENTITY_EXTENSIONS, entityIdsIn } from '../lib/entity-ids.ts';
import { UNSAFE_CONTENT } from '../lib/mdx-safety.ts';
import { bodyStartLine } from '../lib/received-text.ts';
import { RENDER_ERROR, ReportMarkupError, renderReportBody } from '../lib/report-body.ts';
import { assertArticleTexts, type CheckedArticle } from './article-checks.ts';
import { locatedProblems, RENDER_PROBLEMS } from './build-errors.ts';
import { cachesOn } from './cache.ts';
import { codeDigest } from './code-digest.ts';
import { digest } from './digest.ts';
import { packReportText, unpackReportText } from './stored-report.ts';
import { CITATION_WORKER, citationsOffThread, STYLES_DIGEST, styledCitations } from './styled-citations.ts';

/** The entry type an integration registers for a file extension (internal to Astro, passed to loaders). */
interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ body: string; data: Record<string, unknown> }>;
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type RenderFunction = (entry: {
  body?: string;
  filePath?: string;
}) => Promise<{ html: string; metadata: Record<string, unknown> }>;

export interface ReportLoaderOptions {
  /** Astro's glob loader (or one wrapping it) for the reports' `.mdx` files. */
  files: Loader;
  /** What the text checks read besides the reports (`article-checks.ts`), and where they keep their record. */
  checks: {
    sourcesDir: string;
    glossaryDir: string;
    meetingsDir: string;
    peopleDir: string;
    topicsDir: string;
    cacheFile: string;
  };
}

/**
 * Astro's glob loader for the reports' MDX files, with each body rendered to HTML when the file is loaded
 * (`report-body.ts`) and cached with the entry by the file's digest, as Astro does for Markdown, instead of
 * one bundler module per report; the report's styled citations (`styled-citations.ts`) are rendered and cached
 * with it. A report whose markup cannot be rendered, or whose text is not the received
 * report's (`article-checks.ts`), stops the sync, naming the file and line. The store keeps body and HTML packed
 * into one string (`stored-report.ts`), which `loadArchive` unpacks.
 */
export function reportLoader({ files, checks }: ReportLoaderOptions): Loader {
  return {
    name: 'archive-report-loader',
    load: async (context) => {
      const { config, meta, store, logger } = context;
      const root = fileURLToPath(config.root);
      // The citations hold the report's address on the site.
      const site = { site: new URL(config.site!), base: config.base };
      // A change to any code this loader runs, however deep, to the citation styles or to the site's address
      // renders every report again.
      const rendererDigest = digest(
        [codeDigest([import.meta.url, CITATION_WORKER]), STYLES_DIGEST, site.site.href, site.base].join('\0'),
      );
      if (meta.get('renderer') !== rendererDigest || !cachesOn()) store.clear();

      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('No entry type for .mdx files: is the @astrojs/mdx integration in astro.config.mjs?');
      let rendered = 0;
      const renderReport: RenderFunction = async ({ body = '', filePath = '' }) => {
        // A long first sync says how far it has got, in a line per thousand reports.
        rendered += 1;
        if (rendered % 1000 === 0) logger.info(`${rendered.toLocaleString('en')} report bodies rendered…`);
        try {
          return { html: renderReportBody(bodyAtItsLines(body, filePath), filePath), metadata: {} };
        } catch (error) {
          return { html: '', metadata: { [RENDER_ERROR]: renderErrorMessage(error, relative(root, filePath)) } };
        }
      };
      // While the files are read, each report's citations are rendered on a worker thread and the report is stored
      // once they come; a report the loader stores later (a file changed under `astro dev`) is cited on the spot.
      const citations = citationsOffThread();
      const citing: Promise<void>[] = [];
      let citingError: unknown;
      let loading = true;
      const storeCited = (entry: StoredEntry, cited: StyledCitations) =>
        store.set({ ...entry, ...storedText(entry.body ?? '', entry.rendered, cited) });
      try {
        await files.load({
          ...context,
          store: {
            ...store,
            set: (entry) => {
              const item = citedItem(citedReport(entry.id, entry.data as unknown as CitedFrontmatter, site));
              if (!loading) return storeCited(entry, styledCitations(item));
              // Caught at once (a rejection nothing handles yet would end the process) and thrown after the load.
              citing.push(
                citations.render(item).then(
                  (cited) => void storeCited(entry, cited),
                  (error: unknown) => void (citingError ??= error),
                ),
              );
              return true;
            },
          },
          // The MDX integration reads the frontmatter; the body is rendered here rather than compiled to a module.
          entryTypes: new Map([['.mdx', { getEntryInfo: mdx.getEntryInfo, getRenderFunction: async () => renderReport }]]),
        } as LoaderContext);
      } finally {
        loading = false;
        // Also when another report's problem stopped the load: a good report still being cited is stored, not dropped.
        // (Each citing promise has caught its error.)
        await Promise.all(citing);
        await citations.close();
      }
      if (citingError) throw citingError;

      const errors = [...store.values()].flatMap(({ rendered }) => {
        const message = rendered?.metadata?.[RENDER_ERROR];
        return typeof message === 'string' ? [message] : [];
      });
      if (errors.length > 0) throw locatedProblems(RENDER_PROBLEMS, errors);
      meta.set('renderer', rendererDigest);
      // In the content sync, so `astro dev`, `npm run build` and `npm run check-content` stop on the same problems.
      assertArticleTexts(
        [...store.values()].map(({ id, filePath, digest, body = '', data }) => ({
          id,
          filePath,
          digest,
          readBody: () => unpackReportText(body)?.body ?? '',
          data: data as CheckedArticle['data'],
        })),
        {
          articles: new Set(store.keys()),
          glossary: entityIdsIn(checks.glossaryDir, ENTITY_EXTENSIONS),
          meetings: entityIdsIn(checks.meetingsDir, ENTITY_EXTENSIONS),
          people: entityIdsIn(checks.peopleDir, ENTITY_EXTENSIONS),
          topics: entityIdsIn(checks.topicsDir, ENTITY_EXTENSIONS),
        },
        checks,
      );
      logger.info(
        `${store.keys().length.toLocaleString('en')} reports: ${rendered.toLocaleString('en')} rendered, the rest unchanged`,
      );
    },
  };
}

/**
 * What the store keeps of a body, its rendering and its citations: all packed into `body`, and `rendered` only to
 * carry a render error (the build stops on it, and in `astro dev` the report's page shows it).
 */
function storedText(
  body: string,
  rendered: StoredEntry['rendered'],
  citations: StyledCitations,
): Pick<StoredEntry, 'body' | 'rendered'> {
  const renderError = rendered?.metadata?.[RENDER_ERROR];
  return {
    body: packReportText({ body, html: rendered?.html ?? '', citations }),
    rendered: renderError === undefined ? undefined : { html: '', metadata: { [RENDER_ERROR]: renderError } },
  };
}

/**
 * The body preceded by as many empty lines as the frontmatter takes, so every line number in a message is the
 * file's own. Blank lines before the first paragraph change nothing in the HTML.
 */
function bodyAtItsLines(body: string, filePath: string): string {
  return '\n'.repeat(bodyStartLine(readFileSync(filePath, 'utf-8'), body) - 1) + body;
}

/**
 * What an editor most often meant where MDX's parser stops, by the parser that stopped (the message's `source`): a
 * brace or angle bracket of the report's own text, which MDX reads as code.
 */
const MDX_SYNTAX_HINTS: Record<string, string> = {
  'micromark-extension-mdx-expression':
    'in MDX "{" opens an expression: a brace of the report\'s own text is written \\{ (and \\}), as npm run new-report writes it',
  'micromark-extension-mdx-jsx':
    'in MDX "<" before a letter or digit opens a tag: a "<" of the report\'s own text is written \\<, as npm run new-report writes it',
};

/** `file.mdx:line: message`; the safety check's own message already names the file and every line. */
export function renderErrorMessage(error: unknown, shownPath: string): string {
  const line = error instanceof ReportMarkupError ? error.line : (error as { line?: number }).line;
  const hint = MDX_SYNTAX_HINTS[(error as { source?: string }).source ?? ''];
  const message = (error instanceof Error ? error.message : String(error)) + (hint ? ` (${hint})` : '');
  if (message.startsWith(UNSAFE_CONTENT)) return message;
  return line ? `${shownPath}:${line}: ${message}` : `${shownPath}: ${message}`;
}
