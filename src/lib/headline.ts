/** The headline as the site shows it: one the archive supplied stands in square brackets. */
export function shownHeadline({ headline, headlineSupplied }: { headline: string; headlineSupplied: boolean }): string {
  return headlineSupplied ? `[${headline}]` : headline;
}
