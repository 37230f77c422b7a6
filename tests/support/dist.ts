/** Reading a built site: its files, and its pages parsed as HTML. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function listFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort();
}

/** The file a URL path is served from: "/blog/x/" is "blog/x/index.html". */
export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((candidate) => join(dist, candidate)).find((file) => existsSync(file));
}

export function readPage(dist: string, path: string): HTMLElement {
  const file = fileForPath(dist, path);
  if (!file) throw new Error(`No page is built for ${path}`);
  return parse(readFileSync(file, 'utf8'));
}

export function htmlPages(dist: string): string[] {
  return listFiles(dist).filter((file) => file.endsWith('.html'));
}
