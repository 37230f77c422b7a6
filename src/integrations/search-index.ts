import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { lowerChildPriority } from '../lib/child-priority.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/search-index-folder.ts';
import { currentMetaIds, staleIndexFiles, unpackMeta } from '../lib/search-index-files.ts';
import { indexUpdate, type BuiltPage } from '../lib/search-index-update.ts';
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

/** The built post pages (see POST_PAGES), paths relative to `site` and "/" separated, with their times. */
function postPages(site: string): BuiltPage[] {
  const folder = join(site, POSTS_PATH.slice(1));
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(site, file).split(sep).join('/'), mtimeMs: statSync(file).mtimeMs };
    });
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function started(created: ReturnType<typeof pagefind.createIndex>): Promise<Index> {
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

function checked<T extends { errors: string[] }>(result: T): T {
  if (result.errors.length) throw new Error(`Pagefind could not index the site: ${result.errors.join('; ')}`);
  return result;
}

/** The last build's pages, handed to Pagefind as this build starts. */
interface EarlyPages {
  paths: Set<string>;
  added: Promise<unknown>;
}

/** The pages to add when the build is done, read now, before any later pass rewrites a page. */
type Finish = { all: true } | { all: false; pages: { sourcePath: string; content: string }[] };

function finishing(site: string, early: EarlyPages | undefined, startedAt: number, logger: AstroIntegrationLogger): Finish {
  if (!early) return { all: true };
  const update = indexUpdate(early.paths, postPages(site), startedAt);
  if (update.fresh) {
    logger.info(`Indexing every page afresh: ${update.gone.length} indexed pages are gone (${update.gone[0]} first)`);
    return { all: true };
  }
  return { all: false, pages: update.changed.map((path) => ({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') })) };
}

async function indexSite(site: string, created: ReturnType<typeof pagefind.createIndex>, early: EarlyPages | undefined, finish: Finish, logger: AstroIntegrationLogger): Promise<void> {
  const folder = join(site, SEARCH_INDEX_FOLDER);
  try {
    let index = await started(created);
    // Pages given early that are gone, or an early start that failed: the index starts again, empty.
    const afresh = early !== undefined && (finish.all || !(await early.added.then(() => true, () => false)));
    if (afresh) {
      await index.deleteIndex();
      index = await started(pagefind.createIndex({}));
    }
    if (finish.all || afresh) checked(await index.addDirectory({ path: site, glob: POST_PAGES }));
    else await Promise.all(finish.pages.map(async (page) => checked(await index.addHTMLFile(page))));
    const write = async () => {
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    };
    // Into the folder as the last build left it: Pagefind writes only files that are not there yet.
    await write();
    if (!pruneIndex(folder)) {
      rmSync(folder, { recursive: true, force: true });
      await write();
    }
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    logger.info(`Indexed ${pages} pages for search${finish.all || afresh ? '' : `, ${finish.pages.length} of them read again`}.`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built posts with Pagefind. Pagefind runs in a process of its own, so indexing starts as
 * soon as the pages are built and goes on while the integrations between `start` and `finish` work
 * (it reads and writes no page, only its own folder), and `finish` waits for it. A rebuild starts
 * from the last build's pages (search-index-update.ts). Drafts are never built, so they can never be
 * found.
 */
export function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let outDir = '';
  let startedAt = 0;
  let created: ReturnType<typeof pagefind.createIndex> | undefined;
  let early: EarlyPages | undefined;
  let indexing: Promise<void> | undefined;
  return {
    start: {
      name: 'search-index',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        // Pagefind's process starts with the build, not after it: that took 0.15 s, and an idle one
        // does not keep a failed build's process alive.
        'astro:build:start': () => {
          startedAt = Date.now();
          created = pagefind.createIndex({});
          early = undefined;
          // staleOutput, which runs first, has emptied the output folder unless the last build finished.
          if (existsSync(join(outDir, SEARCH_INDEX_FOLDER, 'pagefind-entry.json'))) {
            // Indexing ahead of the build must not slow it: bundling ran 0.2 s slower beside Pagefind.
            lowerChildPriority('pagefind');
            const paths = new Set(postPages(outDir).map((page) => page.path));
            const added = started(created).then(async (index) => checked(await index.addDirectory({ path: outDir, glob: POST_PAGES })));
            added.catch(() => {}); // only an optimisation: the build's end adds what is needed
            early = { paths, added };
          }
        },
        'astro:build:done': ({ dir, logger }) => {
          const site = fileURLToPath(dir);
          indexing = indexSite(site, created ?? pagefind.createIndex({}), early, finishing(site, early, startedAt, logger), logger);
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
