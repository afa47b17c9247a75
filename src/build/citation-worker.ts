/**
 * The worker thread of `citationsOffThread` (`styled-citations.ts`): renders each item it is sent and sends back its
 * citations, or the error's message, under the request's number.
 */
import { parentPort } from 'node:worker_threads';
import type { CitedItem } from '../lib/citations.ts';
import { styledCitations } from './styled-citations.ts';

parentPort!.on('message', ({ request, item }: { request: number; item: CitedItem }) => {
  try {
    parentPort!.postMessage({ request, citations: styledCitations(item) });
  } catch (error) {
    parentPort!.postMessage({ request, error: error instanceof Error ? error.message : String(error) });
  }
});
