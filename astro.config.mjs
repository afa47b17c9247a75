// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { archivePaths } from './src/lib/archive-paths.ts';

const paths = archivePaths(process.env);

export default defineConfig({
  site: process.env.ARCHIVE_SITE ?? 'https://asean-japan-archive.example.org',
  base: process.env.ARCHIVE_BASE ?? '/',
  trailingSlash: 'always',
  outDir: paths.outDir,
  cacheDir: paths.cacheDir,
  // Two articles claiming one slug must stop the build, not silently overwrite each other.
  prerenderConflictBehavior: 'error',
  markdown: {
    // The unified pipeline runs remark plugins (the default Rust processor ignores them).
    // SmartyPants stays off: it would rewrite the reports' quotes and dashes, and the text is verbatim.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  vite: {
    build: {
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
