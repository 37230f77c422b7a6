import { siteDir } from './sites.ts';

/** The browser tests run against the "main" test site, served by `astro preview` on this port. */
export const E2E_SITE = siteDir('main');
export const E2E_PORT = 4329;
