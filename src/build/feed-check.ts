import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { xmlProblem } from '../lib/xml-check.ts';
import { cachesOn } from './cache.ts';
import { codeDigest } from './code-digest.ts';
import { fileDigests, filesUnder, type FileDigests } from './file-digests.ts';

/**
 * Checks every XML file the build wrote (the RSS feeds, the sitemaps) for well-formedness at the end of
 * `astro build`. A malformed one fails the build, so a broken feed cannot deploy. The files found well-formed are
 * recorded in the build cache with their digests: a rebuild reads only the files written since, and checks only
 * those whose bytes it has not found well-formed before.
 */
export function feedCheck(): AstroIntegration {
  let checkedFile = '';
  return {
    name: 'archive:feed-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        checkedFile = join(fileURLToPath(config.cacheDir), 'well-formed-xml.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const files = filesUnder(siteDir).filter((name) => name.endsWith('.xml'));
        // Files found well-formed by other checking code, or with the caches off, are checked again.
        const code = codeDigest([import.meta.url]);
        const record: { code?: string; files?: FileDigests } =
          cachesOn() && existsSync(checkedFile) ? JSON.parse(await readFile(checkedFile, 'utf-8')) : {};
        const known = record.code === code ? (record.files ?? {}) : {};
        // Every digest recorded was of a file found well-formed, so only files read again can need a check.
        const wellFormedBefore = new Set(Object.values(known).map(({ digest }) => digest));
        const problems: string[] = [];
        let checked = 0;
        const digests = fileDigests(siteDir, files, known, (name, bytes, digest) => {
          if (wellFormedBefore.has(digest)) return;
          checked += 1;
          const problem = xmlProblem(bytes.toString('utf-8'));
          if (problem) problems.push(`/${name.replaceAll('\\', '/')}: ${problem}`);
        });
        if (problems.length > 0) throw new Error(`Malformed XML written by the build:\n  ${problems.join('\n  ')}`);
        await mkdir(join(checkedFile, '..'), { recursive: true });
        await writeFile(checkedFile, JSON.stringify({ code, files: digests }));
        logger.info(`${files.length} XML files well-formed (${checked} checked, the rest unchanged since the last build)`);
      },
    },
  };
}
