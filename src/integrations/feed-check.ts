import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { xmlProblem } from '../lib/xml-check.ts';

/**
 * Checks every XML file the build wrote (the RSS feeds, the sitemaps) for well-formedness at the end of
 * `astro build`. A malformed one fails the build, so a broken feed cannot deploy.
 */
export function feedCheck(): AstroIntegration {
  return {
    name: 'archive:feed-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const files = (await readdir(siteDir, { recursive: true })).filter((name) => name.endsWith('.xml'));
        const problems: string[] = [];
        for (const name of files) {
          const problem = xmlProblem(await readFile(join(siteDir, name), 'utf-8'));
          if (problem) problems.push(`/${relative(siteDir, join(siteDir, name)).replaceAll('\\', '/')}: ${problem}`);
        }
        if (problems.length > 0) throw new Error(`Malformed XML written by the build:\n  ${problems.join('\n  ')}`);
        logger.info(`${files.length} XML files well-formed`);
      },
    },
  };
}
