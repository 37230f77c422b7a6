/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page built before is copied
 * instead of rendered again while its key and its code are unchanged. So a key must change whenever
 * anything the page shows changes, including what it shows of other posts.
 *
 * Keys are made from what a page is built from, not from what it happens to display: a post stands in
 * by its digest (the hash of its whole file), so a card or link that starts showing another field of a
 * post can never leave a stale page behind. What the site decides across posts is added per post: the
 * name and slug the tag index gives each of its tags, its cover's hashed file name, and the contents
 * of the images and other files it uses (post-assets.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildTime } from './build-time.ts';
import { postBodyFacts } from './body-facts.ts';
import { assetsFingerprint } from './post-assets.ts';
import type { Page } from './pagination.ts';
import type { Post } from './posts.ts';
import type { Tag, TagIndex } from './tags.ts';

/** A short hash of any JSON value. */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

const stampsByIndex = new WeakMap<TagIndex, WeakMap<Post, unknown>>();

/** Everything of a post that any page can show. Worked out once per post and tag index: a post is on many pages. */
export function postStamp(post: Post, index: TagIndex): unknown {
  let known = stampsByIndex.get(index);
  if (!known) stampsByIndex.set(index, (known = new WeakMap()));
  if (!known.has(post)) {
    const tags = index.tagsOf(post.data.tags).map((tag) => [tag.slug, tag.name]);
    const assets = post.filePath ? assetsFingerprint(resolve(post.filePath), postBodyFacts(post).references) : [];
    known.set(post, [post.id, post.digest ?? null, post.data.cover?.src.src ?? null, tags, assets]);
  }
  return known.get(post);
}

/** What every page shows that comes from the build rather than the posts: the footer's year. */
function buildStamp(): unknown {
  return buildTime().getUTCFullYear();
}

const stamps = (posts: readonly (Post | undefined)[], index: TagIndex) => posts.map((post) => (post ? postStamp(post, index) : null));

export function postPageKey(
  index: TagIndex,
  post: Post,
  neighbours: { related: readonly Post[]; series?: { parts: readonly Post[] } | undefined; newer?: Post | undefined; older?: Post | undefined },
): string {
  const series = stamps(neighbours.series?.parts ?? [], index);
  return cacheKey([buildStamp(), postStamp(post, index), stamps(neighbours.related, index), stamps([neighbours.newer, neighbours.older], index), series]);
}

/** A page of a list of posts; `tag` for a tag's list, whose heading and description show its name and count. */
export function listPageKey(index: TagIndex, page: Page<Post>, tag?: Tag): string {
  return cacheKey([buildStamp(), page.number, page.total, page.prev ?? null, page.next ?? null, stamps(page.items, index), tag ?? null]);
}

/** A feed carrying `posts` (the ones it shows, already cut to the feed's length). */
export function feedKey(index: TagIndex, posts: readonly Post[], tag?: Tag): string {
  return cacheKey([stamps(posts, index), tag ? [tag.slug, tag.name] : null]);
}
