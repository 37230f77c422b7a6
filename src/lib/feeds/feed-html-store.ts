/**
 * Posts' feed HTML kept on disk between builds. A rebuild after one edit then renders the feed HTML of
 * that post alone, not of every post that each feed showing it carries (at 1,000 posts, some sixty, a
 * third of the rebuild's rendering). An entry is named by a hash of all the HTML is made from: the
 * post's file, its rendered Markdown, its URL, and the site's code (every file under src/ but the
 * posts, astro.config.mjs and the lockfile), so a change to any code renders them all again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeCacheFile } from '../cache-file.ts';

/** A hash of the code a post's HTML goes through: everything under src/ except the posts, and the build set-up. */
export function codeFingerprint(root: string): string {
  const content = join('src', 'content') + sep;
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith(content));
  const hash = createHash('sha256');
  for (const file of [...files, 'astro.config.mjs', 'package-lock.json'].sort()) {
    hash.update(`${file}\0`);
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The name of one post's entry. */
export function feedHtmlKey(parts: { code: string; id: string; digest: string | number | undefined; renderedHtml: string | undefined; url: string }): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * HTML that names image files is never kept: the build emits an image only when something renders it,
 * and a kept entry would name files this build did not write.
 */
export function keepable(html: string): boolean {
  return !/<(?:img|source)\b/i.test(html);
}

export interface FeedHtmlStore {
  read(key: string): string | undefined;
  write(key: string, html: string): Promise<void>;
}

export function feedHtmlStore(dir: string): FeedHtmlStore {
  const file = (key: string) => join(dir, `${key}.html`);
  return {
    read: (key) => (existsSync(file(key)) ? readFileSync(file(key), 'utf8') : undefined),
    write: (key, html) => writeCacheFile(file(key), html),
  };
}
