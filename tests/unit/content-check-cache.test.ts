import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { ContentCheckCache } from '../../src/lib/content-check-cache.ts';
import { tempDir } from '../support/temp-dir.ts';

const post = (title: string, body = 'Text.') => `---\ntitle: ${title}\ndescription: D\ndate: 2026-02-07\ntags: [a]\n---\n\n${body}\n`;

function site() {
  const root = tempDir('check-cache-');
  const blog = join(root, 'src/content/blog');
  mkdirSync(join(blog, 'pictured'), { recursive: true });
  writeFileSync(join(blog, 'plain.md'), post('Plain'));
  writeFileSync(join(blog, 'pictured/index.md'), post('Pictured', '![A chart](./chart.png)'));
  writeFileSync(join(blog, 'pictured/chart.png'), 'png');
  writeFileSync(join(blog, 'broken.md'), '---\ntitle: No date\ndescription: D\n---\n');
  const record = join(tempDir('check-cache-record-'), 'content-check.json');
  const check = (code = 'code-1') => {
    const cache = new ContentCheckCache(record, code);
    const result = checkContent(blog, root, { cache });
    cache.save();
    return { ...result, problems: result.problems.map(formatProblem) };
  };
  return { blog, record, check };
}

test('a clean post is not checked again while its text and the files it names are unchanged', () => {
  const { check } = site();
  const first = check();
  assert.equal(first.reused, 0);
  const second = check();
  assert.equal(second.reused, 2, 'both clean posts are reused');
  assert.deepEqual(second.posts, first.posts, 'and parsed as before');
  assert.ok(second.posts.every((data) => data.date instanceof Date && data.date.toISOString() === '2026-02-07T00:00:00.000Z'), 'dates stay dates');
  assert.deepEqual(second.problems, first.problems, 'a post with problems is checked and reported every time');
  assert.equal(second.problems.length, 1);
});

test('an edited post, a removed image and other checking code are each checked again', () => {
  const { blog, record, check } = site();
  check();
  writeFileSync(join(blog, 'plain.md'), post('Plain', '![](./gone.png)'));
  const edited = check();
  assert.equal(edited.reused, 1);
  assert.ok(edited.problems.some((line) => line.startsWith('src/content/blog/plain.md:8 — image: ./gone.png has no alt text')));

  rmSync(join(blog, 'pictured/chart.png'));
  const removed = check();
  assert.equal(removed.reused, 0, 'the pictured post named a file that is gone');
  assert.ok(removed.problems.some((line) => line.startsWith('src/content/blog/pictured/index.md:8 — image: ./chart.png names an image file that does not exist')));

  writeFileSync(join(blog, 'pictured/chart.png'), 'png');
  writeFileSync(join(blog, 'plain.md'), post('Plain'));
  check();
  assert.equal(check().reused, 2);
  assert.equal(check('code-2').reused, 0, 'verdicts of other code are not trusted');

  rmSync(join(blog, 'plain.md'));
  check();
  assert.deepEqual(Object.keys((JSON.parse(readFileSync(record, 'utf8')) as { posts: object }).posts), ['src/content/blog/pictured/index.md'], 'only posts that are there are kept');
});

test('a post that names an image of public/ is checked again when that image is removed', () => {
  const { blog, check } = site();
  const root = join(blog, '../../..');
  mkdirSync(join(root, 'public'), { recursive: true });
  writeFileSync(join(root, 'public/logo.svg'), '<svg/>');
  writeFileSync(join(blog, 'plain.md'), post('Plain', '![The logo](/logo.svg)'));
  check();
  assert.equal(check().reused, 2, 'clean while public/ has the image');
  rmSync(join(root, 'public/logo.svg'));
  const removed = check();
  assert.equal(removed.reused, 1);
  assert.ok(removed.problems.some((line) => line.startsWith('src/content/blog/plain.md:8 — image: /logo.svg names a file from the site root that public/ does not have')), removed.problems.join('\n'));
});

test('a kept post’s links are checked again every time: another post turning draft breaks them', () => {
  const { blog, check } = site();
  writeFileSync(join(blog, 'plain.md'), post('Plain', 'See [the pictured post](/blog/pictured/#a-section).'));
  writeFileSync(join(blog, 'pictured/index.md'), post('Pictured', '## A section\n\n![A chart](./chart.png)'));
  assert.deepEqual(check().problems.filter((line) => line.includes('— link:')), []);
  const kept = check();
  assert.equal(kept.reused, 2, 'both posts are reused, their links and ids with them');
  assert.deepEqual(kept.problems.filter((line) => line.includes('— link:')), []);

  writeFileSync(join(blog, 'pictured/index.md'), post('Pictured', '## Renamed\n\n![A chart](./chart.png)').replace('tags: [a]', 'tags: [a]\ndraft: true'));
  const broken = check();
  assert.equal(broken.reused, 1, 'the linking post itself is unchanged and reused');
  assert.deepEqual(broken.problems.filter((line) => line.includes('— link:')), [
    'src/content/blog/plain.md:8 — link: /blog/pictured/#a-section leads to a draft, which is never published: publish it first, or link to it once it is',
    'src/content/blog/plain.md:8 — link: /blog/pictured/#a-section: /blog/pictured/ has no section or element with the id "a-section"',
  ]);
});
