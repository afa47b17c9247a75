// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { feedCheck } from './src/build/feed-check.ts';
import { cachesOn } from './src/build/cache.ts';
import { recordCodeAtBuildStart } from './src/build/code-digest.ts';
import { archivePaths } from './src/lib/archive-paths.ts';
import { DEFAULT_SITE, siteAddress } from './src/lib/site-address.ts';

const paths = archivePaths(process.env);
const address = siteAddress(process.env);

/**
 * As a build starts: records the code it will bundle (the route data's kept keys are filed under it), and says once
 * per build, not per page, that the absolute addresses are the local default.
 * @type {import('astro').AstroIntegration}
 */
const atBuildStart = {
  name: 'archive:build-start',
  hooks: {
    'astro:build:start': ({ logger }) => {
      recordCodeAtBuildStart(process.cwd());
      if (address.isDefault) {
        logger.warn(`SITE_URL is not set: absolute addresses (canonical, feeds, sitemap, citations) use ${DEFAULT_SITE}`);
      }
    },
  },
};

export default defineConfig({
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // Scoped styles by class rather than a data attribute on every element: listing pages carry thousands of
  // elements, and the attribute alone was a quarter of their weight.
  scopedStyleStrategy: 'class',
  outDir: paths.outDir,
  cacheDir: paths.cacheDir,
  // Two articles claiming one slug must stop the build, not silently overwrite each other.
  prerenderConflictBehavior: 'error',
  experimental: {
    // A rebuild reuses each page whose route code and cache key are unchanged; every route's key is a digest of
    // all the data it shows (src/build/page-cache-key.ts), so a change to any report, person, topic or glossary
    // entry reaches every page that shows it.
    incrementalBuild: cachesOn(),
  },
  markdown: {
    // Report bodies are rendered when the content loads, by src/lib/report-body.ts (remark-gfm, the safety check,
    // paragraph anchors), never compiled as MDX modules. This is for any other Markdown or MDX: the unified
    // pipeline runs remark plugins (the default Rust processor ignores them), and SmartyPants stays off.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
    // The reports have no code; Shiki's inline styles would also clash with the Content-Security-Policy.
    syntaxHighlight: false,
  },
  // The search index is written after `astro build` exits (`npm run build`, scripts/build.ts).
  integrations: [
    atBuildStart,
    mdx(),
    // The timeline's old pages only point on to their years (src/pages/timeline/page/[number].astro).
    sitemap({ filter: (page) => !/\/timeline\/page\/\d+\/$/.test(page) }),
    feedCheck(),
  ],
  vite: {
    build: {
      // The last build's pages stay in place for the incremental build to keep; `npm run build` then removes
      // what this build neither wrote nor kept (scripts/stale-files.ts), so the folder equals a cold build's.
      emptyOutDir: false,
      // Astro inlines small page scripts; a strict Content Security Policy (no inline scripts) needs them as files.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX entry with this directive and the bundler warns about each one, so with
        // thousands of reports the log would drown (withastro/astro#18087, harmless by the maintainers' triage).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
