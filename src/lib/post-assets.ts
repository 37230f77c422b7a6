/**
 * The files a post is built from besides its own: images and other files beside it or named in it by a
 * relative path. A post's digest covers only its own file, so an image replaced under the same name
 * would otherwise leave a rebuilt site showing the old one (incremental builds reuse the page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { decodePath, relativeImagePath } from './markdown/content-images.ts';

/** Relative paths a body names: Markdown images and links, src attributes, MDX imports. Code is not excluded: a false match only costs a hash. */
export function localReferences(body: string): string[] {
  const found = new Set<string>();
  const patterns = [/\]\(\s*<?([^)\s>]+)/g, /\bsrc=["']([^"']+)["']/g, /\bimport\s[^'"]*?from\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const pattern of patterns) {
    for (const [, target = ''] of body.matchAll(pattern)) {
      const local = relativeImagePath(target.split(/[?#]/)[0]!);
      if (local) found.add(local);
    }
  }
  return [...found];
}

/** Every file in a folder and below it, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Content hashes, so a file used by many pages is read once while it stays unchanged. */
const fileHashes = new Map<string, string>();

function hashOf(file: string): string {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  let hash = fileHashes.get(key);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    fileHashes.set(key, hash);
  }
  return hash;
}

/**
 * A fingerprint of the files a post uses: for a post that is a folder (`<slug>/index.md`), everything
 * in the folder; for any post, the files its body names by relative path (`references`, from
 * `localReferences`). `postFile` is absolute.
 */
export function assetsFingerprint(postFile: string, references: readonly string[]): string[] {
  const folder = dirname(postFile);
  const files = new Set(/^index\.mdx?$/.test(basename(postFile)) ? filesUnder(folder) : []);
  for (const reference of references) {
    const file = resolve(folder, decodePath(reference));
    if (existsSync(file) && statSync(file).isFile()) files.add(file);
  }
  files.delete(postFile);
  return [...files].sort().map((file) => `${relative(folder, file)}:${hashOf(file)}`);
}
