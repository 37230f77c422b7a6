/**
 * A link checker for a built site. Every internal URL a page or stylesheet refers to (href, src, srcset,
 * poster, form action, meta refresh, absolute URLs on the site's own origin in meta tags, url() and
 * @import in CSS) must resolve to a file in dist/, every #fragment to an id on its target page, and no
 * internal URL may leave the base path. Resources loaded from another origin are collected separately:
 * the site must make no request that leaves it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages, listFiles } from './dist.ts';

export interface CheckedSite {
  dist: string;
  /** The base path the site was built with: "/" or "/sub/". */
  base: string;
  /** SITE_URL it was built with; absolute URLs on its origin are internal. */
  siteUrl: string;
}

export interface Reference {
  /** The file the reference is in, relative to dist/. */
  from: string;
  /** Where in that file: `a[href]`, `img[srcset]`, `css url()`. */
  where: string;
  url: string;
  /** A resource is fetched when the page loads; a navigation only when the reader follows it. */
  loads: boolean;
}

export interface LinkProblem extends Reference {
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked, so a test can tell an empty scan from a clean one. */
  checked: number;
  /** Fragments (`#id`) checked against their target page. */
  fragments: number;
  problems: LinkProblem[];
  /** References to other origins that the browser would fetch on load. */
  externalLoads: Reference[];
}

/** Elements and attributes holding one URL; `loads` says whether the browser fetches it on load. */
const URL_ATTRIBUTES: { selector: string; attribute: string; loads: boolean }[] = [
  { selector: 'a[href]', attribute: 'href', loads: false },
  { selector: 'area[href]', attribute: 'href', loads: false },
  { selector: 'form[action]', attribute: 'action', loads: false },
  { selector: 'img[src]', attribute: 'src', loads: true },
  { selector: 'source[src]', attribute: 'src', loads: true },
  { selector: 'script[src]', attribute: 'src', loads: true },
  { selector: 'iframe[src]', attribute: 'src', loads: true },
  { selector: 'video[src]', attribute: 'src', loads: true },
  { selector: 'video[poster]', attribute: 'poster', loads: true },
  { selector: 'audio[src]', attribute: 'src', loads: true },
  { selector: 'track[src]', attribute: 'src', loads: true },
  { selector: 'embed[src]', attribute: 'src', loads: true },
  { selector: 'object[data]', attribute: 'data', loads: true },
  { selector: 'input[src]', attribute: 'src', loads: true },
];

const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

/** <link> relations that only name a URL; every other relation (stylesheet, icon, preload, preconnect…) makes a request. */
const NAMING_RELS = new Set(['canonical', 'alternate', 'prev', 'next', 'author', 'license', 'help', 'search', 'me', 'bookmark', 'external']);

/** The candidate URLs of a srcset: each is a run of non-space characters, then optional descriptors up to a comma. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    // A URL may not end in a comma inside srcset: trailing commas separate candidates.
    const trimmed = url.replace(/,+$/, '');
    urls.push(trimmed);
    rest = rest.slice(url.length);
    if (trimmed.length === url.length) rest = rest.replace(/^[^,]*/, '');
  }
}

/** url(...) and @import targets in a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(match[1] ?? match[2] ?? '');
  return urls;
}

/** The URL path a file in dist/ is served at: "blog/x/index.html" is "<base>blog/x/". */
export function servedPath(file: string, base: string): string {
  const path = file.split('\\').join('/');
  return base + (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** Every reference in one HTML page. */
export function pageReferences(from: string, root: HTMLElement, siteOrigin: string): Reference[] {
  const references: Reference[] = [];
  const add = (where: string, url: string, loads: boolean) => references.push({ from, where, url, loads });
  for (const { selector, attribute, loads } of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) add(selector, element.getAttribute(attribute)!, loads);
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      for (const url of srcsetUrls(element.getAttribute('srcset')!)) add(selector, url, true);
    }
  }
  for (const link of root.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    add(`link[rel=${rels.join(' ')}]`, link.getAttribute('href')!, rels.some((rel) => !NAMING_RELS.has(rel)));
  }
  for (const meta of root.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')!;
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
      if (target) add('meta[http-equiv=refresh]', target, false);
    } else if (content.startsWith(`${siteOrigin}/`)) {
      // og:image, og:url, twitter:image: absolute URLs on the site's own origin must exist too.
      const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '?';
      add(`meta[${name}]`, content, false);
    }
  }
  for (const style of root.querySelectorAll('style')) for (const url of cssUrls(style.rawText)) add('style url()', url, true);
  return references;
}

