/**
 * `npm run check`: the content check, then `astro check` (types and .astro files). Both always run, so
 * one report shows everything; the exit code is 1 if either found a problem.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
const content = run([join(import.meta.dirname, 'check-content.ts')]);
const astro = run([join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'check']);
process.exit(content && astro ? 0 : 1);
