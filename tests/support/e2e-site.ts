import { siteDir } from './sites.ts';

/** The browser tests run against the "main" test site, served by `astro preview` on this port (E2E_PORT overrides). */
export const E2E_SITE = siteDir('main');
export const E2E_PORT = Number(process.env.E2E_PORT) || 4329;

/** An `astro dev` server on the same site, for what only the dev server shows. */
export const E2E_DEV_PORT = Number(process.env.E2E_DEV_PORT) || E2E_PORT + 2;
