/**
 * Files of the site's `public/` folder named from the site root ("/images/x.png"), which Astro serves as
 * they are: no optimizing, no hashed name, so the pages that show them must notice when they change.
 */
import { resolve, sep } from 'node:path';
import { processShared } from './process-shared.ts';
import { isSitePath } from './urls.ts';

/** A URL path as file names: each segment decoded on its own, so "a%2Bb.png" is "a+b.png" and "%2F" no folder. */
function decodeSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replaceAll('/', '%2F');
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** The decoded path a site path names, without its query or fragment ("/a%20b.png?v=2" is "/a b.png"). */
export function sitePathName(src: string): string {
  return decodeSegments(src.split(/[?#]/)[0]!);
}

/**
 * The file in `publicDir` that a path from the site root names, or undefined when it is no site path
 * or would lead out of the folder.
 */
export function publicFile(src: string, publicDir: string): string | undefined {
  if (!isSitePath(src)) return undefined;
  const folder = resolve(publicDir);
  const file = resolve(folder, `.${sitePathName(src)}`);
  return file.startsWith(folder + sep) ? file : undefined;
}

/** Astro's `publicDir`, told by the content guard when the config is set up; the pages' code is a module graph of its own. */
const shared = processShared('public-dir', () => ({ path: resolve('public') }));

export const sitePublicDir = (): string => shared.path;

export function setSitePublicDir(path: string): void {
  shared.path = path;
}
