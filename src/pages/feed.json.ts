import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/feeds/feed.ts';
import { FEED_PATHS } from '../lib/feeds/paths.ts';
import { feedChannel, feedEntries } from '../lib/feeds/post-entries.ts';
import { getVisiblePosts } from '../lib/posts.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(jsonFeed(feedChannel(FEED_PATHS.json), await feedEntries(await getVisiblePosts())), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
