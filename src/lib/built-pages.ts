/**
 * What the passes after a build need of each built page (its sitemap facts, the hashes of its inline
 * scripts and styles, whether it carries the current Content-Security-Policy), read once per page and
 * remembered between builds. A rebuild leaves most pages untouched, and reading and parsing 1,400 of
 * them three times took half a second. A page is read again as soon as its size or modification time
 * differs from what was recorded, so whatever rewrote it (the build, a person) is seen.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readRecord, writeRecord } from './cache-file.ts';
import { cspHash, inlineContent, insertPolicyMeta, pagePolicy } from './csp.ts';
import { pageFacts } from './seo/lastmod.ts';

export interface PageScan {
  lastmod?: string | undefined;
  canonical?: string | undefined;
  /** CSP hashes of the page's inline scripts and styles. */
  scripts: string[];
  styles: string[];
}

interface Entry extends PageScan {
  mtimeMs: number;
  size: number;
  /** The policy the page holds: rendered into it, or put there by this pass. */
  policy?: string | undefined;
}

interface Saved {
  version: 1;
  root: string;
  pages: Record<string, Entry>;
}

function scan(html: string): Omit<Entry, 'mtimeMs' | 'size'> {
  const { scripts, styles } = inlineContent(html);
  return { ...pageFacts(html), scripts: scripts.map(cspHash), styles: styles.map(cspHash), policy: pagePolicy(html) };
}

export class BuiltPages {
  readonly #root: string;
  readonly #cacheFile: string | undefined;
  readonly #previous = new Map<string, Entry>();
  readonly #current = new Map<string, Entry>();

  /** Pages under `root`; what is learnt is kept in `cacheFile` for the next build (none: nothing is kept). */
  constructor(root: string, cacheFile?: string) {
    this.#root = root;
    this.#cacheFile = cacheFile;
    // Without a record of this folder, every page is read again.
    const saved = readRecord<Saved>(cacheFile, (record) => record.version === 1 && record.root === root && typeof record.pages === 'object');
    for (const [path, entry] of Object.entries(saved?.pages ?? {})) this.#previous.set(path, entry);
  }

  #entry(file: string): Entry {
    const path = relative(this.#root, file);
    const known = this.#current.get(path);
    if (known) return known;
    const { mtimeMs, size } = statSync(file);
    const previous = this.#previous.get(path);
    const entry = previous && previous.mtimeMs === mtimeMs && previous.size === size ? previous : { mtimeMs, size, ...scan(readFileSync(file, 'utf8')) };
    this.#current.set(path, entry);
    return entry;
  }

  /** The page's sitemap facts and inline hashes. */
  scan(file: string): PageScan {
    const { lastmod, canonical, scripts, styles } = this.#entry(file);
    return { lastmod, canonical, scripts, styles };
  }

  /** Puts the policy into the page unless it already holds it; true when the file was written. */
  applyPolicy(file: string, policy: string): boolean {
    const entry = this.#entry(file);
    if (entry.policy === policy) return false;
    const html = readFileSync(file, 'utf8');
    const updated = insertPolicyMeta(html, policy);
    if (updated !== html) {
      // Whole or not at all: the search indexer may be reading this page at the same moment.
      writeFileSync(`${file}.policy-tmp`, updated);
      renameSync(`${file}.policy-tmp`, file);
    }
    const { mtimeMs, size } = statSync(file);
    this.#current.set(relative(this.#root, file), { ...entry, mtimeMs, size, policy });
    return updated !== html;
  }

  /** Records what was learnt of the pages seen in this build (and only those: the others are gone). */
  save(): void {
    if (!this.#cacheFile) return;
    const saved: Saved = { version: 1, root: this.#root, pages: Object.fromEntries(this.#current) };
    writeRecord(this.#cacheFile, saved);
  }
}

/**
 * One record of the output folder for all the passes of a build (the sitemap's and the CSP's), opened
 * by whichever asks first and kept in Astro's cache folder; `close` saves it and lets the next build
 * open it afresh.
 */
export function sharedBuiltPages(): { open: (root: string, cacheDir: string) => BuiltPages; close: () => void } {
  let opened: BuiltPages | undefined;
  return {
    open: (root, cacheDir) => (opened ??= new BuiltPages(root, join(cacheDir, 'built-pages.json'))),
    close: () => {
      opened?.save();
      opened = undefined;
    },
  };
}
