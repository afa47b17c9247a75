import { withAccessDate } from '../lib/citation-access-date.ts';
import type { CitationFormat } from '../lib/citation-files.ts';

/**
 * A report's citation files, downloaded with the day of the download as the access date (`withAccessDate`): the
 * build's files, which the links serve, cannot know it. Should the file not come, the link's own download goes on.
 */
export function enableCitationDownloads(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-citation-format]')) {
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      const format = link.dataset.citationFormat as CitationFormat;
      downloadAccessed(link, format).catch(() => save(link.href, link.download));
    });
  }
}

async function downloadAccessed(link: HTMLAnchorElement, format: CitationFormat): Promise<void> {
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`${response.status} for ${link.href}`);
  const file = new Blob([withAccessDate(format, await response.text(), new Date())], { type: link.type });
  const url = URL.createObjectURL(file);
  save(url, link.download);
  // Released once the download has surely started, as FileSaver.js does.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

function save(href: string, name: string): void {
  Object.assign(document.createElement('a'), { href, download: name }).click();
}
