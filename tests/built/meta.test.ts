import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, readPage } from '../support/dist.ts';
import { builtPosts, DIST, fileForUrl, HOME_URL } from '../support/built-site.ts';
import { site } from '../../src/site.config.ts';
import { siteDir } from '../support/sites.ts';

const abs = (path: string) => new URL(path.replace(/^\//, ''), HOME_URL).href;
const pages = htmlPages(DIST).map((file) => `/${file.replace(/index\.html$/, '')}`);
const posts = builtPosts();
const meta = (page: HTMLElement, key: string) =>
  page.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((tag) => tag.getAttribute('content'));
const one = (page: HTMLElement, key: string) => {
  const values = meta(page, key);
  assert.equal(values.length, 1, `exactly one ${key}`);
  return values[0]!;
};
const jsonLd = (page: HTMLElement) =>
  page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
const ofType = (page: HTMLElement, type: string) => jsonLd(page).filter((data) => data['@type'] === type);

async function imageSize(url: string): Promise<{ width?: number; height?: number; format?: string }> {
  const file = fileForUrl(url);
  assert.ok(file, `${url} is a built file`);
  const { width, height, format } = await sharp(readFileSync(file)).metadata();
  return { width, height, format };
}

test('every page has a unique title and description, and an absolute canonical URL', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of pages) {
    const page = readPage(DIST, path);
    const title = page.querySelector('title')?.text ?? '';
    const description = one(page, 'description');
    assert.ok(title && description, path);
    assert.equal(titles.get(title), undefined, `${path} shares its title with ${titles.get(title)}`);
    assert.equal(descriptions.get(description), undefined, `${path} shares its description with ${descriptions.get(description)}`);
    titles.set(title, path);
    descriptions.set(description, path);
    const canonical = page.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href')!);
    if (path === '/404.html') continue;
    assert.equal(canonical.length, 1, path);
    assert.match(canonical[0]!, /^https?:\/\//, path);
  }
});

test('every page has Open Graph and Twitter card tags with absolute URLs to built files', async () => {
  for (const path of pages) {
    const page = readPage(DIST, path);
    assert.equal(one(page, 'og:site_name'), site.title, path);
    assert.ok(one(page, 'og:title'), path);
    assert.equal(one(page, 'og:description'), one(page, 'description'), path);
    const image = one(page, 'og:image');
    assert.ok(fileForUrl(image), `${path}: og:image ${image} is built`);
    assert.equal(one(page, 'twitter:image'), image, path);
    assert.equal(one(page, 'twitter:card'), 'summary_large_image', path);
    assert.ok(one(page, 'og:image:alt'), path);
    assert.deepEqual([one(page, 'og:image:width'), one(page, 'og:image:height')], ['1200', '630'], path);
    if (path !== '/404.html') assert.equal(one(page, 'og:url'), page.querySelector('link[rel="canonical"]')?.getAttribute('href'), path);
    assert.equal(one(page, 'og:type'), path.startsWith('/blog/') ? 'article' : 'website', path);
  }
});

test('posts carry their dates and tags as article:* tags, and a canonical override wins', () => {
  for (const post of posts) {
    assert.deepEqual(meta(post.page, 'og:type'), ['article'], `${post.path}: og:type once`);
    assert.match(post.published, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(post.page.querySelector('article time')?.getAttribute('datetime'), post.published.slice(0, 10), post.path);
  }
  const revised = posts.find((post) => post.path === '/blog/feeds-revised-post/')!;
  assert.deepEqual([revised.published, revised.modified], ['2025-03-01T00:00:00.000Z', '2025-04-15T00:00:00.000Z']);
  const plain = posts.find((post) => post.path === '/blog/feeds-japanese-title/')!;
  assert.equal(plain.modified, plain.published, 'without updated, modified is the publication date');
  assert.deepEqual(plain.tags, ['日本語', 'feeds']);
  const syndicated = posts.find((post) => post.path === '/blog/feeds-syndicated-post/')!;
  assert.equal(syndicated.page.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'https://elsewhere.example/original-post/');
  assert.equal(one(syndicated.page, 'og:url'), 'https://elsewhere.example/original-post/');
});

test('a post’s article:tag list (and so its feed categories) names the tags its page shows, spelling variants once', () => {
  const blog = join(siteDir('main'), 'src/content/blog');
  const variants = readdirSync(blog).filter((file) => file.endsWith('.md') && /^tags: \["(Rust|RUST)", "rust"\]/m.test(readFileSync(join(blog, file), 'utf8')));
  assert.ok(variants.length > 0, 'no post tagged with two spellings of one tag: the check would see no variant to merge');
  for (const file of variants) {
    const post = posts.find((candidate) => candidate.path === `/blog/${file.replace(/\.md$/, '')}/`)!;
    assert.equal(post.tags.length, 1, `${file}: Rust and rust are one tag`);
    assert.equal(post.tags[0]!.toLowerCase(), 'rust');
  }
  for (const post of posts) {
    const shown = post.page.querySelectorAll('.post-header .tag-list a').map((link) => link.textContent.trim().replace(/^#/, ''));
    assert.deepEqual(post.tags, shown, post.path);
  }
});

test('posts have BlogPosting and BreadcrumbList JSON-LD that parses and matches the page', () => {
  for (const post of posts) {
    const [posting] = ofType(post.page, 'BlogPosting');
    assert.ok(posting, post.path);
    const canonical = post.page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    assert.equal(posting['@context'], 'https://schema.org');
    assert.equal(posting['headline'], post.title);
    assert.equal(posting['description'], one(post.page, 'description'));
    assert.equal(posting['datePublished'], post.published);
    assert.equal(posting['dateModified'], post.modified);
    assert.equal(posting['image'], one(post.page, 'og:image'));
    assert.equal(posting['url'], canonical);
    assert.deepEqual(posting['keywords'], post.tags);
    assert.deepEqual(posting['author'], { '@type': site.author.type, name: site.author.name });
    const [breadcrumb] = ofType(post.page, 'BreadcrumbList');
    const crumbs = (breadcrumb?.['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
    assert.deepEqual(crumbs.map((crumb) => [crumb.position, crumb.name, crumb.item]), [
      [1, site.title, HOME_URL],
      [2, post.title, post.url],
    ], post.path);
  }
});

test('the home page has WebSite JSON-LD; tag pages a BreadcrumbList through Tags', () => {
  const [webSite] = ofType(readPage(DIST, '/'), 'WebSite');
  assert.deepEqual(
    { name: webSite?.['name'], url: webSite?.['url'], inLanguage: webSite?.['inLanguage'] },
    { name: site.title, url: HOME_URL, inLanguage: site.lang },
  );
  assert.equal(ofType(readPage(DIST, '/2/'), 'WebSite').length, 0, 'only on the home page');
  const [breadcrumb] = ofType(readPage(DIST, '/tags/feeds/'), 'BreadcrumbList');
  const crumbs = (breadcrumb?.['itemListElement'] ?? []) as { name: string; item: string }[];
  assert.deepEqual(crumbs.map((crumb) => crumb.item), [HOME_URL, abs('/tags/'), abs('/tags/feeds/')]);
  assert.equal(crumbs[2]?.name, '#feeds');
});

test('each post has its own 1200x630 PNG card; a post with a cover uses the cover, cropped to that size', async () => {
  for (const post of posts) {
    const image = one(post.page, 'og:image');
    const size = await imageSize(image);
    assert.deepEqual([size.width, size.height], [1200, 630], `${post.path}: ${image}`);
    if (post.path === '/blog/feeds-cover-mdx/') {
      assert.match(image, /\/_astro\/cover\.[\w-]+\.jpe?g$/);
      assert.equal(size.format, 'jpeg');
    } else {
      assert.equal(image, abs(`/og${post.path.replace(/\/$/, '')}.png`), `${post.path} has its own card`);
      assert.equal(size.format, 'png');
    }
  }
  const cards = readdirSync(join(DIST, 'og/blog')).sort();
  const withCards = posts.filter((post) => post.path !== '/blog/feeds-cover-mdx/').map((post) => `${post.path.split('/')[2]}.png`);
  assert.deepEqual(cards, withCards.sort(), 'a card for each published post without a cover, and none for drafts or scheduled posts');
});

test('pages other than posts share the site-wide card', async () => {
  for (const path of ['/', '/archive/', '/tags/', '/tags/rust/']) {
    const image = one(readPage(DIST, path), 'og:image');
    assert.equal(image, abs('/og/site.png'), path);
  }
  const size = await imageSize(abs('/og/site.png'));
  assert.deepEqual([size.width, size.height, size.format], [1200, 630, 'png']);
});

test('every page links the OpenSearch description; its search page and icon are built files, under the base path too', () => {
  for (const path of pages) {
    const links = readPage(DIST, path).querySelectorAll('link[rel="search"]');
    assert.deepEqual(links.map((link) => [link.getAttribute('type'), link.getAttribute('href')]), [['application/opensearchdescription+xml', '/opensearch.xml']], path);
  }
  const described = (dist: string) => {
    const xml = readFileSync(join(dist, 'opensearch.xml'), 'utf8');
    return { template: /template="([^"]+)"/.exec(xml)?.[1], image: /<Image[^>]*>([^<]+)<\/Image>/.exec(xml)?.[1] };
  };
  const main = described(DIST);
  assert.equal(main.template, abs('/search/?q={searchTerms}'));
  assert.ok(fileForUrl(main.template!.replace(/\?.*$/, '')), 'the search page is built');
  assert.ok(fileForUrl(main.image!), 'the icon is built');
  const sub = join(siteDir('sub'), 'dist');
  assert.deepEqual(readPage(sub, '/').querySelector('link[rel="search"]')!.getAttribute('href'), '/sub/opensearch.xml');
  assert.deepEqual(described(sub), { template: 'https://notes.example.org/sub/search/?q={searchTerms}', image: 'https://notes.example.org/sub/icons/64.png' });
});
