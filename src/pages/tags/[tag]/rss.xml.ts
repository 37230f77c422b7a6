import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildTime } from '../../../lib/build-time.ts';
import { rssOptions } from '../../../lib/feeds/feed.ts';
import { tagFeedPath } from '../../../lib/feeds/paths.ts';
import { feedKey } from '../../../lib/cache-keys.ts';
import { feedChannel, feedEntries, feedPosts } from '../../../lib/feeds/post-entries.ts';
import { getPostsByTag, getTagIndex, type Post } from '../../../lib/posts.ts';
import type { Tag } from '../../../lib/tags.ts';
import { tagPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [postsByTag, index] = await Promise.all([getPostsByTag(), getTagIndex()]);
  return index.tags.map((tag) => {
    const posts = feedPosts(postsByTag.get(tag.slug) ?? []);
    return { params: { tag: tag.slug }, props: { tag, posts }, cacheKey: feedKey(index, posts, tag) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: Tag; posts: Post[] }> = async ({ props: { tag, posts } }) => {
  const path = tagPath(tag.slug);
  return rss(rssOptions(feedChannel(tagFeedPath(path), { name: tag.name, path }), await feedEntries(posts), buildTime()));
};
