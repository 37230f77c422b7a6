import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPost, formatProblem } from '../../src/lib/content-check.ts';
import { PLACEHOLDER_DESCRIPTION } from '../../src/lib/post-schema.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('content-check-');
for (const image of ['cover.png', 'chart.png', 'fine.png']) writeFileSync(join(dir, image), '');

function problems(frontmatter: string, body = 'Text.'): string[] {
  return checkPost(join(dir, 'post.md'), `---\n${frontmatter}\n---\n\n${body}\n`).map((problem) =>
    formatProblem({ ...problem, file: 'post.md' }),
  );
}

const valid = 'title: Hello\ndescription: A post\ndate: 2026-02-07';

test('a valid post has no problems', () => {
  assert.deepEqual(problems(`${valid}\ntags: [a, b]\ncover:\n  src: ./cover.png\n  alt: A cover`), []);
});

test('a missing title is named with its file and line', () => {
  assert.deepEqual(problems('description: A post\ndate: 2026-02-07'), ['post.md:1 — title: is required']);
});

test('an empty title is not a title', () => {
  assert.deepEqual(problems('title: "  "\ndescription: A post\ndate: 2026-02-07'), ['post.md:2 — title: must not be empty']);
});

test('a date that is not a date', () => {
  assert.deepEqual(problems('title: Hello\ndescription: A post\ndate: yesterday'), [
    'post.md:4 — date: must be a date such as 2026-02-07, not "yesterday"',
  ]);
  assert.deepEqual(problems('title: Hello\ndescription: A post\ndate: 2026-13-45'), [
    'post.md:4 — date: must be a date that exists: 2026-13-45 does not',
  ]);
});

test('wrong types', () => {
  assert.deepEqual(problems(`${valid}\ntags: rust`), ['post.md:5 — tags: must be a list of tags, such as [rust, ai]']);
  assert.deepEqual(problems(`${valid}\ndraft: "no"`), ['post.md:5 — draft: must be true or false']);
  assert.deepEqual(problems('title: 42\ndescription: A post\ndate: 2026-02-07'), ['post.md:2 — title: must be text']);
});

test('an unknown field is an error, with a suggestion for a misspelling', () => {
  assert.deepEqual(problems(`${valid}\ntgas: [rust]`), [
    'post.md:5 — tgas: is not a known field (did you mean "tags"?); known fields are title, description, date, updated, tags, draft, cover, canonical, toc, series',
  ]);
});

test('updated before date', () => {
  assert.deepEqual(problems(`${valid}\nupdated: 2026-01-01`), ['post.md:5 — updated: must not be before date (2026-02-07)']);
});

test('broken YAML names the line', () => {
  const [problem, ...rest] = problems('title: Hello\ndescription: [unclosed\ndate: 2026-02-07');
  assert.equal(rest.length, 0);
  assert.match(problem!, /^post\.md:\d — frontmatter: is not valid YAML: /);
});

test('a missing frontmatter block', () => {
  assert.deepEqual(
    checkPost(join(dir, 'x.md'), '# Just text\n').map(formatProblem),
    [`${join(dir, 'x.md')}:1 — frontmatter: is missing: start the file with a --- block holding title, description and date`],
  );
});

test('a cover image that does not exist, or has no alt text', () => {
  assert.deepEqual(problems(`${valid}\ncover:\n  src: ./missing.png\n  alt: A cover`), [
    'post.md:6 — cover.src: ./missing.png names an image file that does not exist',
  ]);
  assert.deepEqual(problems(`${valid}\ncover:\n  src: ./cover.png`), ['post.md:5 — cover.alt: is required']);
});

test('images without alt text are named, code blocks are ignored', () => {
  const body = 'Intro.\n\n![](./chart.png)\n\n```md\n![](./in-code.png)\n```\n\n<img src="./raw.png">\n\n![A chart](./fine.png)';
  assert.deepEqual(problems(valid, body), [
    'post.md:9 — image: ./chart.png has no alt text: describe it between the brackets, ![what it shows](./chart.png)',
    'post.md:15 — image: ./raw.png has no alt attribute: add alt="what it shows"',
  ]);
});

test('every problem in a post is reported at once', () => {
  assert.equal(problems('title: ""\ndate: soon\ntgas: []').length, 4);
});

test('the placeholder description npm run new writes is fine in a draft and refused in a published post', () => {
  const placeholder = `description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}`;
  assert.deepEqual(problems(`title: Hello\n${placeholder}\ndate: 2026-02-07\ndraft: true`), []);
  assert.deepEqual(problems(`title: Hello\n${placeholder}\ndate: 2026-02-07`), [
    'post.md:3 — description: is still the placeholder npm run new wrote: say in a sentence or two what the post is about',
  ]);
});

test('a cover written as a path alone says what a cover is', () => {
  assert.deepEqual(problems(`${valid}\ncover: ./cover.png`), [
    'post.md:5 — cover: must be an image and its alt text, such as { src: ./cover.png, alt: What the image shows }',
  ]);
});
