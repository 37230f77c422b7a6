import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildTagIndex } from '../../src/lib/tags.ts';
import { tagPath } from '../../src/lib/urls.ts';
import { publishedPosts } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { distDir, ROOT } from '../support/sites.ts';

const dist = distDir('main');
// The author's file, as handed over in the team's shared folder (beside the checkout on our machines and CI).
const AUTHORS_FILE = join(ROOT, '../shared/content/rust-is-winning-the-ai-code-generation-race.md');
const SOURCE = readFileSync(join(ROOT, 'src/content/blog/rust-is-winning-the-ai-code-generation-race/index.md'), 'utf8');
const [, frontmatterText = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(SOURCE) ?? [];
const frontmatter = parseYaml(frontmatterText) as { title: string; description: string; date: string; tags: string[] };
const page = readPage(dist, '/blog/rust-is-winning-the-ai-code-generation-race/');

/** Words in reading order, with typographic quotes and dashes made plain, so only the text itself is compared. */
function words(text: string): string[] {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .split(/\s+/)
    .filter(Boolean);
}

function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*-\s+/gm, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2');
}

test('the published file is the author’s file, unchanged', { skip: !existsSync(AUTHORS_FILE) && `no ${AUTHORS_FILE} on this machine to compare with` }, () => {
  assert.equal(SOURCE, readFileSync(AUTHORS_FILE, 'utf8'));
});

test('title, description, date and tags are the author’s', () => {
  assert.equal(page.querySelector('h1')?.text.trim(), frontmatter.title);
  assert.equal(page.querySelector('meta[name="description"]')?.getAttribute('content'), frontmatter.description);
  assert.equal(page.querySelector('article time')?.getAttribute('datetime'), '2026-02-07');
  // Tag names show in their most used spelling across the site; each of the author's tags links its page.
  const index = buildTagIndex(publishedPosts('main'));
  const links = page.querySelectorAll('.post-header .tag-list a').map((a) => a.getAttribute('href'));
  assert.deepEqual(links, frontmatter.tags.map((tag) => tagPath(index.slugOf(tag))));
});

test('the text on the page is the author’s text, word for word', () => {
  const article = page.querySelector('.prose');
  assert.ok(article, 'the post has a .prose body');
  // Page furniture (heading anchors, "external site" notes for screen readers) is not the author's text.
  for (const furniture of article.querySelectorAll('[data-feed="omit"], script')) furniture.remove();
  assert.deepEqual(words(article.text), words(markdownToPlain(body)));
});

test('both images go through the image pipeline: sized, responsive, modern format, files present', () => {
  const images = page.querySelectorAll('.prose img');
  assert.equal(images.length, 2);
  for (const img of images) {
    assert.match(img.getAttribute('width') ?? '', /^\d+$/);
    assert.match(img.getAttribute('height') ?? '', /^\d+$/);
    assert.match(img.getAttribute('src') ?? '', /^\/_astro\/.+\.(webp|avif)$/);
    const candidates = (img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(' ')[0]!);
    assert.ok(candidates.length >= 3, 'several widths in srcset');
    for (const url of [img.getAttribute('src')!, ...candidates]) assert.ok(existsSync(join(dist, url)), `${url} exists`);
  }
  assert.deepEqual(images.map((img) => img.getAttribute('alt')), ['Rust benefits for AI code generation', 'Rust Is Winning the AI Code Generation Race']);
});

test('reading time is shown', () => {
  assert.match(page.querySelector('.post-meta')?.text ?? '', /\b[5-9] min read\b/);
});
