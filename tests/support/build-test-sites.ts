/** Builds every test site the dist and browser tests read. Run by `npm test`; exits non-zero if a build fails. */
import { buildSite, prepareSite } from './sites.ts';
import { BASE_PATH_SITE, fixtureFiles } from './test-sites.ts';

export const TEST_SITES: { name: string; env: Record<string, string> }[] = [
  { name: 'main', env: {} },
  { name: BASE_PATH_SITE.name, env: BASE_PATH_SITE.env },
];

const files = await fixtureFiles();
for (const { name, env } of TEST_SITES) {
  const started = Date.now();
  const result = buildSite(prepareSite(name, files), env);
  if (result.status !== 0) {
    console.error(result.output);
    console.error(`Building the "${name}" test site failed.`);
    process.exit(1);
  }
  console.log(`Built the "${name}" test site in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
