/**
 * `npm run lighthouse [-- --path /search/ ...]`: Lighthouse on pages of the built site (run `npm run build`
 * first), served on loopback as a static host serves them, in Debian's Chromium (CHROME_PATH to use another).
 * Prints each category's score and the Cumulative Layout Shift, for a phone (Lighthouse's default, a
 * throttled mid-range device) and a desk. Not part of `npm test`: scores are measurements, not assertions.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { archivePaths } from '../src/lib/archive-paths.ts';
import { serveSite } from '../tests/setup/serve.ts';

const { values: options } = parseArgs({
  options: { path: { type: 'string', multiple: true, default: ['/search/', '/search/?q=vaccine'] } },
});
const { outDir } = archivePaths(process.env);

const site = await serveSite(outDir);
const server = await asStaticHost(site.url);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const path of options.path) {
    for (const [device, config] of [
      ['phone', undefined],
      ['desk', desktopConfig],
    ] as const) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = Object.values(categories).map((category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`);
      const cls = audits['cumulative-layout-shift']?.numericValue ?? NaN;
      console.log(`${path} (${device}): ${scores.join(', ')}; CLS ${cls.toFixed(3)}`);
      const failing = Object.values(audits).filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      );
      for (const audit of failing) console.log(`  below full marks: ${audit.id} (${audit.displayValue ?? audit.score})`);
      if (process.env.LIGHTHOUSE_DETAILS) {
        for (const id of ['layout-shifts', ...Object.values(categories.accessibility?.auditRefs ?? []).map((ref) => ref.id)]) {
          const audit = audits[id];
          if (audit && (id === 'layout-shifts' || (audit.score !== null && audit.score < 1)))
            console.log(id, JSON.stringify(audit.details).slice(0, 1500));
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  await site.close();
}

/**
 * The test server's files as a static host sends them: text gzipped, and Astro's content-hashed assets cached
 * for good. Without this Lighthouse would mark the site down for the test server's plainness, not the site's.
 */
async function asStaticHost(origin: string): Promise<{ url: string; close: () => Promise<void> }> {
  const host = createServer(async (request, response) => {
    const upstream = await fetch(origin + (request.url ?? '/'), { redirect: 'manual' });
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    const location = upstream.headers.get('location');
    if (location) headers.location = location;
    if (request.url?.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    let body = Buffer.from(await upstream.arrayBuffer());
    if (
      /^(text\/|application\/(javascript|json|xml)|image\/svg)/.test(type) &&
      /gzip/.test(String(request.headers['accept-encoding']))
    ) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(upstream.status, headers).end(body);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const { port } = host.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => host.close(() => resolve())) };
}
