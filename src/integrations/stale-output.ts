import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
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
 * It must come before the integrations that read the output folder (sitemap, search, CSP).
 * `ownFolders` are folders another integration writes after this one runs, and cleans itself.
 */
export function staleOutput({ ownFolders = [] }: { ownFolders?: string[] } = {}): AstroIntegration {
  let startedAt = 0;
  let outDir = '';
  let mark = '';
  return {
    name: 'stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        mark = join(fileURLToPath(config.cacheDir), 'output-complete');
      },
      'astro:build:start': () => {
        // Taken before Astro writes anything; file times are compared with it to the millisecond.
        startedAt = Date.now();
        if (existsSync(mark)) rmSync(mark);
        else rmSync(outDir, { recursive: true, force: true });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const outputs = [...assets.values()].flat().map((url) => fileURLToPath(url));
        const removed = removeStale(root, keepRule({ root, startedAt, outputs, ownFolders }));
        if (removed > 0) logger.info(`Removed ${removed} files left by earlier builds`);
        mkdirSync(join(mark, '..'), { recursive: true });
        writeFileSync(mark, new Date().toISOString());
      },
    },
  };
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
