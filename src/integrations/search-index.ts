import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/search-index-folder.ts';
import { currentMetaIds, staleIndexFiles, unpackMeta } from '../lib/search-index-files.ts';
import { POSTS_PATH } from '../lib/urls.ts';

/** Only post pages carry a body to index (data-pagefind-body), and only published posts are built. */
const POST_PAGES = `${POSTS_PATH.slice(1)}**/*.html`;

/**
 * Removes what Pagefind left of the last build's index (see search-index-files.ts); false when the
 * folder cannot be made sense of, and the index must be written afresh.
 */
function pruneIndex(folder: string): boolean {
  try {
    const metaIds = currentMetaIds(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
    const metas = metaIds.map((id) => unpackMeta(readFileSync(join(folder, `pagefind.${id}.pf_meta`))));
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const stale = staleIndexFiles(files, metaIds, metas);
    for (const path of stale ?? []) rmSync(join(folder, path));
    return stale !== undefined;
  } catch {
    return false; // metadata this code cannot read: another Pagefind version, say
  }
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
    // Into the folder as the last build left it: Pagefind writes only files that are not there yet.
    await write();
    if (!pruneIndex(folder)) {
      rmSync(folder, { recursive: true, force: true });
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
