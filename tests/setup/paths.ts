import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
/** The tests build the site here, not into `dist/`, so a reader's own build is left alone. */
export const testSiteDir = fileURLToPath(new URL('../../node_modules/.cache/archive-tests/site/', import.meta.url));
export const scratchDir = fileURLToPath(new URL('../../node_modules/.cache/archive-tests/scratch/', import.meta.url));
