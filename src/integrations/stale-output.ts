import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Lets a rebuild keep the last build's output folder, so pages the incremental build reuses stay where
 * they are instead of being copied back one by one (with the folder emptied first, a warm rebuild of
 * 1,000 posts spent two seconds restoring files). Astro is told not to empty the folder
 * (`vite.build.emptyOutDir: false`), and this integration does what emptying did:
 * - when the build is done, every file that this build neither wrote nor kept as a reused page is
 *   deleted: the pages of posts that were removed or unpublished, old assets, an old search index;
 * - a build that did not get to its end leaves no mark, and the next one starts from an empty folder,
 *   since pages it rendered may no longer match what Astro's cache says they are.
 * Astro's incremental build also keeps a copy of every page it writes (in `<cacheDir>/dist/`), to restore
 * pages into an emptied folder. With the folder kept those copies are only ever read for a page that is
 * missing from it, so that copy folder is made a link to the output folder itself: a first build of 1,000
 * posts then creates 4,000 fewer files and folders, which cost 2 to 3 s of CPU on this machine's disk
 * (see `linkCopiesToOutput`).
 * It must come before the integrations that read the output folder (sitemap, search, CSP).
 * `ownFolders` are folders another integration writes after this one runs, and cleans itself.
 */
export function staleOutput({ ownFolders = [] }: { ownFolders?: string[] } = {}): AstroIntegration {
  let startedAt = 0;
  let projectRoot = '';
  let outDir = '';
  let cacheDir = '';
  let mark = '';
  return {
    name: 'stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        mark = join(cacheDir, 'output-complete');
      },
      'astro:build:start': ({ logger }) => {
        // Taken before Astro writes anything; file times are compared with it to the millisecond.
        startedAt = Date.now();
        if (existsSync(mark)) rmSync(mark);
        else rmSync(outDir, { recursive: true, force: true });
        linkCopiesToOutput(join(cacheDir, 'dist'), outDir);
        // Astro deletes the copy of a page whose route is gone, which is now the page: a route moved to
        // another file could lose the page it now builds. Such a build renders everything instead.
        const manifest = join(cacheDir, 'incremental-build.json');
        const gone = goneRoutes(manifest, projectRoot);
        if (gone.length > 0) {
          rmSync(manifest);
          logger.info(`Rendering every page: the last build's routes ${gone.join(', ')} are gone`);
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const outputs = [...assets.values()].flat().map((url) => fileURLToPath(url));
        // Without the mark, the next build starts from an empty folder.
        const missing = outputs.filter((file) => !existsSync(file));
        if (missing.length > 0) {
          throw new Error(`${missing.length} built files went missing before the build ended (${relative(root, missing[0]!)} first); build again, from scratch.`);
        }
        const removed = removeStale(root, keepRule({ root, startedAt, outputs, ownFolders }));
        if (removed > 0) logger.info(`Removed ${removed} files left by earlier builds`);
        mkdirSync(join(mark, '..'), { recursive: true });
        writeFileSync(mark, new Date().toISOString());
      },
    },
  };
}

/**
 * Makes `copies` (Astro's folder of copies of built pages) a link to the output folder, replacing the
 * folder of real copies an earlier build left. Astro writes each copy right after its page, with the
 * same bytes, so the page is simply written twice. It restores a page from its copy only when the page
 * is missing from the output folder; then the copy is missing too, and the page is rendered again.
 */
export function linkCopiesToOutput(copies: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  let target: string | undefined;
  try {
    target = readlinkSync(copies);
  } catch {
    // not a link, or not there
  }
  if (target !== undefined && resolve(dirname(copies), target) === resolve(outDir)) return;
  rmSync(copies, { recursive: true, force: true });
  mkdirSync(dirname(copies), { recursive: true });
  symlinkSync(resolve(outDir), copies, 'junction');
}

/** The route files the last build's incremental manifest names that are no longer there. */
export function goneRoutes(manifestFile: string, root: string): string[] {
  let routes: unknown;
  try {
    routes = JSON.parse(readFileSync(manifestFile, 'utf8')).routes;
  } catch {
    return [];
  }
  return Object.keys(routes ?? {}).filter((component) => !existsSync(join(root, component)));
}

/**
 * What this build produced: files written since it started, the pages it generated or reused, and
 * whatever is in folders other integrations manage.
 */
export function keepRule(build: { root: string; startedAt: number; outputs: string[]; ownFolders: string[] }): (file: string, mtimeMs: number) => boolean {
  const outputs = new Set(build.outputs);
  const owned = build.ownFolders.map((folder) => join(build.root, folder, sep));
  return (file, mtimeMs) => mtimeMs >= build.startedAt || outputs.has(file) || owned.some((folder) => file.startsWith(folder));
}

/** Deletes the files under `root` that `keep` refuses, then the folders left empty. Returns how many files went. */
export function removeStale(root: string, keep: (file: string, mtimeMs: number) => boolean): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (keep(path, statSync(path).mtimeMs)) {
        empty = false;
      } else {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return empty;
  };
  if (existsSync(root)) walk(root);
  return removed;
}
