import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildTime } from '../../../lib/build-time.ts';
import { rssOptions } from '../../../lib/feeds/feed.ts';
import { tagFeedPath } from '../../../lib/feeds/paths.ts';
import { feedChannel, feedEntries } from '../../../lib/feeds/post-entries.ts';
import { getPostsByTag, getTagIndex } from '../../../lib/posts.ts';
import type { Tag } from '../../../lib/tags.ts';
import { tagPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getTagIndex()).tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: Tag }> = async ({ props: { tag } }) => {
  const posts = (await getPostsByTag()).get(tag.slug) ?? [];
  const path = tagPath(tag.slug);
  return rss(rssOptions(feedChannel(tagFeedPath(path), { name: tag.name, path }), await feedEntries(posts), buildTime()));
};
