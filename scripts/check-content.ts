/**
 * `npm run check-content`: the build's content step alone (`astro sync`: every file against the schema, each
 * report's text against its received file, its abbreviations and events), with the build's own messages. What it
 * accepts, the build accepts; it writes no pages.
 */
import { printWhereToFix, runAstroStep } from './astro-step.ts';

const { code, log } = await runAstroStep(['sync']);
if (code === 0) {
  console.log('The content is valid.');
} else {
  printWhereToFix(log);
  console.error('\nThe content needs fixing (see above).');
}
process.exit(code);
