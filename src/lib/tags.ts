import { createHash } from 'node:crypto';

// A build asks for the key of the same few tags hundreds of thousands of times (every tag page
// filters every post), and normalizing and lower-casing by locale is slow.
const keys = new Map<string, string>();

/**
 * Tags that differ only in case, spacing, hyphens or underscores are one tag:
 * "Developer Experience" and "developer-experience" share this key.
 */
export function tagKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    key = tag.normalize('NFKC').toLocaleLowerCase('en').trim().replace(/[\s_-]+/g, ' ');
    keys.set(tag, key);
  }
  return key;
}

/** Symbols that carry meaning in tag names, spelled out so "C++" and "C#" do not become "c". */
const SPELLED: Record<string, string> = { '+': ' plus ', '#': ' sharp ', '&': ' and ', '@': ' at ' };

/** The slug a tag asks for: letters and digits of any script kept, everything else a single "-". */
export function preferredSlug(tag: string): string {
  return tagKey(tag)
    .replace(/[+#&@]/g, (symbol) => SPELLED[symbol]!)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

export interface Tag {
  slug: string;
  /** The most used spelling. */
  name: string;
  count: number;
}

export interface TagIndex {
  /** Every tag, by post count, then name. */
  tags: Tag[];
  /** The one answer to "what is this tag's slug?". */
  slugOf(tag: string): string;
  /** A post's tags as the index names them: spelling variants ("Rust", "rust") are one tag. */
  tagsOf(tags: readonly string[]): Tag[];
  bySlug(slug: string): Tag | undefined;
}

/**
 * Groups the tags of a set of posts. When two different tags would get the same slug, the one first
 * used (on the oldest post; then by key) keeps it and the other gets a suffix from a hash of its key,
 * so neither silently absorbs the other. Post counts play no part: a tag's URL, and the feed readers
 * subscribed to it, must not move to another topic because that topic gained posts. Posts without a
 * date count as newest.
 */
export function buildTagIndex(posts: { tags: readonly string[]; date?: Date | undefined }[]): TagIndex {
  const groups = new Map<string, { spellings: Map<string, number>; count: number; since: number }>();
  for (const post of posts) {
    const at = post.date?.getTime() ?? Infinity;
    for (const key of new Set(post.tags.map(tagKey))) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { spellings: new Map(), count: 0, since: at }));
      group.count++;
      group.since = Math.min(group.since, at);
    }
    for (const spelling of new Set(post.tags.map((tag) => tag.trim()))) {
      const spellings = groups.get(tagKey(spelling))!.spellings;
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  }

  const entries = [...groups].map(([key, group]) => {
    const name = [...group.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    return { key, name, count: group.count, since: group.since };
  });
  entries.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));

  const slugByKey = new Map<string, string>();
  const taken = new Set<string>();
  const firstUsed = [...entries].sort((a, b) => a.since - b.since || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const entry of firstUsed) {
    const preferred = preferredSlug(entry.key);
    const slug = preferred && !taken.has(preferred) ? preferred : [preferred, shortHash(entry.key)].filter(Boolean).join('-');
    taken.add(slug);
    slugByKey.set(entry.key, slug);
  }

  const tags: Tag[] = entries.map((entry) => ({ slug: slugByKey.get(entry.key)!, name: entry.name, count: entry.count }));
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const slugOf = (tag: string): string => {
    const slug = slugByKey.get(tagKey(tag));
    if (!slug) throw new Error(`Tag "${tag}" is not on any listed post`);
    return slug;
  };
  return {
    tags,
    slugOf,
    tagsOf: (postTags) => [...new Set(postTags.map(slugOf))].map((slug) => bySlug.get(slug)!),
    bySlug: (slug) => bySlug.get(slug),
  };
}
