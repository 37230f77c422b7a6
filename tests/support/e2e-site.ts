import { siteDir } from './sites.ts';

/** The browser tests run against the "main" test site, served by `astro preview` on this port (E2E_PORT overrides). */
export const E2E_SITE = siteDir('main');
export const E2E_PORT = Number(process.env.E2E_PORT) || 4329;
