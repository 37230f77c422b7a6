/**
 * Site identity: the one place to change what the blog is called, where it lives and who writes it.
 * The URL and base path come from the environment at build time so one checkout can deploy anywhere.
 */
import type { ShareTargetName } from './lib/share.ts';

export interface SiteLink {
  label: string;
  href: string;
}

export interface SiteConfig {
  title: string;
  description: string;
  /** The origin the site is deployed at, without a trailing slash; a sub-path goes in `base`. */
  url: string;
  /** Sub-path the site is served under: "/" or "/sub/". */
  base: string;
  lang: string;
  /** The byline used in feeds and structured data. An organization name, not an invented person. */
  author: { name: string; url?: string; type: 'Organization' | 'Person' };
  nav: SiteLink[];
  /** Links shown in the footer (source code, profiles). Empty until the owners add theirs. */
  links: SiteLink[];
  /** Posts per list page (home, tag pages). */
  pageSize: number;
  /** How many posts the feeds carry. */
  feedLimit: number;
  /** The services each post offers a share link to, in this order (src/lib/share.ts); empty for none. */
  share: ShareTargetName[];
  /** Square site artwork: an SVG in public/, rendered to PNG for feed readers (RSS image, JSON Feed icon). */
  icon: string;
}

/**
 * "https://x.org/" and "https://x.org" mean the same site. A path is refused rather than dropped:
 * absolute URLs are made from the origin and the base path, so "https://x.org/blog" would silently
 * lose "/blog".
 */
export function normalizeSiteUrl(raw: string): string {
  const url = new URL(raw);
  if (url.pathname !== '/' || url.search || url.hash) {
    const move = url.pathname === '/' ? '' : `: put a sub-path in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/+$/, '')})`;
    throw new Error(`SITE_URL must be an origin such as https://blog.example.org, not ${raw}${move}`);
  }
  return url.origin;
}

/** "sub", "/sub" and "/sub/" all mean "/sub/"; empty means "/". */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = typeof process === 'undefined' ? {} : process.env;

export const site: SiteConfig = {
  title: 'Compiled Notes',
  description:
    'Long-form notes on programming languages, tooling and building software with AI agents.',
  url: normalizeSiteUrl(env.SITE_URL || 'http://localhost:4321'),
  base: normalizeBasePath(env.BASE_PATH),
  lang: 'en',
  author: { name: 'Compiled Notes', type: 'Organization' },
  nav: [
    { label: 'Posts', href: '/' },
    { label: 'Tags', href: '/tags/' },
    { label: 'Archive', href: '/archive/' },
  ],
  links: [],
  pageSize: 10,
  feedLimit: 50,
  share: ['bluesky', 'linkedin', 'hacker-news', 'reddit', 'email'],
  icon: '/favicon.svg',
};
