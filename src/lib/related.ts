import { tagKey } from './tags.ts';

interface Tagged {
  id: string;
  data: { date: Date; tags: readonly string[] };
}

/**
 * Up to `limit` posts that share tags with `post`, best first. A shared tag weighs more the rarer it is
 * (inverse document frequency), so two posts sharing a niche tag outrank two sharing "programming".
 * Ties go to the newer post. Posts sharing no tag are never "related".
 */
export function relatedPosts<T extends Tagged>(post: T, all: readonly T[], limit = 3): T[] {
  const postsWithTag = new Map<string, number>();
  for (const other of all) {
    for (const key of new Set(other.data.tags.map(tagKey))) postsWithTag.set(key, (postsWithTag.get(key) ?? 0) + 1);
  }
  const own = new Set(post.data.tags.map(tagKey));
  const weight = (key: string) => Math.log(1 + all.length / postsWithTag.get(key)!);

  return all
    .filter((other) => other.id !== post.id)
    .map((other) => {
      const shared = [...new Set(other.data.tags.map(tagKey))].filter((key) => own.has(key));
      return { other, score: shared.reduce((sum, key) => sum + weight(key), 0) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.data.date.getTime() - a.other.data.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The posts just before and after `post` in time, from a list sorted newest first. */
export function adjacentPosts<T extends { id: string }>(post: T, newestFirst: readonly T[]): { newer?: T | undefined; older?: T | undefined } {
  const index = newestFirst.findIndex((other) => other.id === post.id);
  if (index < 0) return {};
  return { newer: newestFirst[index - 1], older: newestFirst[index + 1] };
}
