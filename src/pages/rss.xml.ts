import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildTime } from '../lib/build-time.ts';
import { rssOptions } from '../lib/feeds/feed.ts';
import { FEED_PATHS } from '../lib/feeds/paths.ts';
import { feedChannel, feedEntries } from '../lib/feeds/post-entries.ts';
import { getVisiblePosts } from '../lib/posts.ts';

export const GET: APIRoute = async () =>
  rss(rssOptions(feedChannel(FEED_PATHS.rss), await feedEntries(await getVisiblePosts()), buildTime()));
