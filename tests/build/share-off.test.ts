import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readPage } from '../support/dist.ts';
import { ROOT, buildSite, prepareSite } from '../support/sites.ts';

test('with no share services in the site config, posts have no share section and load no share script (Astro still bundles it, unused)', () => {
  const config = readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8');
  const off = config.replace(/^(\s*share:\s*)\[[^\]]*\]/m, '$1[]');
  assert.notEqual(off, config, 'the site config lists share services to turn off');
  const dir = prepareSite('share-off', { 'src/site.config.ts': off });

  const built = buildSite(dir);
  assert.equal(built.status, 0, built.output);
  const dist = join(dir, 'dist');
  const post = readPage(dist, '/blog/rust-is-winning-the-ai-code-generation-race/');
  assert.ok(post.querySelector('article.post'), 'the post page is built');
  assert.equal(post.querySelector('[data-share]'), null);
  const scripts = post.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!);
  assert.ok(scripts.length > 0, 'the page still loads its other scripts');
  assert.deepEqual(scripts.filter((src) => /Share/.test(src)), []);
  // Known by what it does, not its file name: the bundle Astro still writes finds the share buttons.
  const isShareScript = (file: string) => readFileSync(file, 'utf8').includes('data-share-copy');
  const bundled = listFiles(dist).filter((file) => file.endsWith('.js') && isShareScript(join(dist, file)));
  assert.equal(bundled.length, 1, 'the share script is recognised where Astro bundles it');
  assert.deepEqual(scripts.filter((src) => isShareScript(join(dist, src))), [], 'and the post page loads no script that is it');
});
