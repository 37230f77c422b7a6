/** The benchmark's own arithmetic: build phases from Astro's log, and CPU buckets from profile URLs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outputsOf, phasesOf } from '../../scripts/bench/measure.ts';
import { bucketOf } from '../../scripts/bench/profile.ts';

test('build phases are the gaps between the marker lines of the log, whatever is missing', () => {
  const lines = [
    { ms: 900, text: '13:00:00 [content] Syncing content' },
    { ms: 1500, text: '13:00:01 [content] Synced content' },
    { ms: 1600, text: '13:00:01 [build] ✓ Completed in 700ms.' },
    { ms: 1700, text: '13:00:01 [build] Building static entrypoints...' },
    { ms: 2500, text: ' generating static routes ' },
    { ms: 4000, text: '13:00:04 [build] ✓ Completed in 2.3s.' },
    { ms: 4300, text: '13:00:04 [build] Complete!' },
  ];
  assert.deepEqual(phasesOf(lines, 4400), [
    { name: 'start-up (config, Vite, integrations)', ms: 900 },
    { name: 'content sync (frontmatter, Markdown to HTML)', ms: 600 },
    { name: 'types and build set-up', ms: 200 },
    { name: 'bundling (Vite)', ms: 800 },
    { name: 'rendering pages', ms: 1500 },
    { name: 'after the build (integrations: sitemap, CSP, …)', ms: 300 },
    { name: 'exit', ms: 100 },
  ]);
});

test('profile time is counted per package, per source file, or per bundled chunk', () => {
  assert.equal(bucketOf('file:///p/node_modules/zod/v4/core/core.js', 'f'), 'zod');
  assert.equal(bucketOf('file:///p/node_modules/@shikijs/core/dist/index.mjs', 'f'), '@shikijs/core');
  assert.equal(bucketOf('file:///p/.cache/bench/x/site/src/lib/tags.ts', 'f'), 'src/lib/tags.ts');
  assert.equal(bucketOf('file:///p/.cache/bench/x/site/dist/.prerender/chunks/TagList_DCgcSBgh.mjs', 'f'), '(site bundle) TagList.mjs');
  assert.equal(bucketOf('node:fs', 'readFileSync'), 'node: built-ins');
  assert.equal(bucketOf('', '(garbage collector)'), '(garbage collector)');
});

test('outputs are counted by the log’s tree marks, reused ones by (restored) or (cached), however lines interleave', () => {
  const lines = ['  ├─ /a/index.html (+3ms)', '  ├─ /b/index.html (restored)', '  ├─ /c.png (cached) ', '  ├─ /d/index.html  ├─ /e/index.html (restored)', ' (+1ms)', '13:00:04 [build] ✓ Completed in 2.3s.'];
  assert.deepEqual(outputsOf(lines.map((text, ms) => ({ ms, text }))), { outputs: 5, reused: 3 });
});
