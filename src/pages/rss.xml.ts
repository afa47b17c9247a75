import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive.ts';
import { articleFeed } from '../lib/article-feed.ts';
import { homeFeed } from '../lib/routes/home.ts';
import { siteContext } from '../lib/site.ts';

/** The newest articles with their full text, newest publication first. */
export const GET: APIRoute = async () => articleFeed(homeFeed(await loadArchive()), siteContext());
