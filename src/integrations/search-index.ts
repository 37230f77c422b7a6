import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/search-index-folder.ts';
import { POSTS_PATH } from '../lib/urls.ts';

/** Only post pages carry a body to index (data-pagefind-body), and only published posts are built. */
const POST_PAGES = `${POSTS_PATH.slice(1)}**/*.html`;

async function indexSite(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: POST_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    // The last build's index goes first: Pagefind names files by content and leaves others in place.
    const folder = join(site, SEARCH_INDEX_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
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
  let indexing: Promise<void> | undefined;
  return {
    start: {
      name: 'search-index',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          indexing = indexSite(fileURLToPath(dir), logger);
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
