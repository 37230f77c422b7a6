import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkLinks, formatProblems } from '../support/links.ts';
import { site } from '../../src/site.config.ts';
import { buildSite, prepareSite, ROOT } from '../support/sites.ts';

/**
 * Five posts, newest first: alpha, bravo and charlie share a tag (so they are related and neighbours);
 * delta and echo have tags of their own, and neither shows bravo anywhere.
 */
const POSTS = [
  ['alpha', 'Alpha post', '2020-01-05', 'shared'],
  ['bravo', 'Bravo post', '2020-01-04', 'shared'],
  ['charlie', 'Charlie post', '2020-01-03', 'shared'],
  ['delta', 'Delta post', '2020-01-02', 'lonely'],
  ['echo', 'Echo post', '2020-01-01', 'solitary'],
] as const;

const source = (title: string, date: string, tag: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: The ${title.toLowerCase()}.\ndate: ${date}\ntags: [${tag}]${extra}\n---\n\nSome text of the ${title.toLowerCase()}.\n`;

const postFile = (id: string) => `src/content/blog/${id}.md`;

/** The output paths a build reused from the previous one instead of rendering. */
const reusedPaths = (output: string) => new Set([...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]));

/** The search index's page fragments, as text. */
const fragments = (dir: string) => {
  const folder = join(dir, 'dist/pagefind/fragment');
  return readdirSync(folder).map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'));
};

/** What must hold of any build's output, however much of it was reused. */
function assertWhole(dir: string, withPolicy = ['index.html', 'blog/echo/index.html', 'blog/alpha/index.html']): void {
  const dist = join(dir, 'dist');
  const { pages, problems } = checkLinks({ dist, base: '/', siteUrl: 'http://localhost:4321' });
  assert.ok(pages > 10, `only ${pages} pages`);
  assert.equal(problems.length, 0, `broken links after a rebuild:\n${formatProblems(problems)}`);
  for (const page of withPolicy) {
    const policies = readFileSync(join(dist, page), 'utf8').match(/http-equiv="content-security-policy"/g) ?? [];
    assert.equal(policies.length, 1, `${page} has one Content-Security-Policy`);
  }
  assert.ok(readdirSync(join(dist, 'pagefind')).some((file) => file.startsWith('pagefind-entry')), 'the search index is there');
}

test('a rebuild renders again exactly the pages that show a changed post, and drops an unpublished one everywhere', () => {
  const dir = prepareSite('incremental', Object.fromEntries(POSTS.map(([id, title, date, tag]) => [postFile(id), source(title, date, tag)])));
  const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
  const env = { BUILD_TIME: '2026-11-01T00:00:00Z' };

  const first = buildSite(dir, env);
  assert.equal(first.status, 0, first.output);
  assert.equal(reusedPaths(first.output).size, 0, 'a first build renders everything');
  const bravoCard = readFileSync(join(dir, 'dist/og/blog/bravo.png'));

  // Bravo is renamed: every page that links or lists it must show the new title.
  writeFileSync(join(dir, postFile('bravo')), source('Bravo renamed', '2020-01-04', 'shared'));
  const second = buildSite(dir, env);
  assert.equal(second.status, 0, second.output);
  const reused = reusedPaths(second.output);
  for (const path of ['/blog/delta/index.html', '/blog/echo/index.html', '/tags/lonely/index.html', '/tags/lonely/rss.xml', '/og/blog/echo.png', '/icons/64.png']) {
    assert.ok(reused.has(path), `${path} shows nothing of bravo and is reused`);
  }
  for (const path of ['/blog/alpha/index.html', '/blog/bravo/index.html', '/blog/charlie/index.html', '/tags/shared/index.html', '/tags/shared/rss.xml', '/og/blog/bravo.png']) {
    assert.ok(!reused.has(path), `${path} shows bravo and is rendered again`);
  }
  for (const path of ['blog/alpha/index.html', 'blog/charlie/index.html', 'tags/shared/index.html', 'tags/shared/rss.xml', 'rss.xml', 'archive/index.html']) {
    assert.match(read(path), /Bravo renamed/, `${path} shows the new title`);
    assert.doesNotMatch(read(path), /Bravo post/, `${path} no longer shows the old one`);
  }
  assert.ok(!readFileSync(join(dir, 'dist/og/blog/bravo.png')).equals(bravoCard), 'bravo gets a new social card');
  for (const path of ['rss.xml', 'feed.json', 'tags/shared/rss.xml']) {
    assert.match(read(path), /Some text of the bravo renamed/, `${path} carries bravo's new text`);
    assert.doesNotMatch(read(path), /Some text of the bravo post/, `${path} no longer carries its old text`);
    assert.match(read(path), /Some text of the alpha post/, `${path} still carries the posts that did not change`);
  }
  // The search index started from the last build's pages and took in again the three that show bravo.
  assert.match(second.output, /Indexed 6 pages for search, 3 of them read again/);
  assert.equal(fragments(dir).length, readdirSync(join(dir, 'dist/blog')).length, 'one search fragment per post');
  assert.equal(fragments(dir).filter((text) => text.includes('bravo renamed')).length, 1, 'search finds bravo by its new text');
  assert.equal(fragments(dir).filter((text) => text.includes('bravo post')).length, 0, 'and no longer by its old text');
  assertWhole(dir);

  // Charlie becomes a draft: gone from every output, and its neighbours now link each other.
  writeFileSync(join(dir, postFile('charlie')), source('Charlie post', '2020-01-03', 'shared', '\ndraft: true'));
  const third = buildSite(dir, env);
  assert.equal(third.status, 0, third.output);
  assert.ok(reusedPaths(third.output).has('/blog/echo/index.html'), 'echo is still reused');
  assert.equal(existsSync(join(dir, 'dist/blog/charlie')), false, 'the draft has no page');
  assert.equal(existsSync(join(dir, 'dist/og/blog/charlie.png')), false, 'the draft has no card');
  for (const path of ['blog/bravo/index.html', 'blog/alpha/index.html', 'tags/shared/index.html', 'tags/shared/rss.xml', 'rss.xml', 'feed.json', 'sitemap-0.xml', 'archive/index.html']) {
    assert.doesNotMatch(read(path), /Charlie post|blog\/charlie\//, `${path} shows nothing of the draft`);
  }
  assert.match(read('blog/delta/index.html'), /Bravo renamed/, 'delta’s newer neighbour is now bravo');
  assert.match(third.output, /Indexing every page afresh: 1 indexed pages are gone \(blog\/charlie\/index.html first\)/);
  const posts = readdirSync(join(dir, 'dist/blog')).length;
  assert.equal(fragments(dir).length, posts, 'the search index holds the published posts and nothing older');
  assert.ok(!fragments(dir).some((text) => /charlie/i.test(text)), 'nothing of the draft can be found or read in the search index');
  assertWhole(dir);

  // A file the search index does not name is removed; metadata this build cannot read gets the index written afresh.
  const index = join(dir, 'dist/pagefind');
  writeFileSync(join(index, 'fragment/en_stray.pf_fragment'), 'not a fragment');
  const fourth = buildSite(dir, env);
  assert.equal(fourth.status, 0, fourth.output);
  assert.ok(!readdirSync(join(index, 'fragment')).includes('en_stray.pf_fragment'));
  assert.equal(fragments(dir).length, posts);
  const metaFile = readdirSync(index).find((name) => name.endsWith('.pf_meta'))!;
  writeFileSync(join(index, metaFile), 'unreadable');
  writeFileSync(join(index, 'fragment/en_stray.pf_fragment'), 'not a fragment');
  const fifth = buildSite(dir, env);
  assert.equal(fifth.status, 0, fifth.output);
  assert.ok(!readdirSync(join(index, 'fragment')).includes('en_stray.pf_fragment'));
  const metas = readdirSync(index).filter((name) => name.endsWith('.pf_meta'));
  assert.equal(metas.length, 1, 'one current metadata file');
  assert.doesNotThrow(() => gunzipSync(readFileSync(join(index, metas[0]!))), 'and a readable one');
  assert.equal(fragments(dir).length, posts);
  assertWhole(dir);
});

