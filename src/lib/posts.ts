import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from './build-time.ts';
import { byNewest, isPublished, postStatus, tagRankDate, type PostStatus } from './publishing.ts';
import { buildTagIndex, type TagIndex } from './tags.ts';

export type Post = CollectionEntry<'blog'>;

let visible: Promise<Post[]> | undefined;
let tagIndex: Promise<TagIndex> | undefined;

/**
 * The posts readers may see, newest first. In a build that is the published ones only; in `astro dev`
 * drafts and scheduled posts are listed too, each marked by `statusOf`. Computed once per build.
 */
export function getVisiblePosts(): Promise<Post[]> {
  if (import.meta.env.DEV) visible = undefined; // content changes while the dev server runs
  visible ??= getCollection('blog').then((all) =>
    (import.meta.env.DEV ? all : all.filter((post) => isPublished(post.data, buildTime()))).sort((a, b) =>
      byNewest(a.data, b.data),
    ),
  );
  return visible;
}

export function statusOf(post: Post): PostStatus {
  return postStatus(post.data, buildTime());
}

/** The tags of the visible posts; built once per build, as every post card asks for it. */
export function getTagIndex(): Promise<TagIndex> {
  if (import.meta.env.DEV) tagIndex = undefined;
  tagIndex ??= getVisiblePosts().then((posts) =>
    buildTagIndex(posts.map((post) => ({ tags: post.data.tags, date: tagRankDate(post.data, buildTime()) }))),
  );
  return tagIndex;
}

/** Each tag's posts, newest first, grouped in one pass over the posts. */
export async function getPostsByTag(): Promise<Map<string, Post[]>> {
  const [posts, index] = await Promise.all([getVisiblePosts(), getTagIndex()]);
  const bySlug = new Map<string, Post[]>(index.tags.map((tag) => [tag.slug, []]));
  for (const post of posts) {
    for (const tag of index.tagsOf(post.data.tags)) bySlug.get(tag.slug)!.push(post);
  }
  return bySlug;
}
