/**
 * `npm run build`: runs `astro build` (which also writes the search index) and, if anything fails,
 * removes the output folder, so a failed build never leaves a half-built site that looks like a good one.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { archivePaths } from '../lib/archive-paths.ts';

const { outDir } = archivePaths(process.env);

await rm(outDir, { recursive: true, force: true });

const astro = spawn('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit' });
const code: number = await new Promise((resolve) => {
  astro.on('error', (error) => {
    console.error(`Could not start astro: ${error.message}`);
    resolve(1);
  });
  astro.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

if (code !== 0) {
  await rm(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed (see the message above); removed ${outDir} so no partial site is left behind.`);
}
process.exit(code);
