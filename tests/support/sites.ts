/**
 * Test sites: copies of this project with fixture posts added, built into `.test-sites/<name>/dist`.
 * The real content stays untouched; packages resolve from the project's own node_modules above.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES_DIR = join(ROOT, '.test-sites');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function siteDir(name: string): string {
  return join(SITES_DIR, name);
}

export function distDir(name: string): string {
  return join(siteDir(name), 'dist');
}

/** A fresh copy of the project at `.test-sites/<name>`, plus `files` (paths relative to the copy). */
export function prepareSite(name: string, files: Record<string, string | Buffer> = {}): string {
  return copyProject(siteDir(name), files);
}

/**
 * A fresh copy of the project at `dir`, which must lie inside this project so that packages resolve
 * from its node_modules, plus `files`. `withoutPosts` leaves the real posts out (the benchmark).
 */
export function copyProject(dir: string, files: Record<string, string | Buffer> = {}, { withoutPosts = false } = {}): string {
  const posts = join(ROOT, 'src/content/blog');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (source) => !withoutPosts || !source.startsWith(`${posts}/`) });
  }
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` in a prepared site, with the project's own Node. */
export function buildSite(dir: string, env: Record<string, string> = {}): BuildResult {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function isBuilt(name: string): boolean {
  return existsSync(join(distDir(name), 'index.html'));
}
