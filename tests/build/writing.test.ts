import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, prepareSite, ROOT } from '../support/sites.ts';

const IMAGE = join(ROOT, 'tests/fixtures/posts/fixture-mdx-components/small-diagram.png');
const INVALID = join(ROOT, 'tests/fixtures/invalid-posts');

function run(script: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('an image without alt text fails the build, naming the file, the line and the image', () => {
  const dir = prepareSite('bad-images', {
    'src/content/blog/no-alt/index.md': '---\ntitle: T\ndescription: D\ndate: 2025-01-01\n---\n\nText.\n\n![](./chart.png)\n',
    'src/content/blog/figure-no-alt/index.mdx':
      '---\ntitle: T\ndescription: D\ndate: 2025-01-01\n---\n\n<Figure src="./chart.png" alt="" />\n\n<Figure\n  src="./chart.png"\n/>\n',
  });
  copyFileSync(IMAGE, join(dir, 'src/content/blog/no-alt/chart.png'));
  copyFileSync(IMAGE, join(dir, 'src/content/blog/figure-no-alt/chart.png'));
  const result = buildSite(dir);
  assert.notEqual(result.status, 0, 'the build fails');
  for (const line of [
    'src/content/blog/no-alt/index.md:9 — image: ./chart.png has no alt text',
    'src/content/blog/figure-no-alt/index.mdx:9 — image: <Figure src="./chart.png"> has no alt text',
  ]) {
    assert.ok(result.output.includes(line), `expected\n  ${line}\nin\n${result.output}`);
  }
  assert.equal(existsSync(join(dir, 'dist')), false, 'nothing was written');
});

test('npm run new creates a draft that builds; the same title again is refused', () => {
  const dir = prepareSite('new-post');
  const first = run('scripts/new-post.ts', ['Notes on', 'Writing: MDX'], dir);
  assert.equal(first.status, 0, first.stderr);
  const file = join(dir, 'src/content/blog/notes-on-writing-mdx/index.mdx');
  assert.match(first.stdout, /Created src\/content\/blog\/notes-on-writing-mdx\/index\.mdx/);
  assert.match(first.stdout, /http:\/\/localhost:4321\/blog\/notes-on-writing-mdx\//);
  const source = readFileSync(file, 'utf8');
  assert.match(source, /^draft: true$/m);
  assert.match(source, /^tags: \[\]$/m);

  const again = run('scripts/new-post.ts', ['Notes on writing: MDX!'], dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /notes-on-writing-mdx already exists/);
  assert.equal(readFileSync(file, 'utf8'), source, 'the existing post is untouched');

  const draftBuild = buildSite(dir);
  assert.equal(draftBuild.status, 0, draftBuild.output);
  assert.equal(existsSync(join(dir, 'dist/blog/notes-on-writing-mdx/index.html')), false, 'a draft is not published');

  // Published (dated before the build so it is not scheduled), it becomes a page with its title, once its
  // description is the author's own.
  const publishedSource = source.replace('draft: true', 'draft: false').replace(/^date: .*$/m, 'date: 2025-01-01');
  writeFileSync(file, publishedSource);
  const placeholder = buildSite(dir);
  assert.notEqual(placeholder.status, 0, 'the placeholder description is not published');
  assert.match(placeholder.output, /index\.mdx:3 — description: is still the placeholder npm run new wrote/);
  writeFileSync(file, publishedSource.replace(/^description: .*$/m, 'description: How to write posts in MDX.'));
  const published = buildSite(dir);
  assert.equal(published.status, 0, published.output);
  assert.match(readFileSync(join(dir, 'dist/blog/notes-on-writing-mdx/index.html'), 'utf8'), /<h1[^>]*>Notes on Writing: MDX/);
});

test('the content check names each fixture’s problem with its file, line and field, and exits 1', () => {
  const result = run('scripts/check-content.ts', [INVALID], ROOT);
  assert.equal(result.status, 1);
  const lines = result.stderr.split('\n').filter((line) => line.includes(' — '));
  const lineOf = (file: string, pattern: RegExp) => readFileSync(join(INVALID, file), 'utf8').split('\n').findIndex((line) => pattern.test(line)) + 1;
  /** file, the line the problem is on, the field, and the start of the message. */
  const expected: [string, RegExp, string, string][] = [
    ['missing-title.md', /^---$/, 'title', 'is required'],
    ['misspelled-field.md', /^tgas:/, 'tgas', 'is not a known field (did you mean "tags"?)'],
    ['date-not-a-date.mdx', /^date:/, 'date', 'must be a date'],
    ['image-without-alt/index.md', /^!\[\]\(\.\/chart-without-alt/, 'image', './chart-without-alt.png has no alt text'],
    ['figure-without-alt/index.mdx', /^<Figure$/, 'image', '<Figure src="./diagram.png"> has no alt text'],
    ['figure-missing-image.mdx', /^<Figure/, 'image', '<Figure src="./no-such-image.png"> names an image file that does not exist'],
    ['callout-unknown-type.mdx', /type="info"/, 'Callout', 'type="info" is not a kind of callout'],
    ['alert-unknown-kind.md', /^> \[!INFO\]/, 'alert', '> [!INFO] is not a kind of alert: use NOTE, TIP'],
    ['public-image-missing.md', /no-such-chart/, 'image', '/images/no-such-chart.png names a file from the site root that public/ does not have'],
    ['link-to-nowhere.md', /misspelled-feild/, 'link', '/blog/misspelled-feild/ leads to no post (did you mean /blog/misspelled-field/?)'],
    ['mdx-unclosed-tag.mdx', /^<Details/, 'mdx', 'Expected a closing tag for <Details>'],
  ];
  const posts = readdirSync(INVALID, { recursive: true }).filter((file) => /\.mdx?$/.test(String(file)));
  assert.equal(posts.length, expected.length, 'one expectation per fixture');
  for (const [file, line, field, message] of expected) {
    const prefix = `${relative(ROOT, join(INVALID, file))}:${lineOf(file, line)} — ${field}: ${message}`;
    assert.ok(lines.some((line) => line.startsWith(prefix)), `expected a line starting\n  ${prefix}\nin\n${result.stderr}`);
  }
  assert.equal(lines.length, expected.length, 'one problem per fixture, no more');
  assert.match(result.stderr, new RegExp(`${expected.length} problems in ${expected.length} posts`));

  const clean = run('scripts/check-content.ts', [], ROOT);
  assert.equal(clean.status, 0, clean.stderr);
});

test('npm run check reports content problems, still runs astro check, and exits 1', () => {
  const dir = prepareSite('check', {
    'src/content/blog/broken.mdx': '---\ntitle: Broken\ndescription: D\ndate: 2025-01-01\n---\n\n<Callout type="info">x</Callout>\n',
  });
  const result = run('scripts/check.ts', [], dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^src\/content\/blog\/broken\.mdx:7 — Callout: type="info" is not a kind of callout/m);
  assert.match(result.stdout, /0 errors/, 'astro check ran too');
});
