/** The headline as the site shows it: one the archive supplied stands in square brackets. */
export function shownHeadline({ headline, headlineSupplied }: { headline: string; headlineSupplied: boolean }): string {
  return headlineSupplied ? `[${headline}]` : headline;
}

/** The headline as a sentence names it: in quotation marks, or, one the archive supplied, as shown (in brackets). */
export function citedHeadline(article: { headline: string; headlineSupplied: boolean }): string {
  return article.headlineSupplied ? shownHeadline(article) : `“${article.headline}”`;
}
