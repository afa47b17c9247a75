import type { APIRoute } from 'astro';
import { citationSource, loadArchive } from '../../lib/archive.ts';
import { CITATION_FORMATS, cslItem, type CitationFormat } from '../../lib/citations.ts';
import { siteContext } from '../../lib/site.ts';

/** The file's extension after `articles.` for each format: CSL-JSON says what its JSON is. */
const ARCHIVE_FILE_EXTENSIONS: Record<CitationFormat, string> = { bib: 'bib', ris: 'ris', json: 'csl.json' };

export const getStaticPaths = () =>
  Object.entries(ARCHIVE_FILE_EXTENSIONS).map(([format, extension]) => ({ params: { format: extension }, props: { format } }));

/** Every article's citation in one file, oldest meeting first: the archive for a reference manager. */
export const GET: APIRoute<{ format: CitationFormat }> = async ({ props }) => {
  const { articles } = await loadArchive();
  const site = siteContext();
  const { write, contentType } = CITATION_FORMATS[props.format];
  return new Response(write(articles.map((article) => cslItem(citationSource(article, site)))), {
    headers: { 'Content-Type': contentType },
  });
};
