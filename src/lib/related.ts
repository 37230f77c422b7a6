import { tagKey } from './tags.ts';

interface Tagged {
  id: string;
  data: { date: Date; tags: readonly string[] };
}

/**
 * Prepares "related posts" for a whole site at once: returns a function giving, for one post, up to
 * `limit` posts that share tags with it, best first. A shared tag weighs more the rarer it is (inverse
 * document frequency), so sharing a niche tag beats sharing "programming". Ties go to the newer post.
 * Posts sharing no tag are never related. Only posts sharing a tag are scored, so a site's cost grows
 * with its posts times the size of their tags, not with the square of the posts.
 */
export function relatedFinder<T extends Tagged>(all: readonly T[], limit = 3): (post: T) => T[] {
  const postsByTag = new Map<string, T[]>();
  for (const post of all) {
    for (const key of new Set(post.data.tags.map(tagKey))) {
      if (!postsByTag.has(key)) postsByTag.set(key, []);
      postsByTag.get(key)!.push(post);
    }
  }
  const weight = (key: string) => Math.log(1 + all.length / postsByTag.get(key)!.length);

  return (post) => {
    const scores = new Map<T, number>();
    for (const key of new Set(post.data.tags.map(tagKey))) {
      for (const other of postsByTag.get(key) ?? []) {
        if (other.id !== post.id) scores.set(other, (scores.get(other) ?? 0) + weight(key));
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || b[0].data.date.getTime() - a[0].data.date.getTime())
      .slice(0, limit)
      .map(([other]) => other);
  };
}

/** The posts just before and after the one at `index` in a list sorted newest first. */
export function adjacentPosts<T>(newestFirst: readonly T[], index: number): { newer?: T | undefined; older?: T | undefined } {
  return { newer: newestFirst[index - 1], older: newestFirst[index + 1] };
}
