import { siteDir } from './sites.ts';
import { BASE_PATH_SITE } from './test-sites.ts';

/** The browser tests run against the "main" test site, served by `astro preview` on this port (E2E_PORT overrides). */
export const E2E_SITE = siteDir('main');
export const E2E_PORT = Number(process.env.E2E_PORT) || 4329;

/** An `astro dev` server on the same site, for what only the dev server shows. */
export const E2E_DEV_PORT = Number(process.env.E2E_DEV_PORT) || E2E_PORT + 2;

/** The "sub" test site (built under BASE_PATH=/sub), served under /sub/ with its _headers, for what must work under a base path. */
export const E2E_SUB_SITE = BASE_PATH_SITE;
export const E2E_SUB_PORT = Number(process.env.E2E_SUB_PORT) || E2E_PORT + 4;
export const E2E_SUB_DIR = siteDir(BASE_PATH_SITE.name);

/** The "main" test site served with the headers of its dist/_headers, as Netlify or Cloudflare Pages would. */
export const E2E_HEADERS_PORT = Number(process.env.E2E_HEADERS_PORT) || E2E_PORT + 6;
