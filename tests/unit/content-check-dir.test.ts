import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, checkContentDir, formatProblem } from '../../src/lib/content-check.ts';
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

test('the check hands back each valid post as the post schema parses it, so the build can use what it read', () => {
  const root = tempDir('check-data-');
  const blog = join(root, 'src/content/blog');
  mkdirSync(blog, { recursive: true });
  const [post] = generatePosts({ count: 1, prefix: 'data', seed: 5 });
  writeFileSync(join(blog, post!.file), post!.source);
  writeFileSync(join(blog, 'broken.md'), '---\ntitle: No date\ndescription: x\n---\n');
  const { problems, posts } = checkContent(blog, root);
  assert.equal(problems.length, 1, 'the broken post is reported');
  assert.equal(posts.length, 1, 'and only the valid one is handed back');
  assert.equal(posts[0]!.title, post!.title);
  assert.deepEqual(posts[0]!.tags, post!.tags);
  assert.ok(posts[0]!.date instanceof Date && posts[0]!.date.getTime() === post!.date.getTime(), 'dates parsed, as Astro parses them');
  assert.equal(posts[0]!.draft, false, 'defaults filled in');
});
