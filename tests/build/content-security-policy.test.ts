import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspHash, pagePolicy } from '../../src/lib/csp.ts';
import { htmlPages } from '../support/dist.ts';
import { buildSite, prepareSite } from '../support/sites.ts';

const STYLE = '.own-style { color: rebeccapurple; }';

test('pages are rendered with the policy they need; a post with inline content of its own widens it on every page', () => {
  const dir = prepareSite('csp-pass', {
    'src/content/blog/styled.md': `---\ntitle: Styled\ndescription: A post with a style of its own.\ndate: 2020-01-01\n---\n\n<style>${STYLE}</style>\n\nSome text.\n`,
  });
  const rewriteCount = (output: string) => Number(/in (\d+) pages \((\d+) of them rewritten\)/.exec(output)?.[2]);

  const built = buildSite(dir);
  assert.equal(built.status, 0, built.output);
  const pages = htmlPages(join(dir, 'dist'));
  assert.ok(pages.length > 5);
  for (const page of pages) {
    const policy = pagePolicy(readFileSync(join(dir, 'dist', page), 'utf8'));
    assert.match(policy ?? '', new RegExp(`style-src 'self' ${cspHash(STYLE).replace(/[+/]/g, '\\$&')}`), `${page} allows the post's style`);
  }
  assert.equal(rewriteCount(built.output), pages.length, 'the wider policy was written into every page');

  // Without the post's style, the policy each page was rendered with is the right one: nothing is rewritten.
  const plain = prepareSite('csp-pass');
  const rebuilt = buildSite(plain);
  assert.equal(rebuilt.status, 0, rebuilt.output);
  assert.equal(rewriteCount(rebuilt.output), 0);
  for (const page of htmlPages(join(plain, 'dist'))) {
    assert.doesNotMatch(pagePolicy(readFileSync(join(plain, 'dist', page), 'utf8')) ?? 'none', /style-src 'self' '/, `${page} allows no inline style`);
  }
});
