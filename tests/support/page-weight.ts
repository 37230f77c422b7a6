/**
 * What a built page makes the browser download in JavaScript and CSS, measured on the files in dist/:
 * inline scripts and styles, script and stylesheet files, module preloads, and what those import
 * statically. Sizes are raw, gzip (level 9) and brotli (quality 11).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { servedPath } from './links.ts';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
  /** The files and inline blocks counted, for messages. */
  parts: string[];
}

export interface PageWeight {
  js: Weight;
  css: Weight;
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function measure(parts: { name: string; content: Buffer }[]): Weight {
  // Each file travels compressed on its own, so compress each and add up.
  const sum = (f: (b: Buffer) => number) => parts.reduce((total, part) => total + f(part.content), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    parts: parts.map((part) => part.name),
  };
}

/** A file of dist/ from a URL on the page, or undefined for another origin. */
function fileOf(dist: string, base: string, pageUrl: URL, url: string): string | undefined {
  const target = new URL(url, pageUrl);
  if (target.origin !== pageUrl.origin || !target.pathname.startsWith(base)) return undefined;
  const file = join(dist, decodeURIComponent(target.pathname.slice(base.length)));
  return existsSync(file) ? file : undefined;
}

/** Static imports of an ES module: `import "./x.js"`, `import x from "./x.js"`, `export * from "./x.js"`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
}

export function pageWeight(dist: string, base: string, page: string): PageWeight {
  const root = parse(readFileSync(join(dist, page), 'utf8'));
  const pageUrl = new URL(servedPath(page, base), 'http://site.invalid');
  const js = new Map<string, Buffer>();
  const css = new Map<string, Buffer>();

  const addScriptFile = (url: string, from: URL) => {
    const file = fileOf(dist, base, from, url);
    if (!file || js.has(file)) return;
    const content = readFileSync(file);
    js.set(file, content);
    const fileUrl = new URL(url, from);
    for (const imported of staticImports(content.toString('utf8'))) addScriptFile(imported, fileUrl);
  };
  const addStyleFile = (url: string, from: URL) => {
    const file = fileOf(dist, base, from, url);
    if (!file || css.has(file)) return;
    const content = readFileSync(file);
    css.set(file, content);
    for (const m of content.toString('utf8').matchAll(/@import\s+(?:url\()?["']([^"']+)["']/g)) addStyleFile(m[1]!, new URL(url, from));
  };

  root.querySelectorAll('script').forEach((script, i) => {
    const src = script.getAttribute('src');
    if (src) addScriptFile(src, pageUrl);
    else if (SCRIPT_TYPES.has((script.getAttribute('type') ?? '').toLowerCase())) js.set(`inline script ${i + 1}`, Buffer.from(script.rawText));
  });
  for (const link of root.querySelectorAll('link[rel~="modulepreload"]')) addScriptFile(link.getAttribute('href')!, pageUrl);
  for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) addStyleFile(link.getAttribute('href')!, pageUrl);
  root.querySelectorAll('style').forEach((style, i) => css.set(`inline style ${i + 1}`, Buffer.from(style.rawText)));

  const toParts = (map: Map<string, Buffer>) => [...map].map(([name, content]) => ({ name: name.startsWith(dist) ? name.slice(dist.length + 1) : name, content }));
  return { js: measure(toParts(js)), css: measure(toParts(css)) };
}
