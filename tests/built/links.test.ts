import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { checkLinks, formatProblems } from '../support/links.ts';
import { distDir } from '../support/sites.ts';
import { BASE_PATH_SITE } from '../support/test-sites.ts';

const FIXTURE = 'blog/root-relative-links/index.html';
const MDX_FIXTURE = 'blog/fixture-mdx-components/index.html';
const FIRST_POST = 'blog/rust-is-winning-the-ai-code-generation-race/';

const SITES = [
  { name: 'main', base: '/', siteUrl: 'http://localhost:4321' },
  { name: BASE_PATH_SITE.name, base: BASE_PATH_SITE.base, siteUrl: BASE_PATH_SITE.url },
];

for (const { name, base, siteUrl } of SITES) {
  const report = () => checkLinks({ dist: distDir(name), base, siteUrl });

  test(`every internal link, image and fragment of the "${name}" site (base ${base}) resolves`, () => {
    const { pages, checked, fragments, problems } = report();
    assert.ok(pages >= 30, `only ${pages} pages were checked`);
    assert.ok(checked > pages * 10, `only ${checked} links were checked`);
    assert.ok(fragments > 0, 'no #fragment was checked');
    assert.equal(problems.length, 0, `broken links:\n${formatProblems(problems)}`);
  });

  test(`no page or stylesheet of the "${name}" site loads anything from another origin`, () => {
    assert.deepEqual(report().externalLoads.map((ref) => `${ref.from}: ${ref.where} ${ref.url}`), []);
  });

  test(`root-relative links written in a post carry the base path (${base})`, () => {
    const prose = parse(readFileSync(join(distDir(name), FIXTURE), 'utf8')).querySelector('.prose')!;
    const hrefs = prose.querySelector('p')!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    assert.deepEqual(hrefs, [`${base}${FIRST_POST}`, `${base}archive/#y2026`, '#a-heading-to-jump-to']);
    assert.equal(prose.querySelector('img')?.getAttribute('src'), `${base}favicon.svg`);
  });

  test(`root-relative URLs written as JSX in an MDX post carry the base path (${base})`, () => {
    const prose = parse(readFileSync(join(distDir(name), MDX_FIXTURE), 'utf8')).querySelector('.prose')!;
    assert.equal(prose.querySelector('a[href$="archive/"]')?.getAttribute('href'), `${base}archive/`);
    const figure = prose.querySelectorAll('figure img').find((img) => img.getAttribute('alt') === 'The site icon, served from public/');
    assert.equal(figure?.getAttribute('src'), `${base}favicon.svg`);
  });
}