test('Astro keeps no second copy of the built pages, and a route moved to another file still builds its pages', () => {
  const route = (param: string) => `---\nexport function getStaticPaths() {\n  return [{ params: { ${param}: '1' }, cacheKey: 'one' }];\n}\n---\n<html lang="en"><head><title>Extra</title></head><body><p>Extra page from ${param}</p></body></html>\n`;
  const dir = prepareSite('incremental-route', { [postFile('echo')]: source('Echo post', '2020-01-01', 'solitary'), 'src/pages/extra/[n].astro': route('n') });
  const page = join(dir, 'dist/extra/1/index.html');
  const copies = join(dir, 'node_modules/.astro/dist');
  const first = buildSite(dir);
  assert.equal(first.status, 0, first.output);
  assert.match(readFileSync(page, 'utf8'), /Extra page from n/);
  assert.ok(lstatSync(copies).isSymbolicLink(), "Astro's copies folder is a link");
  assert.equal(realpathSync(copies), realpathSync(join(dir, 'dist')), 'to the output folder');

  // Astro prunes the copies of a route that is gone, and those copies are the pages.
  rmSync(join(dir, 'src/pages/extra/[n].astro'));
  writeFileSync(join(dir, 'src/pages/extra/[m].astro'), route('m'));
  const second = buildSite(dir);
  assert.equal(second.status, 0, second.output);
  assert.match(second.output, /Rendering every page: the last build's routes src\/pages\/extra\/\[n\]\.astro are gone/);
  assert.match(readFileSync(page, 'utf8'), /Extra page from m/);
  assert.ok(existsSync(join(dir, 'dist/blog/echo/index.html')));
});

test('after a build that did not finish, the next one starts from an empty output folder', () => {
  const dir = prepareSite('incremental-interrupted', { [postFile('echo')]: source('Echo post', '2020-01-01', 'solitary') });
  const page = join(dir, 'dist/blog/echo/index.html');
  const mark = join(dir, 'node_modules/.astro/output-complete');
  assert.equal(buildSite(dir).status, 0);
  assert.ok(existsSync(mark), 'a finished build leaves its mark');

  // With the mark, a page whose key is unchanged is left as it is in the output folder.
  writeFileSync(page, readFileSync(page, 'utf8').replace('Echo post', 'Changed by hand'));
  assert.equal(buildSite(dir).status, 0);
  assert.match(readFileSync(page, 'utf8'), /Changed by hand/);

  // Without it (the build stopped half-way), nothing in the folder is trusted.
  rmSync(mark);
  const rebuilt = buildSite(dir);
  assert.equal(rebuilt.status, 0, rebuilt.output);
  assert.doesNotMatch(readFileSync(page, 'utf8'), /Changed by hand/);
  assert.match(readFileSync(page, 'utf8'), /Echo post/);
});

test('a rebuild after an image is replaced under the same name shows the new image', () => {
  const dir = prepareSite('incremental-image', {
    'src/content/blog/pictured/index.md': '---\ntitle: Pictured\ndescription: D\ndate: 2020-01-01\n---\n\nText.\n\n![A diagram](./chart.png)\n\n![A banner](/images/banner.png)\n',
    'public/images/banner.png': readFileSync(join(ROOT, 'tests/fixtures/posts/fixture-mdx-components/small-diagram.png')),
  });
  const image = join(dir, 'src/content/blog/pictured/chart.png');
  const imageOn = () => {
    const html = readFileSync(join(dir, 'dist/blog/pictured/index.html'), 'utf8');
    return /<img alt="A diagram"[^>]* width="(\d+)"[^>]* src="([^"]+)"/.exec(html)!.slice(1);
  };
  copyFileSync(join(ROOT, 'tests/fixtures/posts/fixture-mdx-components/small-diagram.png'), image);
  assert.equal(buildSite(dir).status, 0);
  const [oldWidth, oldSrc] = imageOn();

  copyFileSync(join(ROOT, 'src/content/blog/rust-is-winning-the-ai-code-generation-race/benefits.png'), image);
  const rebuilt = buildSite(dir);
  assert.equal(rebuilt.status, 0, rebuilt.output);
  const [width, src] = imageOn();
  assert.notEqual(src, oldSrc, 'the page points at the new image');
  assert.notEqual(width, oldWidth, 'with the new image’s size');
  assert.ok(existsSync(join(dir, 'dist', src!)), `${src} is in the output`);
  assert.equal(existsSync(join(dir, 'dist', oldSrc!)), false, 'the old image is gone');
  assertWhole(dir, ['index.html', 'blog/pictured/index.html']);

  // An image in public/ keeps its name, and the page its src: only its size says which one it shows.
  const bannerOn = () => {
    const html = readFileSync(join(dir, 'dist/blog/pictured/index.html'), 'utf8');
    return /<img src="\/images\/banner.png" alt="A banner"[^>]* width="(\d+)" height="(\d+)"/.exec(html)?.slice(1);
  };
  const oldBanner = bannerOn();
  assert.ok(oldBanner, 'the banner has a width and a height');
  copyFileSync(join(ROOT, 'src/content/blog/rust-is-winning-the-ai-code-generation-race/footer.png'), join(dir, 'public/images/banner.png'));
  const resized = buildSite(dir);
  assert.equal(resized.status, 0, resized.output);
  assert.deepEqual(bannerOn(), ['2000', '1120'], `the new banner's size, not ${oldBanner.join('×')}`);

  // The site icon is a file in public/ too: a changed icon is drawn again.
  const iconFile = join(dir, 'public', site.icon);
  const icon = () => readFileSync(join(dir, 'dist/icons/64.png'));
  const before = icon();
  writeFileSync(iconFile, readFileSync(iconFile, 'utf8').replace(/#[0-9a-f]{6}/i, '#123456'));
  const recoloured = buildSite(dir);
  assert.equal(recoloured.status, 0, recoloured.output);
  assert.ok(!reusedPaths(recoloured.output).has('/icons/64.png'), 'the icon is drawn again');
  assert.ok(!icon().equals(before), 'in its new colour');
});
