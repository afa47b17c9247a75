import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { logNoise } from '../../scripts/bench/measure-build.ts';
import {
  cssUrls,
  gzipSize,
  isDetailPage,
  moduleWithImports,
  referencedAssets,
  resolveSitePath,
} from '../../scripts/bench/page-weight.ts';
import { SeededRandom } from '../../scripts/bench/random.ts';
import { budgetRows, formatBytes, formatTable, slowestAndMedian, type BenchResults } from '../../scripts/bench/report.ts';
import {
  editOneReport,
  generateArchive,
  readRealArchive,
  shareOfReportsHolding,
  writeArchive,
} from '../../scripts/bench/synthetic-archive.ts';
import { withoutFrame } from '../../src/lib/received-text.ts';
import { readArticleFile } from '../setup/content.ts';
import { archiveFixtureDir, scratchDir } from '../setup/paths.ts';
import { tempDir } from '../setup/temp-dir.ts';

describe('SeededRandom', () => {
  const draws = (seed: number) => {
    const random = new SeededRandom(seed);
    return Array.from({ length: 5 }, () => random.next());
  };

  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('draws integers in range and distinct samples', () => {
    const random = new SeededRandom(1);
    const ints = Array.from({ length: 200 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a'], 3)).toEqual(['a']);
  });
});

describe('the synthetic archive', async () => {
  const real = await readRealArchive(archiveFixtureDir);

  it('is the same for the same seed and size', () => {
    expect(generateArchive(real, { articles: 30, seed: 4 })).toEqual(generateArchive(real, { articles: 30, seed: 4 }));
    expect(generateArchive(real, { articles: 30, seed: 4 })).not.toEqual(generateArchive(real, { articles: 30, seed: 5 }));
  });

  it('has N articles with a received file each, N/20 new people and N/50 new topics', () => {
    const paths = [...generateArchive(real, { articles: 100 }).keys()];
    const count = (folder: string) => paths.filter((path) => path.startsWith(`${folder}/`)).length;
    expect([count('articles'), count('sources'), count('people'), count('topics')]).toEqual([100, 100, 5, 2]);
  });

  it('has reports in Vietnamese and Japanese, some Japanese ones versions of an English report of their meeting', () => {
    const reports = [...generateArchive(real, { articles: 400, seed: 1 })]
      .filter(([path]) => path.startsWith('articles/'))
      .map(
        ([, text]) => parseFrontmatter(text).frontmatter as { lang?: string; translationOf?: string; meeting: { id: string } },
      );
    const share = (lang: string) => reports.filter((report) => report.lang === lang).length / reports.length;
    expect(share('vi')).toBeGreaterThan(0.1);
    expect(share('vi')).toBeLessThan(0.25);
    expect(share('ja')).toBeGreaterThan(0.07);
    expect(share('ja')).toBeLessThan(0.2);
    const versions = reports.filter((report) => report.translationOf);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(version.lang).toBe('ja');
  });

  it('gives each report a received file with its body’s words, and edits both alike', async () => {
    const dir = join(scratchDir, 'bench-edit');
    await writeArchive(dir, generateArchive(real, { articles: 3, seed: 2 }), archiveFixtureDir);
    const [name] = readdirSync(join(dir, 'articles')).sort();
    const words = (text: string) =>
      text
        .replace(/<[^>]+>/g, '')
        .split(/\s+/)
        .filter(Boolean);
    const bodyWords = () => words(readFileSync(join(dir, 'articles', name), 'utf-8').split('\n---\n')[1]);
    // The received file less its frame (the headline), as the build compares them.
    const sourceWords = () =>
      words(
        withoutFrame(
          readFileSync(join(dir, 'sources', name.replace('.mdx', '.txt')), 'utf-8'),
          readArticleFile(join(dir, 'articles', name)).data.source.frame,
        ),
      );
    expect(bodyWords()).toEqual(sourceWords());

    const before = bodyWords();
    expect(await editOneReport(dir)).toBe(name);
    const after = bodyWords();
    expect(after).toEqual(sourceWords());
    expect(after.filter((word, index) => word !== before[index])).toEqual(['this']);
  });

  it('has the term frequencies of a real archive: a few words in nearly every report, most words in few', () => {
    const files = generateArchive(real, { articles: 1000, seed: 1 });
    const english = new Map(
      [...files].filter(
        ([path, text]) => path.startsWith('articles/') && !/^lang: /m.test(parseFrontmatter(text).rawFrontmatter),
      ),
    );
    expect(english.size).toBeGreaterThan(600);
    for (const word of ['ASEAN', 'Japan', 'minister', 'cooperation', 'meeting']) {
      expect(shareOfReportsHolding(english, word), word).toBeGreaterThanOrEqual(0.9);
    }
    for (const query of ['vaccine', 'East Sea', 'Motegi', 'ACPHEED', 'Korean Peninsula']) {
      expect(shareOfReportsHolding(english, query), query).toBeGreaterThan(0.01);
      expect(shareOfReportsHolding(english, query), query).toBeLessThan(0.25);
    }
    // In how many reports each distinct word is: the median word in a handful of the thousand.
    const reportsWith = new Map<string, number>();
    for (const text of english.values()) {
      for (const word of new Set(
        parseFrontmatter(text)
          .content.toLowerCase()
          .match(/[\p{L}\p{N}]+/gu),
      )) {
        reportsWith.set(word, (reportsWith.get(word) ?? 0) + 1);
      }
    }
    const counts = [...reportsWith.values()].sort((a, b) => a - b);
    expect(counts.length).toBeGreaterThan(10_000);
    expect(counts[counts.length >> 1]).toBeLessThanOrEqual(10);
    // Sentences of 15–30 words.
    const sentences = [...english.values()][0]
      .split('\n---\n')[1]
      .split(/(?<=\.)\s+/)
      .filter(Boolean);
    for (const sentence of sentences.slice(0, 5)) {
      expect(sentence.split(/\s+/).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('passes the real content schema', async () => {
    const dir = join(scratchDir, 'bench-archive');
    await writeArchive(dir, generateArchive(real, { articles: 20, seed: 3 }), archiveFixtureDir);
    // The schema checks ids against the content folder it was loaded for, so it is loaded for this one.
    vi.stubEnv('ARCHIVE_CONTENT_DIR', dir);
    vi.resetModules();
    const { articleSchema, meetingSchema, personSchema, topicSchema } = await import('../../src/content.config.ts');
    vi.unstubAllEnvs();

    const problems: string[] = [];
    const check = async (
      folder: string,
      schema: { safeParseAsync: (data: unknown) => Promise<{ error?: { issues: { path: PropertyKey[]; message: string }[] } }> },
      parse: (text: string) => unknown,
    ) => {
      for (const name of readdirSync(join(dir, folder))) {
        const { error } = await schema.safeParseAsync(parse(readFileSync(join(dir, folder, name), 'utf-8')));
        for (const issue of error?.issues ?? []) problems.push(`${folder}/${name} ${issue.path.join('.')}: ${issue.message}`);
      }
    };
    await check('articles', articleSchema, (text) => parseFrontmatter(text).frontmatter);
    await check('meetings', meetingSchema, (text) => parseFrontmatter(`---\n${text}---\n`).frontmatter);
    await check('people', personSchema, load);
    await check('topics', topicSchema, load);
    expect(problems).toEqual([]);
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(20);
    // Some meetings have several reports.
    expect(readdirSync(join(dir, 'meetings')).length).toBeLessThan(20);
  });
});

describe('page weight', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="https://fonts.example/x.css">
    <link rel="preload" as="font" href="/fonts/a.woff2" crossorigin>
    <script type="module" src="/_astro/page.js"></script><script>console.log(1)</script>
    <script type="application/ld+json">{"@type":"Article"}</script>
  </head><body></body></html>`;

  it('finds the same-site CSS, JS, fonts and inline scripts a page loads', () => {
    expect(referencedAssets(html)).toEqual({
      stylesheets: ['/_astro/site.css'],
      scripts: ['/_astro/page.js'],
      fonts: ['/fonts/a.woff2'],
      inlineScripts: ['console.log(1)'],
    });
  });

  it('finds the files a stylesheet loads and resolves them against it', () => {
    expect(
      cssUrls(`@font-face{src:url("./f.woff2") format("woff2"),url(g.woff)} a{background:url(data:image/png;base64,AA)}`),
    ).toEqual(['./f.woff2', 'g.woff']);
    expect(resolveSitePath('/_astro/site.css', './f.woff2?v=1')).toBe('/_astro/f.woff2');
    expect(resolveSitePath('/articles/x/', '../../_astro/a.css')).toBe('/_astro/a.css');
  });

  it('counts a script with the modules it imports statically, each once, but not those it imports when asked', () => {
    const site = tempDir('page-weight-modules-');
    mkdirSync(join(site, '_astro'));
    const files = {
      'page.js': 'import{t as e}from"./shared.js";import"./other.js";e(),import("./later.js")',
      'other.js': 'import{t}from"./shared.js";t()',
      'shared.js': 'export const t=()=>1;',
      'later.js': 'console.log(1)',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(site, '_astro', name), code);
    expect(moduleWithImports(site, '/_astro/page.js').sort()).toEqual([
      '/_astro/other.js',
      '/_astro/page.js',
      '/_astro/shared.js',
    ]);
  });

  it('compresses with gzip', () => {
    expect(gzipSize('ASEAN–Japan '.repeat(500))).toBeLessThan(200);
  });

  it('tells detail pages from listings', () => {
    expect(['/articles/2021-08-03-x/', '/people/motegi-toshimitsu/', '/topics/vaccines/'].map(isDetailPage)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['/', '/articles/', '/articles/page/2/', '/people/', '/topics/', '/timeline/1990/', '/404.html'].map(isDetailPage),
    ).toEqual(Array(7).fill(false));
  });
});

describe('the report', () => {
  it('aligns table columns', () => {
    expect(
      formatTable(
        ['figure', 'value'],
        [
          ['pages', '142'],
          ['output folder', '2.7 MB'],
        ],
      ),
    ).toBe(['figure         value', '-------------  ------', 'pages          142', 'output folder  2.7 MB'].join('\n'));
  });

  it('gives the slowest and the median of the search times', () => {
    expect(slowestAndMedian([120, 40, 300])).toEqual({ slowest: 300, median: 120 });
    expect(slowestAndMedian([10, 40, 20, 30])).toEqual({ slowest: 40, median: 25 });
  });

  it('writes sizes in binary units', () => {
    expect([512, 2048, 3 * 1024 ** 2, 5 * 1024 ** 3].map(formatBytes)).toEqual(['512 B', '2.0 KB', '3.0 MB', '5.00 GB']);
  });

  it('holds a build without a search index to the time budget only when it is already too slow', () => {
    const build = { wallSeconds: 0, cpuSeconds: 0, peakProcessRssBytes: 0, peakTreeRssBytes: 0 };
    const results = (wallSeconds: number, pagefindFiles: number): BenchResults => ({
      articles: 10_000,
      seed: 1,
      date: '',
      command: '',
      coldBuild: { ...build, wallSeconds },
      warmBuild: build,
      editBuild: build,
      pages: 0,
      outputBytes: 0,
      pagefind: { bytes: 0, files: pagefindFiles },
      heaviestArticle: { path: '/articles/x/', weight: { html: 0, css: 0, js: 0, fonts: 0, total: 0 } },
      largestPage: { path: '/', bytes: 0 },
      largestListingPage: { path: '/', bytes: 0 },
      largestTimelinePage: { path: '/timeline/', bytes: 0 },
      timelineReach: {
        years: 0,
        reachable: 0,
        missingFromHome: [],
        onLaterPages: 0,
        linkedFromFirstPage: 0,
        clickThrough: { year: '', meeting: '', entryPage: 0, reached: false },
      },
      queryShares: [],
      search: { status: 'absent' },
      log: { lines: 0, pageLines: 0, warnings: [] },
    });
    const buildVerdict = (wallSeconds: number, pagefindFiles: number) => budgetRows(results(wallSeconds, pagefindFiles))[0].met;
    expect([buildVerdict(300, 0), buildVerdict(100, 0), buildVerdict(100, 5), buildVerdict(300, 5)]).toEqual([
      false,
      undefined,
      true,
      false,
    ]);
  });

  it('groups warnings repeated once per file', () => {
    const noise = logNoise([
      '09:00:01 [WARN] [glob-loader] No files found in /a/b/1.mdx',
      '09:00:01 [WARN] [glob-loader] No files found in /a/b/2.mdx',
      '09:00:02   ├─ /articles/x/index.html (+1ms)',
    ]);
    expect(noise).toEqual({
      lines: 3,
      pageLines: 1,
      warnings: [{ message: '[WARN] [glob-loader] No files found in <path>', count: 2 }],
    });
  });
});
