import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, cspHash, fillHeaders, inlineContent, insertPolicyMeta } from '../lib/csp.ts';

/**
 * After the build, hashes every inline script and style of every page, writes the resulting
 * Content-Security-Policy into each page's <head> and into `_headers` (from public/_headers). Runs on
 * the finished HTML, so it must stay the last integration that changes pages.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        // Two passes over the files rather than every page held in memory at once.
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const page of pages) {
          const inline = inlineContent(readFileSync(page, 'utf8'));
          for (const script of inline.scripts) scripts.add(cspHash(script));
          for (const style of inline.styles) styles.add(cspHash(style));
        }
        const policy = buildPolicy(scripts, styles);
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          const updated = insertPolicyMeta(html, policy.meta);
          if (updated !== html) writeFileSync(page, updated); // pages kept from the last build often need nothing
        }

        const headers = join(root, '_headers');
        if (existsSync(headers)) writeFileSync(headers, fillHeaders(readFileSync(headers, 'utf8'), policy.header, base));
        else logger.warn('public/_headers is missing: hosts that read it get no security headers');
        logger.info(`Content-Security-Policy: ${scripts.size} inline script and ${styles.size} inline style hashes, in ${pages.length} pages and _headers`);
      },
    },
  };
}