function isHtml(file: string): boolean {
  return file.endsWith('.html');
}

/** Checks every page and stylesheet of a built site. */
export function checkLinks({ dist, base, siteUrl }: CheckedSite): LinkReport {
  const siteOrigin = new URL(siteUrl).origin;
  const files = listFiles(dist);
  const pages = htmlPages(dist);
  const report: LinkReport = { pages: pages.length, checked: 0, fragments: 0, problems: [], externalLoads: [] };
  const ids = new Map<string, Set<string>>();
  const parsed = new Map<string, HTMLElement>();

  const parsePage = (file: string) => {
    let root = parsed.get(file);
    if (!root) {
      root = parse(readFileSync(join(dist, file), 'utf8'));
      parsed.set(file, root);
    }
    return root;
  };
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const root = parsePage(file);
      set = new Set([...root.querySelectorAll('[id]').map((el) => el.id), ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  const check = (reference: Reference) => {
    const fail = (reason: string) => report.problems.push({ ...reference, reason });
    const { url, from } = reference;
    const value = url.trim();
    if (/^(mailto|tel|sms):/i.test(value)) return;
    if (/^data:/i.test(value)) {
      if (!reference.loads) fail('a data: URL as a link');
      return;
    }
    if (/^javascript:/i.test(value)) return fail('a javascript: URL');
    if (from === '404.html' && value && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
      return fail('a relative URL on the 404 page, which is served at any address');
    }
    const pageUrl = new URL(servedPath(from, base), `${siteOrigin}/`);
    let target: URL;
    try {
      target = new URL(value, pageUrl);
    } catch {
      return fail('not a valid URL');
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return fail(`unexpected scheme ${target.protocol}`);
    if (target.origin !== siteOrigin) {
      if (reference.loads) report.externalLoads.push(reference);
      return;
    }
    report.checked++;
    if (!target.pathname.startsWith(base)) return fail(`escapes the base path ${base}`);
    let relative: string;
    try {
      relative = decodeURIComponent(target.pathname.slice(base.length));
    } catch {
      return fail('malformed percent-encoding');
    }
    const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    const absolute = join(dist, file);
    if (!existsSync(absolute)) return fail(`no file ${file} in dist/`);
    if (statSync(absolute).isDirectory()) return fail('a folder without its trailing slash');

    const fragment = target.hash.slice(1);
    if (!fragment || fragment.startsWith(':~:') || fragment.toLowerCase() === 'top') return;
    if (!isHtml(file)) return;
    report.fragments++;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return fail('malformed percent-encoding in the fragment');
    }
    if (!idsOf(file).has(id)) fail(`no element with id "${id}" on ${file}`);
  };

  for (const page of pages) {
    for (const reference of pageReferences(page, parsePage(page), siteOrigin)) check(reference);
  }
  for (const sheet of files.filter((file) => file.endsWith('.css'))) {
    for (const url of cssUrls(readFileSync(join(dist, sheet), 'utf8'))) check({ from: sheet, where: 'css url()', url, loads: true });
  }
  return report;
}

/** One line per problem, for assertion messages. */
export function formatProblems(problems: readonly LinkProblem[], limit = 30): string {
  const lines = problems.slice(0, limit).map((p) => `${p.from}: ${p.where} ${JSON.stringify(p.url)} — ${p.reason}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
