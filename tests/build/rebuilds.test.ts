import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectCopy } from '../setup/project-copy.ts';
import { runBuild, type ArchiveEnv, type RunOptions } from '../setup/run-build.ts';
import { siteDifferences } from '../setup/site.ts';

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf-8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
  writeFileSync(file, text.replace(from, to));
}

/** Words around a " the " that the report body and its received file both hold once, free of markup. */
function phraseInBoth(body: string, source: string): string {
  for (const match of body.matchAll(/[\w ,]{12} the [\w ,]{12}/g)) {
    const [phrase] = match;
    if (source.split(phrase).length === 2 && body.split(phrase).length === 2) return phrase;
  }
  throw new Error('no phrase with "the" found once in both the body and its received file');
}

// The content the shared test site was built from (the fixture archive).
const contentDir = inject('siteContentDir');
// Made here, not in the test: the copy is removed after the file, and a hook registered inside a test never runs.
const project = projectCopy('rebuilds-');

/**
 * Builds in the project copy `project` into its folder `site`, with the cache beside it; the build must succeed
 * unless killed. Says how many files it reused from the last build (Astro's incremental build).
 */
async function build(project: string, site: string, env: Omit<ArchiveEnv, 'ARCHIVE_OUT_DIR'>, options: RunOptions = {}) {
  const result = await runBuild({ ...env, ARCHIVE_OUT_DIR: join(project, site) }, { cwd: project, ...options });
  if (!options.killAt) expect(result.code, result.output).toBe(0);
  const reused = Number(/(\d+) of them reused from the last build/.exec(result.output)?.[1] ?? Number.NaN);
  return { ...result, site: join(project, site), reused };
}

// One copy of the project, whose code the test changes, and one copy of the content, built again and again: each
// step starts from the cache the step before left, and ends compared with a cold build of the same code and content.
describe('the build', () => {
  it('writes what a cold build writes: from another checkout; after a change to aliases alone; after changes to code two imports down and to content, with a build killed at every step', async () => {
    const content = join(project, 'content');
    cpSync(contentDir, content, { recursive: true });
    const env = { ARCHIVE_CONTENT_DIR: content };
    const first = await build(project, 'site', env);
    expect(siteDifferences(inject('siteDir'), first.site), 'the first build and the test site').toEqual([]);

    // A change to a topic's aliases alone, which its reports' pages do not show: the reports' pages name their
    // topics by address; the index gives them the topics' names from the names file.
    replaceIn(join(content, 'topics', 'south-china-sea.yaml'), 'Bien Dong,', 'Bien Dong, Nam Hai,');
    const afterAliases = await build(project, 'site', env);
    // The rebuild did reuse pages (those that show nothing that changed), so the comparison tests reuse.
    expect(afterAliases.reused).toBeGreaterThan(0);
    const coldAfterAliases = await build(project, 'cold', { ...env, ARCHIVE_CACHE: 'off' });
    expect(siteDifferences(coldAfterAliases.site, afterAliases.site), 'after the alias change').toEqual([]);

    // The report loader's stored HTML is cached by its code's digest; it imports report-body.ts, which imports this.
    replaceIn(
      join(project, 'src/lib/paragraph-anchors.ts'),
      'ariaLabel: `Paragraph ${number}`',
      'ariaLabel: `Paragraph number ${number}`',
    );
    // A report that the rebuild no longer has: its pages must not survive in the output.
    const articles = readdirSync(join(content, 'articles')).sort();
    rmSync(
      join(
        content,
        'articles',
        articles.find((name) => name.includes('japan-pledges-vaccines'))!,
      ),
    );
    // A word of a report and of its received file; a glossary expansion its body links to; a person's name.
    const articleFile = join(content, 'articles', articles[0]);
    const sourceFile = join(content, 'sources', /^\s+file: (.+)$/m.exec(readFileSync(articleFile, 'utf-8'))![1]);
    const [frontmatter, body] = readFileSync(articleFile, 'utf-8').split('\n---\n');
    const phrase = phraseInBoth(body, readFileSync(sourceFile, 'utf-8'));
    // Only in the body: the frontmatter's quotes of the report must still match it.
    expect(frontmatter).not.toContain(phrase);
    for (const file of [articleFile, sourceFile]) replaceIn(file, phrase, phrase.replace(' the ', ' this '));
    replaceIn(join(content, 'glossary', 'asean.yaml'), 'expansion: ', 'expansion: The ');
    replaceIn(join(content, 'people', 'motegi-toshimitsu.yaml'), 'name: ', 'name: Mr ');

    // Each kill meets what the one before left: a change half synced, pages half written, an index half made.
    for (const moment of [/Syncing content/, /generating static routes/, /\d+ files written/, /Writing the search index/]) {
      const killed = await build(project, 'site', env, { killAt: moment });
      expect(killed.code, killed.output).not.toBe(0);
    }
    const next = await build(project, 'site', env);
    expect(next.reused).toBeGreaterThan(0);
    const cold = await build(project, 'cold', { ...env, ARCHIVE_CACHE: 'off' });
    expect(
      readFileSync(join(cold.site, 'articles/2021-08-03-asean-japan-foreign-ministers-meeting/index.html'), 'utf-8'),
    ).toContain('aria-label="Paragraph number 1"');
    expect(siteDifferences(cold.site, next.site), 'after the code and content changes').toEqual([]);
  }, 600_000);
});
