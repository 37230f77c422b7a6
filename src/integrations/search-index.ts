import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/search-index-folder.ts';
import { FRAGMENT_FOLDER, fragmentUrl, staleFragments, type Fragment } from '../lib/search-fragments.ts';
import { POSTS_PATH } from '../lib/urls.ts';

/** Only post pages carry a body to index (data-pagefind-body), and only published posts are built. */
const POST_PAGES = `${POSTS_PATH.slice(1)}**/*.html`;

const listed = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/** Removes the index's files, all of them or all but the page fragments. */
function clearIndex(folder: string, keepFragments: boolean): void {
  for (const name of listed(folder)) if (!keepFragments || name !== FRAGMENT_FOLDER) rmSync(join(folder, name), { recursive: true, force: true });
}

/** Removes what Pagefind left of the last build's fragments; false when the index must be written afresh. */
function pruneFragments(site: string, folder: string, kept: ReadonlySet<string>): boolean {
  if (kept.size === 0) return true;
  const dir = join(folder, FRAGMENT_FOLDER);
  const pageExists = (url: string) => existsSync(join(site, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : ''));
  let stale: string[] | undefined;
  try {
    const fragments: Fragment[] = listed(dir).map((name) => ({ name, url: fragmentUrl(readFileSync(join(dir, name))), written: !kept.has(name) }));
    stale = staleFragments(fragments, pageExists);
  } catch {
    return false; // a fragment this code cannot read (another Pagefind version, say), or a URL it cannot map
  }
  for (const name of stale ?? []) rmSync(join(dir, name));
  return stale !== undefined;
}

async function indexSite(site: string, created: ReturnType<typeof pagefind.createIndex>, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const folder = join(site, SEARCH_INDEX_FOLDER);
  const write = async () => {
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  };
  try {
    const added = await index.addDirectory({ path: site, glob: POST_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    // Everything but the fragments is a few dozen files, rewritten (and so never stale); see search-fragments.ts.
    clearIndex(folder, true);
    const kept = new Set(listed(join(folder, FRAGMENT_FOLDER)));
    await write();
    if (!pruneFragments(site, folder, kept)) {
      clearIndex(folder, false);
      await write();
    }
    logger.info(`Indexed ${added.page_count} pages for search.`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built posts with Pagefind. Pagefind runs in a process of its own, so indexing starts as
 * soon as the pages are built and goes on while the integrations between `start` and `finish` work
 * (it reads and writes no page, only its own folder), and `finish` waits for it. Drafts are never
 * built, so they can never be found.
 */
export function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let created: ReturnType<typeof pagefind.createIndex> | undefined;
  let indexing: Promise<void> | undefined;
  return {
    start: {
      name: 'search-index',
      hooks: {
        // Pagefind's process starts with the build, not after it: that took 0.15 s, and an idle one
        // does not keep a failed build's process alive.
        'astro:build:start': () => {
          created = pagefind.createIndex({});
        },
        'astro:build:done': ({ dir, logger }) => {
          indexing = indexSite(fileURLToPath(dir), created ?? pagefind.createIndex({}), logger);
          indexing.catch(() => {}); // reported by finish, once
        },
      },
    },
    finish: {
      name: 'search-index-finish',
      hooks: {
        'astro:build:done': async () => {
          await indexing;
        },
      },
    },
  };
}
