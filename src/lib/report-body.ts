import type { Root as MdastRoot, Nodes as MdastNodes, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkMdxSafety } from './mdx-safety.ts';
import { rehypeParagraphAnchors } from './paragraph-anchors.ts';

/**
 * A report's MDX body rendered to HTML once, when the content is loaded, instead of as one bundler module per
 * report: the build then holds HTML strings rather than thousands of compiled modules, and the content
 * layer's cache skips every report whose file has not changed. The MDX is parsed, never evaluated, so
 * nothing in a report can run at build time; `remarkMdxSafety` refuses anything but text and plain markup.
 *
 * The one component a report may use, `<Abbr term="…">`, becomes `<abbr data-glossary-term="…">`; the page
 * fills in the glossary's expansion and link when it is rendered (`glossary-markup.ts`), so a change to a
 * glossary entry reaches every page without re-rendering the reports.
 */

/** The attribute that carries a glossary id from the rendered body to the page. */
export const GLOSSARY_TERM_ATTRIBUTE = 'data-glossary-term';

/** Where the loader keeps a body's render error on its entry, so the build (or, in dev, the page) can stop on it. */
export const RENDER_ERROR = 'reportRenderError';

/** A problem with a body's markup that the safety check lets through, with the line it is on. */
export class ReportMarkupError extends Error {
  /** Line in the text rendered (the loader pads bodies so this is the file's line), where known. */
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

/** The element's plain string attributes (the safety check has refused every other kind). */
function stringAttributes(node: JsxElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

/**
 * Remark plugin, after the safety check: `<Abbr term>` becomes a marked `<abbr>`, the plain HTML elements the
 * check allows render as themselves, and `{/* comments *\/}` are dropped.
 */
function remarkReportMarkup() {
  return (tree: MdastRoot) => {
    const visit = (parent: Parent) => {
      parent.children = parent.children.filter((node) => node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression');
      for (const node of parent.children as MdastNodes[]) {
        if (isJsxElement(node)) {
          const attributes = stringAttributes(node);
          if (node.name === 'Abbr') {
            if (!attributes.term?.trim()) {
              throw new ReportMarkupError('<Abbr> needs term="<glossary id>"', node.position?.start.line);
            }
            node.data = { hName: 'abbr', hProperties: { [GLOSSARY_TERM_ATTRIBUTE]: attributes.term } };
          } else {
            node.data = { hName: node.name ?? 'span', hProperties: attributes };
          }
        }
        if ('children' in node) visit(node);
      }
    };
    visit(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkMdxSafety)
  .use(remarkGfm)
  .use(remarkReportMarkup)
  .use(remarkRehype)
  .use(rehypeParagraphAnchors)
  .use(rehypeStringify)
  .freeze();

/**
 * The body's HTML, with numbered paragraphs and marked abbreviations. Throws the safety check's error (naming
 * `path` and each line), a `ReportMarkupError`, or MDX's own syntax error.
 */
export function renderReportBody(mdxBody: string, path?: string): string {
  return String(processor.processSync({ value: mdxBody, path }));
}
