import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKey, createRenderCache } from '../../src/lib/feeds/render-cache.ts';

test('each key is rendered once, and every later or concurrent caller gets the same result', async () => {
  const cache = createRenderCache<string>();
  let renders = 0;
  const render = async () => {
    renders++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return 'html';
  };
  const results = await Promise.all([cache.get('a', render), cache.get('a', render), cache.get('a', render)]);
  assert.deepEqual(results, ['html', 'html', 'html']);
  assert.equal(await cache.get('a', render), 'html');
  assert.equal(renders, 1);
  assert.deepEqual(cache.stats, { rendered: 1, reused: 3 });
  await cache.get('b', render);
  assert.equal(renders, 2);
});

test('a failed render is not remembered', async () => {
  const cache = createRenderCache<string>();
  await assert.rejects(cache.get('a', () => Promise.reject(new Error('boom'))), /boom/);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(await cache.get('a', async () => 'fixed'), 'fixed');
});

test('a post edited during dev gets a new key', () => {
  assert.notEqual(contentKey('post', 'digest-1'), contentKey('post', 'digest-2'));
  assert.notEqual(contentKey('post-a', 'same'), contentKey('post-b', 'same'));
});
