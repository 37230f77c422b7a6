/** The page-weight measure of tests/support counts everything a page pulls in, or the budgets prove nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../support/page-weight.ts';
import { tempDir } from '../support/temp-dir.ts';

test('JavaScript and CSS are followed through files, preloads and static imports, and compressed per file', (t) => {
  const dist = tempDir('weight-');
  t.after(() => rmSync(dist, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'sub/blog/x/index.html':
      '<html><head><link rel="stylesheet" href="/sub/_astro/a.css"><link rel="modulepreload" href="../../_astro/pre.js"><style>p{}</style></head>' +
      '<body><script type="module" src="/sub/_astro/entry.js"></script><script>inline()</script><script type="application/ld+json">{}</script>' +
      '<script src="https://cdn.example/x.js"></script></body></html>',
    '_astro/a.css': '@import "./b.css";a{color:red}',
    '_astro/b.css': 'b{color:blue}',
    '_astro/entry.js': 'import{x}from"./chunk.js";import("./lazy.js");x()',
    '_astro/chunk.js': 'export const x=()=>1',
    '_astro/lazy.js': 'export default 1',
    '_astro/pre.js': 'export {}',
  };
  for (const [path, content] of Object.entries(files)) {
    const file = join(dist, path.replace(/^sub\//, ''));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const weight = pageWeight(dist, '/sub/', 'blog/x/index.html');
  assert.deepEqual(weight.js.parts.sort(), ['_astro/chunk.js', '_astro/entry.js', '_astro/pre.js', 'inline script 2'].sort());
  assert.deepEqual(weight.css.parts.sort(), ['_astro/a.css', '_astro/b.css', 'inline style 1']);
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  assert.equal(weight.js.gzip, gz(files['_astro/entry.js']!) + gz(files['_astro/chunk.js']!) + gz(files['_astro/pre.js']!) + gz('inline()'));
  assert.equal(weight.css.raw, files['_astro/a.css']!.length + files['_astro/b.css']!.length + 'p{}'.length);
});
