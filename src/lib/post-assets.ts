/**
 * The files a post is built from besides its own: images and other files beside it or named in it,
 * by a relative path or from the site root (public/). A post's digest covers only its own file, so an image replaced under the same name
 * would otherwise leave a rebuilt site showing the old one (incremental builds reuse the page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { decodePath, relativeImagePath } from './markdown/content-images.ts';
import { publicFile, sitePublicDir } from './public-files.ts';
import { isSitePath } from './urls.ts';

/**
 * Paths a body names, relative ones and ones from the site root (files of public/, or pages): Markdown
 * images and links, src attributes, MDX imports. Code is not excluded: a false match only costs a hash.
 */
export function localReferences(body: string): string[] {
  const found = new Set<string>();
  const patterns = [/\]\(\s*<?([^)\s>]+)/g, /\bsrc=["']([^"']+)["']/g, /\bimport\s[^'"]*?from\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const pattern of patterns) {
    for (const [, target = ''] of body.matchAll(pattern)) {
      const path = target.split(/[?#]/)[0]!;
      const local = isSitePath(path) ? path : relativeImagePath(path);
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

/** The file a reference names: from the site root, in public/; otherwise beside the post, in `folder`. Undefined when there is none. */
function referencedFile(folder: string, reference: string, publicDir: string): string | undefined {
  const file = isSitePath(reference) ? publicFile(reference, publicDir) : resolve(folder, decodePath(reference));
  return file && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * A fingerprint of the files a post uses: for a post that is a folder (`<slug>/index.md`), everything
 * in the folder; for any post, the files its body names (`references`, from `localReferences`), beside
 * it or in public/. `postFile` is absolute.
 */
export function assetsFingerprint(postFile: string, references: readonly string[], publicDir = sitePublicDir()): string[] {
  const folder = dirname(postFile);
  const files = new Set(/^index\.mdx?$/.test(basename(postFile)) ? filesUnder(folder) : []);
  for (const reference of references) {
    const file = referencedFile(folder, reference, publicDir);
    if (file) files.add(file);
  }
  files.delete(postFile);
  return [...files].sort().map((file) => `${relative(folder, file)}:${hashOf(file)}`);
}

/**
 * A fingerprint of the public/ files a body names. A post's rendered HTML gives their images a size
 * (public-image-sizes.ts), so a stored rendering is stale once one of them changes.
 */
export function publicFilesFingerprint(references: readonly string[], publicDir = sitePublicDir()): string[] {
  return references.flatMap((reference) => {
    const file = isSitePath(reference) ? referencedFile('', reference, publicDir) : undefined;
    return file ? [`${reference}:${hashOf(file)}`] : [];
  });
}
