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

/** Newest first; equal dates fall back to the title so the order never depends on file order. */
export function byNewest<T extends { date: Date; title: string }>(a: T, b: T): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title);
}
