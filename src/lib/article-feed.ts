import rss from '@astrojs/rss';
import type { Article, GlossaryEntry, Topic } from './archive.ts';
import { mustGet } from './lookup.ts';
import { articleFeedHtml } from './article-html.ts';
import { FEED_ITEMS, newestArticles, rssItem } from './feeds.ts';
import { absoluteTo, type SiteContext } from './site.ts';

/**
 * An RSS 2.0 feed of the given articles, newest publication first (the newest `FEED_ITEMS` of them), each with its full
 * text: the archive's main feed and the feed of each person and topic are all written by this one function.
 */
export async function articleFeed({
  title,
  description,
  articles,
  topics,
  glossary,
  site,
}: {
  title: string;
  description: string;
  articles: readonly Article[];
  topics: Map<string, Topic>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  site: SiteContext;
}): Promise<Response> {
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const items = newestArticles(articles, FEED_ITEMS).map((article) =>
    rssItem(article, {
      bodyHtml: articleFeedHtml(article, glossary, site.base),
      topicNames: article.data.topics.map(({ id }) => mustGet(topics, id).data.name),
      url,
    }),
  );
  return rss({ title, description, site: url('/'), items, customData: '<language>en</language>' });
}
