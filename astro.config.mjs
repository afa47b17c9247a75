// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { archivePaths } from './src/lib/archive-paths.ts';
import { rehypeParagraphAnchors } from './src/lib/paragraph-anchors.ts';

const paths = archivePaths(process.env);

export default defineConfig({
  site: process.env.ARCHIVE_SITE ?? 'https://asean-japan-archive.example.org',
  base: process.env.ARCHIVE_BASE ?? '/',
  trailingSlash: 'always',
  // Scoped styles by class rather than a data attribute on every element: listing pages carry thousands of
  // elements, and the attribute alone was a quarter of their weight.
  scopedStyleStrategy: 'class',
  outDir: paths.outDir,
  cacheDir: paths.cacheDir,
  // Two articles claiming one slug must stop the build, not silently overwrite each other.
  prerenderConflictBehavior: 'error',
  security: {
    // A strict policy, sent as a <meta> tag on every page: scripts and styles only from the site itself
    // or hashed by Astro; 'wasm-unsafe-eval' lets Pagefind's search engine (WebAssembly) start.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The unified pipeline runs remark plugins (the default Rust processor ignores them).
    // SmartyPants stays off: it would rewrite the reports' quotes and dashes, and the text is verbatim.
    // Every body paragraph gets a stable id and a "¶" link, so readers can cite and link to it.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeParagraphAnchors], smartypants: false }),
    // The reports have no code; Shiki's inline styles would also clash with the Content-Security-Policy.
    syntaxHighlight: false,
  },
  // The search index is written after `astro build` exits (`npm run build`, src/cli/build.ts).
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
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
