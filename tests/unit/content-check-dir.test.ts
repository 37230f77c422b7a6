import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir, formatProblem } from '../../src/lib/content-check.ts';
import { generatePosts } from '../support/generate-posts.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a hundred posts are checked at once, every problem in every post reported', () => {
  const root = tempDir('check-dir-');
  const blog = join(root, 'src/content/blog');
  mkdirSync(blog, { recursive: true });
  const posts = generatePosts({ count: 100, words: 1200, prefix: 'bulk', seed: 3 });
  for (const post of posts) writeFileSync(join(blog, post.file), post.source);

  let started = performance.now();
  assert.deepEqual(checkContentDir(blog, root), []);
  console.log(`checked ${posts.length} valid posts in ${Math.round(performance.now() - started)} ms`);

  // Break three posts in three ways; all three problems come back in one run.
  const broken = (index: number, edit: (source: string) => string) => {
    const post = posts[index]!;
    writeFileSync(join(blog, post.file), edit(post.source));
    return join('src/content/blog', post.file);
  };
  const a = broken(4, (s) => s.replace(/^title: .*\n/m, ''));
  const b = broken(50, (s) => s.replace(/^tags: /m, 'tgas: '));
  const c = broken(99, (s) => `${s}\n![](./missing.png)\n`);
  started = performance.now();
  const problems = checkContentDir(blog, root).map(formatProblem);
  console.log(`checked ${posts.length} posts with 3 problems in ${Math.round(performance.now() - started)} ms`);
  assert.equal(problems.length, 4);
  assert.ok(problems.some((line) => line.startsWith(`${a}:1 — title: is required`)));
  assert.ok(problems.some((line) => line.startsWith(`${b}:5 — tgas: is not a known field (did you mean "tags"?)`)));
  assert.ok(problems.some((line) => line.startsWith(`${c}:`) && line.includes('— image: ./missing.png has no alt text')));
  assert.ok(problems.some((line) => line.startsWith(`${c}:`) && line.includes('— image: ./missing.png names an image file that does not exist')));
});
