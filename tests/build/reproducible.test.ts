import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scratchDir } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { siteDifferences } from '../setup/site.ts';

/** How many files a build's log says it reused from the last build (Astro's incremental build). */
let reusedFiles = 0;

/** Builds `content` into `name` under the scratch folder, with a cache of its own unless `cache` names one. */
async function build(name: string, content: string, cache = `${name}-cache`): Promise<string> {
  const outDir = join(scratchDir, name);
  const { code, output } = await runBuild({
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: join(scratchDir, cache),
  });
  expect(code, output).toBe(0);
  reusedFiles = Number(/(\d+) of them reused from the last build/.exec(output)?.[1] ?? Number.NaN);
  return outDir;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf-8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
  writeFileSync(file, text.replace(from, to));
}

// The content the shared test site was built from (the fixture archive), built again here.
const contentDir = inject('siteContentDir');

describe('the build', () => {
  it('writes the same bytes every time for the same content', async () => {
    rmSync(join(scratchDir, 'again-cache'), { recursive: true, force: true });
    const again = await build('again', contentDir);
    expect(siteDifferences(inject('siteDir'), again)).toEqual([]);
  });

  it('writes after a change, reusing its cache, exactly what a cold build of the changed content writes', async () => {
    const content = join(scratchDir, 'changing-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(contentDir, content, { recursive: true });
    rmSync(join(scratchDir, 'incremental-cache'), { recursive: true, force: true });
    // A report that the rebuild no longer has: its pages must not survive in the output.
    const [first] = readdirSync(join(content, 'articles')).sort();
    cpSync(join(content, 'articles', first), join(content, 'articles', 'zz-removed-before-the-rebuild.mdx'));
    rmSync(join(scratchDir, 'incremental'), { recursive: true, force: true });
    await build('incremental', content);
    rmSync(join(content, 'articles', 'zz-removed-before-the-rebuild.mdx'));

    // A word of a report and of its received file; a glossary expansion its body links to; a person's name.
    const [article] = readdirSync(join(content, 'articles')).sort();
    const articleFile = join(content, 'articles', article);
    const sourceFile = join(content, 'sources', /^\s+file: (.+)$/m.exec(readFileSync(articleFile, 'utf-8'))![1]);
    const [frontmatter, body] = readFileSync(articleFile, 'utf-8').split('\n---\n');
    const phrase = phraseInBoth(body, readFileSync(sourceFile, 'utf-8'));
    // Only in the body: the frontmatter's quotes of the report must still match it.
    expect(frontmatter).not.toContain(phrase);
    replaceIn(articleFile, phrase, phrase.replace(' the ', ' this '));
    replaceIn(sourceFile, phrase, phrase.replace(' the ', ' this '));
    replaceIn(join(content, 'glossary', 'asean.yaml'), 'expansion: ', 'expansion: The ');
    replaceIn(join(content, 'people', 'motegi-toshimitsu.yaml'), 'name: ', 'name: Mr ');

    const incremental = await build('incremental', content);
    // The rebuild did reuse pages (those that show nothing that changed), so the comparison tests reuse.
    expect(reusedFiles).toBeGreaterThan(0);
    rmSync(join(scratchDir, 'cold-cache'), { recursive: true, force: true });
    const cold = await build('cold', content);
    expect(siteDifferences(cold, incremental)).toEqual([]);
    // Three builds: a cap for a busy machine, not a speed check.
  }, 300_000);
});

/** Words around a " the " that the report body and its received file both hold once, free of markup. */
function phraseInBoth(body: string, source: string): string {
  for (const match of body.matchAll(/[\w ,]{12} the [\w ,]{12}/g)) {
    const [phrase] = match;
    if (source.split(phrase).length === 2 && body.split(phrase).length === 2) return phrase;
  }
  throw new Error('no phrase with "the" found once in both the body and its received file');
}
