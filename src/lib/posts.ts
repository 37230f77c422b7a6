import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from './build-time.ts';
import { byNewest, isPublished, postStatus, type PostStatus } from './publishing.ts';
import { buildTagIndex, tagKey, type TagIndex } from './tags.ts';

export type Post = CollectionEntry<'blog'>;

let visible: Promise<Post[]> | undefined;

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

let tagIndex: Promise<TagIndex> | undefined;

/**
 * The tags of the visible posts. Computed once per build: every post card asks for it, and building
 * it per card made a build quadratic in the number of posts.
 */
export function getTagIndex(): Promise<TagIndex> {
  if (import.meta.env.DEV) tagIndex = undefined;
  tagIndex ??= getVisiblePosts().then((posts) => buildTagIndex(posts.map((post) => post.data)));
  return tagIndex;
}

export function hasTag(post: Post, tag: string): boolean {
  const key = tagKey(tag);
  return post.data.tags.some((own) => tagKey(own) === key);
}
