/**
 * Weight budgets, on the built files rather than on timings: the JavaScript and CSS every post page
 * loads, compressed with gzip (level 9; every host serves gzip, and brotli only makes it smaller).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlPages } from '../support/dist.ts';
import { pageWeight, type PageWeight } from '../support/page-weight.ts';
import { distDir } from '../support/sites.ts';

const KB = 1024;
const JS_BUDGET = 10 * KB;
const CSS_BUDGET = 15 * KB;

const dist = distDir('main');
const posts = htmlPages(dist).filter((page) => /^blog\/[^/]+\/index\.html$/.test(page));
const weights = new Map<string, PageWeight>(posts.map((page) => [page, pageWeight(dist, '/', page)]));
const heaviest = (kind: 'js' | 'css') => [...weights].sort((a, b) => b[1][kind].gzip - a[1][kind].gzip)[0]!;
const describe = ([page, weight]: [string, PageWeight], kind: 'js' | 'css') =>
  `${page}: ${weight[kind].gzip} B gzip, ${weight[kind].brotli} B brotli, ${weight[kind].raw} B raw (${weight[kind].parts.join(', ')})`;

test('the budgets are measured on every post page, and each loads some CSS', () => {
  assert.ok(posts.length >= 25, `only ${posts.length} post pages`);
  for (const [page, weight] of weights) assert.ok(weight.css.gzip > 1000, `${page} loads no stylesheet?`);
});

test(`no post page loads more than ${JS_BUDGET / KB} KB of JavaScript, gzip-compressed`, () => {
  const worst = heaviest('js');
  console.log(`heaviest JavaScript: ${describe(worst, 'js')}`);
  assert.ok(worst[1].js.gzip < JS_BUDGET, describe(worst, 'js'));
});

test(`no post page loads more than ${CSS_BUDGET / KB} KB of CSS, gzip-compressed`, () => {
  const worst = heaviest('css');
  console.log(`heaviest CSS: ${describe(worst, 'css')}`);
  assert.ok(worst[1].css.gzip < CSS_BUDGET, describe(worst, 'css'));
});
