/** Facts about the built "main" test site, read from its pages, for the feed, sitemap and meta tests. */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, htmlPages, readPage } from './dist.ts';
import { distDir } from './sites.ts';

export const DIST = distDir('main');

/** The origin and base the site was built for, from its home page's canonical URL. */
export const HOME_URL = readPage(DIST, '/').querySelector('link[rel="canonical"]')!.getAttribute('href')!;

export interface BuiltPost {
  /** Site-relative path, "/blog/x/". */
  path: string;
  url: string;
  title: string;
  published: string;
  modified: string;
  tags: string[];
  page: HTMLElement;
}

const meta = (page: HTMLElement, property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');

export function builtPosts(): BuiltPost[] {
  return htmlPages(DIST)
    .filter((file) => /^blog\/.+\/index\.html$/.test(file))
    .map((file) => {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const page = parseHtml(readFileSync(fileForPath(DIST, path)!, 'utf8'));
      return {
        path,
        url: new URL(path.slice(1), HOME_URL).href,
        title: page.querySelector('h1')!.childNodes[0]!.text.trim(),
        published: meta(page, 'article:published_time')!,
        modified: meta(page, 'article:modified_time')!,
        tags: page.querySelectorAll('meta[property="article:tag"]').map((tag) => tag.getAttribute('content')!),
        page,
      };
    });
}

/** Parses HTML with <pre> as markup (node-html-parser keeps it as raw text by default). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { blockTextElements: { script: true, style: true } });
}

/** Visible text with whitespace collapsed, for comparing the same content rendered in two places. */
export function normalizedText(element: HTMLElement): string {
  return element.text.replace(/\s+/g, ' ').trim();
}

/** The file in dist/ behind an absolute URL on the site's own origin; undefined for other origins. */
export function fileForUrl(url: string): string | undefined {
  const home = new URL(HOME_URL);
  const target = new URL(url);
  if (target.origin !== home.origin || !target.pathname.startsWith(home.pathname)) return undefined;
  return fileForPath(DIST, `/${target.pathname.slice(home.pathname.length)}`);
}

export function isOwnUrl(url: string): boolean {
  return new URL(url).origin === new URL(HOME_URL).origin;
}
