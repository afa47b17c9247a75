import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import GlossaryAbbr from '../components/GlossaryAbbr.astro';
import type { Article } from './archive.ts';
import { withoutParagraphAnchors } from './paragraph-anchors.ts';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/**
 * An article's body as HTML, outside any page: the feed carries it in full and the open data export
 * takes its plain text from it. MDX entries have no `rendered.html`, so the body is rendered through
 * Astro's container with the MDX renderer. Each body is rendered once per build.
 */
export function articleBodyHtml(article: Article): Promise<string> {
  let html = bodies.get(article.id);
  if (!html || import.meta.env.DEV) {
    html = renderBody(article);
    bodies.set(article.id, html);
  }
  return html;
}

async function renderBody(article: Article): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(article);
  // The same components the article page gives the MDX body; the page's own permalinks stay on the page.
  const html = await (await container).renderToString(Content, { props: { components: { Abbr: GlossaryAbbr } } });
  return withoutParagraphAnchors(html);
}
