/** The one rule of what is public: not a draft, and not dated in the future of the build. */
export interface Publishable {
  draft: boolean;
  date: Date;
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

export function postStatus(post: Publishable, now: Date): PostStatus {
  if (post.draft) return 'draft';
  return post.date.getTime() <= now.getTime() ? 'published' : 'scheduled';
}

export function isPublished(post: Publishable, now: Date): boolean {
  return postStatus(post, now) === 'published';
}

/**
 * The date a post's tags count from when two tags compete for one slug (buildTagIndex): none for a post
 * a build leaves out, so a draft that `astro dev` lists never takes a slug the build gives another tag.
 */
export function tagRankDate(post: Publishable, now: Date): Date | undefined {
  return isPublished(post, now) ? post.date : undefined;
}

/** Newest first; equal dates fall back to the title so the order never depends on file order. */
export function byNewest<T extends { date: Date; title: string }>(a: T, b: T): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title);
}
