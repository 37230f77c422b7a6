import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { sharedBuiltPages } from '../lib/built-pages.ts';
import { buildPolicy, fillHeaders } from '../lib/csp.ts';
import { normalizeBasePath } from '../site.config.ts';

/**
 * After the build, hashes every inline script and style of every page, and makes the resulting
 * Content-Security-Policy the one in each page's <head> and in `_headers` (from public/_headers).
 * Pages are rendered with the policy their own components need (inline-scripts.ts), so a page is
 * rewritten only when some page has inline content of its own. Runs on the finished HTML, so it must
 * stay the last integration that changes pages; it saves the record of the built pages it shares with
 * the sitemap pass.
 */
export function securityHeaders(pages: ReturnType<typeof sharedBuiltPages>): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBasePath(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        const built = pages.open(root, cacheDir);
        const scans = files.map((file) => built.scan(file));
        const policy = buildPolicy(
          scans.flatMap((scan) => scan.scripts),
          scans.flatMap((scan) => scan.styles),
        );
        // Pages kept from the last build are not even read again.
        const rewritten = files.filter((file) => built.applyPolicy(file, policy.meta)).length;
        pages.close();

        const headers = join(root, '_headers');
        if (existsSync(headers)) writeFileSync(headers, fillHeaders(readFileSync(headers, 'utf8'), policy.header, base));
        else logger.warn('public/_headers is missing: hosts that read it get no security headers');
        const scripts = new Set(scans.flatMap((scan) => scan.scripts)).size;
        const styles = new Set(scans.flatMap((scan) => scan.styles)).size;
        logger.info(`Content-Security-Policy: ${scripts} inline script and ${styles} inline style hashes, in ${files.length} pages (${rewritten} of them rewritten) and _headers`);
      },
    },
  };
}
