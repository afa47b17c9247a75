import { startOfPeriod, type PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { escapeText, replaceElements, rewriteHtml } from './html.ts';
import { reportLanguage } from './report-language.ts';
import { ARCHIVE_ID } from './site.ts';
import { paths } from './urls.ts';
import { receivedDatelineAndSignature } from './received-text.ts';

interface FeedArticle {
  id: string;
  data: {
    lang?: string;
    headline: string;
    headlineSupplied: boolean;
    summary: string;
    meeting: { name: string; date: PartialDate };
    publication: { date: PartialDate; dateline?: string; signature?: string };
    source: { frame: readonly string[] };
  };
}

/**
 * How many reports a feed carries, each with its full text: the newest, as feed readers expect (they keep what
 * they have read). The whole archive is in /data/, and each person's and topic's page lists all of theirs.
 * Uncapped, the main feed held every report's text (about 50 MB at 10,000 reports), and the people's and
 * topics' feeds together over a gigabyte.
 */
export const FEED_ITEMS = 50;

/** The newest `limit` articles (all of them without a limit), newest publication first. */
export function newestArticles<T extends FeedArticle>(articles: readonly T[], limit = Infinity): T[] {
  return [...articles].sort(newestPublicationFirst).slice(0, limit);
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

/**
 * A report's guid in every feed: the archive's fixed name and the report's id, never the host, so a feed read from
 * another address (or before `SITE_URL` was set) names the same items.
 */
export const reportGuid = (id: string) => `${ARCHIVE_ID}:articles/${id}`;

export interface RssItem {
  title: string;
  link: string;
  /** Replaces @astrojs/rss's guid, which is the item's link (`reportGuid`), and gives the report's language. */
  customData: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

/** The Dublin Core namespace, for each item's `dc:language` (RSS 2.0 has a language for the channel only). */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/**
 * One article as an RSS item: a feed's item is a report, whatever its meeting's other reports. It names its meeting
 * and gives the summary, labelled as the archive's, and the report's full text. The channel is in the archive's
 * language (English); an item gives the report's as `dc:language`, and its text is marked with it (a `lang` on the
 * HTML around it, which readers that show the HTML apply as a page does: fonts, voice, hyphenation).
 */
export function rssItem(
  article: FeedArticle,
  { bodyHtml, topicNames, url }: { bodyHtml: string; topicNames: string[]; url: (sitePath: string) => string },
): RssItem {
  const { summary, publication, meeting } = article.data;
  const { dateline, signature } = receivedDatelineAndSignature(article.data);
  const link = url(paths.article(article.id));
  const { code } = reportLanguage(article);
  const text = [
    dateline && `<p>${escapeText(dateline)}</p>`,
    absoluteLinks(bodyHtml, link),
    signature && `<p>${escapeText(signature)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    title: shownHeadline(article.data),
    link,
    customData: `<guid isPermaLink="false">${escapeText(reportGuid(article.id))}</guid><dc:language>${escapeText(code)}</dc:language>`,
    pubDate: startOfPeriod(publication.date),
    // Feed readers treat a description as HTML: escaped here, and once more as XML by the feed writer, it reaches
    // them as text, so a "<" in a summary is shown, never run.
    description: escapeText(`Meeting: ${meeting.name}. Summary by the archive: ${summary}`),
    // The dateline and sign-off frame the body on the page too; they are the report's words. The body's paragraph
    // numbers link to the paragraphs on the article's page.
    content: code === 'en' ? text : `<div lang="${escapeText(code)}">\n${text}\n</div>`,
    categories: topicNames,
  };
}

/**
 * A feed is read away from the site, so links inside an item's HTML must be absolute: the body's glossary links
 * (`/glossary/#som`, base path included) and its paragraph numbers (`#p-3`) are resolved against the item's page.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  return rewriteHtml(html, (tree) =>
    replaceElements(tree, ({ properties }) => {
      for (const attribute of ['href', 'src'] as const) {
        const path = properties[attribute];
        if (typeof path === 'string' && /^(?:\/(?!\/)|#)/.test(path)) properties[attribute] = new URL(path, pageUrl).href;
      }
      return undefined;
    }),
  );
}
