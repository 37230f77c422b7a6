/**
 * Where a reader can share a post: plain links to each service's own "share" address, so sharing needs no
 * script, no button that loads anything from the service, and no request until the reader clicks.
 * Mastodon has no one such address (each reader's server is their own): the post's Share and Copy link
 * buttons serve it, and any other app.
 */
export interface Shared {
  title: string;
  /** The post's canonical address: its own, or where it first appeared. */
  url: string;
}

interface ShareTarget {
  label: string;
  href: (post: Shared) => string;
}

const enc = encodeURIComponent;

export const SHARE_TARGETS = {
  bluesky: { label: 'Bluesky', href: ({ title, url }) => `https://bsky.app/intent/compose?text=${enc(`${title} ${url}`)}` },
  linkedin: { label: 'LinkedIn', href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}` },
  'hacker-news': { label: 'Hacker News', href: ({ title, url }) => `https://news.ycombinator.com/submitlink?u=${enc(url)}&t=${enc(title)}` },
  reddit: { label: 'Reddit', href: ({ title, url }) => `https://www.reddit.com/submit?url=${enc(url)}&title=${enc(title)}` },
  email: { label: 'Email', href: ({ title, url }) => `mailto:?subject=${enc(title)}&body=${enc(url)}` },
} as const satisfies Record<string, ShareTarget>;

export type ShareTargetName = keyof typeof SHARE_TARGETS;

/** The share links for a post, in the order the site config lists the services. */
export function shareLinks(post: Shared, targets: readonly ShareTargetName[]): { name: ShareTargetName; label: string; href: string }[] {
  return targets.map((name) => ({ name, label: SHARE_TARGETS[name].label, href: SHARE_TARGETS[name].href(post) }));
}
