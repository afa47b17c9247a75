import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The fixture archive: known content of the tests' own, which the test build is made from, so that tests about
 * counts, ranking, pages and search results never depend on which reports `content/` holds.
 */
export const archiveFixtureDir = fileURLToPath(new URL('../fixtures/archive/', import.meta.url));
/** Reports as received, of kinds the fixture archive lacks, for the tests of `npm run new-report` and of growth. */
export const receivedFixturesDir = fileURLToPath(new URL('../fixtures/received/', import.meta.url));
/** The tests build the site here, not into `dist/`, so a reader's own build is left alone. */
export const testSiteDir = fileURLToPath(new URL('../../node_modules/.cache/archive-tests/site/', import.meta.url));
export const scratchDir = fileURLToPath(new URL('../../node_modules/.cache/archive-tests/scratch/', import.meta.url));
