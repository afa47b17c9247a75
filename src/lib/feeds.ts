import { startOfPeriod, type PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { paths } from './urls.ts';

/** Where the feeds and data files are served, as site paths. */
export const feedPaths = {
  rss: '/rss.xml',
  /** Written by @astrojs/sitemap. */
  sitemap: '/sitemap-index.xml',
  articlesJson: '/data/articles.json',
  articlesSchema: '/data/articles.schema.json',
  meetingsCalendar: '/data/meetings.ics',
} as const;

interface FeedArticle {
  id: string;
  data: {
    headline: string;
    headlineSupplied: boolean;
    summary: string;
    meeting: { date: PartialDate };
    publication: { date: PartialDate; dateline?: string; signature?: string };
  };
}

/** Newest publication first, as feed readers expect; then newest meeting, then by id, for a stable order. */
export function newestPublicationFirst(a: FeedArticle, b: FeedArticle): number {
  const keys = (article: FeedArticle) => [article.data.publication.date.iso, article.data.meeting.date.iso, article.id];
  const [ak, bk] = [keys(a), keys(b)];
  for (let index = 0; index < ak.length; index++) {
    if (ak[index] !== bk[index]) return ak[index] < bk[index] ? 1 : -1;
  }
  return 0;
}

export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

/** One article as an RSS item: the summary, labelled as the archive's, and the report's full text. */
export function rssItem(
  article: FeedArticle,
  { bodyHtml, topicNames, url }: { bodyHtml: string; topicNames: string[]; url: (sitePath: string) => string },
): RssItem {
  const { summary, publication } = article.data;
  return {
    title: shownHeadline(article.data),
    link: url(paths.article(article.id)),
    pubDate: startOfPeriod(publication.date),
    description: `Summary by the archive: ${summary}`,
    // The dateline and sign-off frame the body on the page too; they are the report's words.
    content: [
      publication.dateline && `<p>${escapeHtml(publication.dateline)} —</p>`,
      bodyHtml,
      publication.signature && `<p>— ${escapeHtml(publication.signature)}</p>`,
    ]
      .filter(Boolean)
      .join('\n'),
    categories: topicNames,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
