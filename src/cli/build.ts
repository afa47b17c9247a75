/**
 * `npm run build`: runs `astro build` (which also writes the search index) and, if anything fails,
 * removes the output folder, so a failed build never leaves a half-built site that looks like a good one.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { archivePaths } from '../lib/archive-paths.ts';
import { locatedContentErrors } from '../lib/build-errors.ts';

const { outDir } = archivePaths(process.env);

await rm(outDir, { recursive: true, force: true });

// The log is passed through as it comes, and kept to locate content errors in it if the build fails.
const astro = spawn('astro', ['build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
let log = '';
astro.stdout.on('data', (chunk) => {
  log += chunk;
  process.stdout.write(chunk);
});
astro.stderr.on('data', (chunk) => {
  log += chunk;
  process.stderr.write(chunk);
});
const code: number = await new Promise((resolve) => {
  astro.on('error', (error) => {
    console.error(`Could not start astro: ${error.message}`);
    resolve(1);
  });
  astro.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

if (code !== 0) {
  await rm(outDir, { recursive: true, force: true });
  const located = locatedContentErrors(log.replace(/\x1b\[[0-9;]*m/g, ''), process.cwd(), (path) => {
    try {
      return readFileSync(path, 'utf-8');
    } catch {
      return undefined;
    }
  });
  if (located.length > 0) console.error(`\nWhere to fix it:\n${located.map((line) => `  ${line}`).join('\n')}`);
  console.error(`\nThe build failed (see the message above); removed ${outDir} so no partial site is left behind.`);
}
process.exit(code);
