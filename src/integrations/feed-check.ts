import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { xmlProblem } from '../lib/xml-check.ts';

/**
 * Checks every XML file the build wrote (the RSS feeds, the sitemaps) for well-formedness at the end of
 * `astro build`. A malformed one fails the build, so a broken feed cannot deploy. The digests of the files found
 * well-formed are kept in the build cache: a rebuild checks only files whose bytes it has not checked before.
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
        const files = (await readdir(siteDir, { recursive: true })).filter((name) => name.endsWith('.xml'));
        const checkedBefore = new Set<string>(existsSync(checkedFile) ? JSON.parse(await readFile(checkedFile, 'utf-8')) : []);
        const wellFormed: string[] = [];
        const problems: string[] = [];
        let checked = 0;
        for (const name of files) {
          const text = await readFile(join(siteDir, name), 'utf-8');
          const digest = createHash('sha256').update(text).digest('base64url');
          if (!checkedBefore.has(digest)) checked += 1;
          const problem = checkedBefore.has(digest) ? undefined : xmlProblem(text);
          if (problem) problems.push(`/${relative(siteDir, join(siteDir, name)).replaceAll('\\', '/')}: ${problem}`);
          else wellFormed.push(digest);
        }
        if (problems.length > 0) throw new Error(`Malformed XML written by the build:\n  ${problems.join('\n  ')}`);
        await mkdir(join(checkedFile, '..'), { recursive: true });
        await writeFile(checkedFile, JSON.stringify(wellFormed.sort()));
        logger.info(`${files.length} XML files well-formed (${checked} checked, the rest unchanged since the last build)`);
      },
    },
  };
}
