import { tagKey } from './tags.ts';

interface InSeries {
  data: { title: string; date: Date; series?: string | undefined };
}

/** A post's place in its series: every visible part, oldest first, and which of them it is. */
export interface SeriesPlace<T> {
  /** As the first part spells it. */
  name: string;
  parts: T[];
  /** 0 for the first part. */
  index: number;
}

/**
 * Posts with the same `series` are parts of it, in the order they were published. Names that differ
 * only in case or spacing are one series, as tags are (tagKey). Only the posts given count, so a part
 * not yet published is never mentioned; a series with one part shown is no series yet, and gets none.
 */
export function seriesFinder<T extends InSeries>(all: readonly T[]): (post: T) => SeriesPlace<T> | undefined {
  const byKey = new Map<string, T[]>();
  for (const post of all) {
    if (!post.data.series) continue;
    const key = tagKey(post.data.series);
    byKey.set(key, [...(byKey.get(key) ?? []), post]);
  }
  // Oldest first; parts published at the same time by title, as lists order them.
  for (const parts of byKey.values()) parts.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.data.title.localeCompare(b.data.title));
  return (post) => {
    const parts = post.data.series ? byKey.get(tagKey(post.data.series)) : undefined;
    if (!parts || parts.length < 2) return undefined;
    return { name: parts[0]!.data.series!, parts, index: parts.indexOf(post) };
  };
}
