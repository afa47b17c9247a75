import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citationSource } from '../../lib/archive.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../lib/citation-files.ts';
import { cslItem } from '../../lib/citations.ts';
import { keyedRoutes } from '../../build/page-cache-key.ts';

/** The file's extension after `articles.` for each format: CSL-JSON says what its JSON is. */
const ARCHIVE_FILE_EXTENSIONS: Record<CitationFormat, string> = { bib: 'bib', ris: 'ris', json: 'csl.json' };

export const getStaticPaths = keyedRoutes(({ articles }, site) => {
  const sources = articles.map((article) => citationSource(article, site));
  return Object.entries(ARCHIVE_FILE_EXTENSIONS).map(([format, extension]) => ({
    params: { format: extension },
    props: { format: format as CitationFormat, sources },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every article's citation in one file, oldest meeting first: the archive for a reference manager. */
export const GET: APIRoute<Props> = ({ props: { format, sources } }) => {
  const { write, contentType } = CITATION_FORMATS[format];
  return new Response(write(sources.map((source) => cslItem(source))), { headers: { 'Content-Type': contentType } });
};
