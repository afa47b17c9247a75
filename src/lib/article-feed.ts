import rss from '@astrojs/rss';
import type { Article, GlossaryEntry, Topic } from './archive.ts';
import { mustGet } from './lookup.ts';
import { articleFeedHtml } from './article-html.ts';
import { DC_NAMESPACE, FEED_ITEMS, newestArticles, rssItem } from './feeds.ts';
import { escapeText } from './html.ts';
import { absoluteTo, RIGHTS_STATEMENT, type SiteContext } from './site.ts';

/** What one feed holds: the route data of the archive's main feed and of each person's and topic's. */
export interface ArticleFeedData {
  title: string;
  description: string;
  /** The feed's own site path, e.g. `/rss.xml`. */
  feedPath: string;
  /** The site path of the page the feed belongs to: the home page, or a person's or topic's page. */
  pagePath: string;
  articles: readonly Article[];
  /** What the feed shows of each report beside its text: its topics' names, its abbreviations' links. */
  topics: ReadonlyMap<string, Topic>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * An RSS 2.0 feed of the given articles, newest publication first (the newest `FEED_ITEMS` of them), each with its full
 * text: the archive's main feed and the feed of each person and topic are all written by this one function. The
 * channel links the page it is the feed of and, as `atom:link rel="self"`, its own address; its items' guids are
 * the archive's own names for the reports (`reportGuid`), not their addresses, so serving the site from another
 * address does not make every item new to a reader.
 */
export async function articleFeed(
  { title, description, feedPath, pagePath, articles, topics, glossary }: ArticleFeedData,
  site: SiteContext,
): Promise<Response> {
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const items = newestArticles(articles, FEED_ITEMS).map((article) =>
    rssItem(article, {
      bodyHtml: articleFeedHtml(article, glossary, site.base),
      topicNames: article.data.topics.map(({ id }) => mustGet(topics, id).data.name),
      url,
    }),
  );
  return rss({
    title,
    description,
    site: url(pagePath),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: DC_NAMESPACE },
    customData: `<language>en</language><atom:link href="${escapeText(url(feedPath))}" rel="self" type="application/rss+xml"/><copyright>${escapeText(RIGHTS_STATEMENT)}</copyright>`,
  });
}
