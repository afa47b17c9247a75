import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeParagraphAnchors } from './paragraph-anchors.ts';

/**
 * A report's MDX body rendered to HTML once, when the content is loaded, instead of as one bundler module per
 * report: the build then holds HTML strings rather than thousands of compiled modules, and the content
 * layer's cache skips every report whose file has not changed. The MDX is parsed, never evaluated, so
 * nothing in a report can run at build time.
 *
 * The one component a report may use, `<Abbr term="…">`, becomes `<abbr data-glossary-term="…">`; the page
 * fills in the glossary's expansion and link when it is rendered (`glossary-markup.ts`), so a change to a
 * glossary entry reaches every page without re-rendering the reports.
 */

/** The attribute that carries a glossary id from the rendered body to the page. */
export const GLOSSARY_TERM_ATTRIBUTE = 'data-glossary-term';

/** Where the loader keeps a body's render error on its entry, so the build (or, in dev, the page) can stop on it. */
export const RENDER_ERROR = 'reportRenderError';

/** The MDX components a report body may use, and the only ones the renderer knows. */
const ABBR = 'Abbr';

/** Markup the archive's renderer does not allow in a report body, with the body line it is on. */
export class ReportMarkupError extends Error {
  /** Line in the MDX body (1 = its first line), where known. */
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'ReportMarkupError';
    this.line = line;
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: MdastNodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** `<Abbr term="id">` with that one plain attribute, or an explanation of what is wrong with it. */
function abbrTerm(node: JsxElement): string {
  const [attribute, ...others] = node.attributes;
  if (attribute?.type !== 'mdxJsxAttribute' || attribute.name !== 'term' || others.length > 0) {
    throw new ReportMarkupError(`<${ABBR}> takes exactly one attribute, term="<glossary id>"`, node.position?.start.line);
  }
  if (typeof attribute.value !== 'string' || attribute.value.trim() === '') {
    throw new ReportMarkupError(`<${ABBR} term> must be a glossary id in quotes, e.g. term="asean"`, node.position?.start.line);
  }
  return attribute.value;
}

/** What each MDX construct other than `<Abbr>` is called in an error, for the editor. */
const REFUSED: Partial<Record<MdastNodes['type'], string>> = {
  mdxjsEsm: '`import`/`export` statements',
  mdxFlowExpression: '`{…}` expressions',
  mdxTextExpression: '`{…}` expressions',
};

/** Remark plugin: turns `<Abbr term>` into a marked `<abbr>`, and refuses every other MDX construct. */
function remarkReportMarkup() {
  return (tree: MdastRoot) => {
    const visit = (node: MdastNodes) => {
      const refused = REFUSED[node.type];
      if (refused) {
        const hint = node.type === 'mdxjsEsm' ? '' : ' (write the characters as \\{ and \\} to show them)';
        throw new ReportMarkupError(`${refused} are not allowed in a report body${hint}`, node.position?.start.line);
      }
      if (isJsxElement(node)) {
        if (node.name !== ABBR) {
          throw new ReportMarkupError(
            `<${node.name ?? ''}> is not allowed in a report body: the only component is <${ABBR} term="…">` +
              ' (write a literal "<" as \\<)',
            node.position?.start.line,
          );
        }
        node.data = { hName: 'abbr', hProperties: { [GLOSSARY_TERM_ATTRIBUTE]: abbrTerm(node) } };
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkReportMarkup)
  .use(remarkRehype)
  .use(rehypeParagraphAnchors)
  .use(rehypeStringify)
  .freeze();

/** The body's HTML, with numbered paragraphs and marked abbreviations; throws `ReportMarkupError` or MDX syntax errors. */
export function renderReportBody(mdxBody: string): string {
  return String(processor.processSync(mdxBody));
}
