/** Posts as built: headings, contents, code, links, images, components and reading time in the HTML. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, siteDir } from '../support/sites.ts';
import { fileForPath, listFiles } from '../support/dist.ts';
import { CONTENT_IMAGE_SIZES } from '../../src/lib/markdown/content-images.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';

const DIST = distDir('main');
const BLOG = join(siteDir('main'), 'src/content/blog');

function page(path: string): HTMLElement {
  const file = fileForPath(DIST, path);
  assert.ok(file, `${path} is built`);
  // Parse <pre> as markup too, so code lines can be inspected.
  return parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
}

/** Every built post: its id, its page, and its source as the test site had it. */
const POSTS = listFiles(DIST)
  .map((file) => /^blog\/(.+)\/index\.html$/.exec(file)?.[1])
  .filter((id): id is string => !!id)
  .map((id) => {
    const source = ['.md', '.mdx', '/index.md', '/index.mdx'].map((end) => join(BLOG, `${id}${end}`)).find((file) => existsSync(file));
    assert.ok(source, `the source of ${id}`);
    const text = readFileSync(source, 'utf8');
    return { id, html: page(`/blog/${id}/`), source: text, body: text.replace(/^---\n[\s\S]*?\n---\n/, ''), mdx: source.endsWith('.mdx') };
  });

const fixture = (id: string) => POSTS.find((post) => post.id === id)!;

test('the writing fixtures and the real post are built', () => {
  for (const id of ['fixture-markdown-features', 'fixture-mdx-components', 'rust-is-winning-the-ai-code-generation-race']) {
    assert.ok(fixture(id), id);
  }
});

test('every heading in a post has a unique id and an anchor link to it beside it', () => {
  let count = 0;
  for (const { id, html } of POSTS) {
    const headings = html.querySelectorAll('.prose :is(h2, h3, h4, h5, h6)').filter((h) => h.id !== 'footnote-label');
    count += headings.length;
    const ids = headings.map((heading) => heading.id);
    assert.ok(ids.every(Boolean), `${id}: every heading has an id`);
    assert.equal(new Set(ids).size, ids.length, `${id}: ids are unique`);
    for (const heading of headings) {
      const anchor = heading.parentNode?.querySelector(':scope > a.heading-anchor');
      assert.equal(anchor?.getAttribute('href'), `#${heading.id}`, `${id}: anchor of #${heading.id}`);
      assert.equal(anchor?.getAttribute('data-feed'), 'omit');
      assert.equal(heading.querySelector('a.heading-anchor'), null, 'the anchor is not inside the heading');
    }
  }
  assert.ok(count > 20);
});

test('a table of contents exactly when a post has three sections and toc is not false', () => {
  let withToc = 0;
  for (const { id, html, source } of POSTS) {
    const sections = html.querySelectorAll('.prose h2').filter((h) => h.id !== 'footnote-label');
    const tocOff = /^toc: false$/m.test(source.split('\n---')[0]!);
    const toc = html.querySelector('nav.toc');
    if (sections.length < 3 || tocOff) {
      assert.equal(toc, null, `${id} has no table of contents`);
      continue;
    }
    withToc++;
    assert.ok(toc, `${id} has a table of contents`);
    const expected = html.querySelectorAll('.prose :is(h2, h3)').filter((h) => h.id !== 'footnote-label').map((h) => `#${h.id}`);
    assert.deepEqual(toc.querySelectorAll('a').map((a) => a.getAttribute('href')), expected, `${id}: the contents link every h2 and h3 in order`);
    for (const nested of toc.querySelectorAll('ol ol a')) {
      assert.equal(html.querySelector(nested.getAttribute('href')!)?.tagName, 'H3');
    }
  }
  assert.ok(withToc >= 2, 'the MDX fixture and the real post have one');
  assert.ok(fixture('fixture-mdx-components').html.querySelector('nav.toc ol ol a[href="#callouts-with-a-title"]'), 'MDX headings nest');
  assert.equal(fixture('fixture-markdown-features').html.querySelector('nav.toc'), null, 'toc: false turns it off');
});

test('external links carry rel and a hidden note; internal links do not', () => {
  let external = 0;
  for (const { id, html } of POSTS) {
    for (const link of html.querySelectorAll('.prose a[href]')) {
      const href = link.getAttribute('href')!;
      const leaves = /^https?:\/\//.test(href) && !href.startsWith('http://localhost:4321/');
      if (leaves) {
        external++;
        assert.equal(link.getAttribute('rel'), 'noopener noreferrer', `${id}: ${href}`);
        assert.equal(link.querySelector('.sr-only')?.text.trim(), '(external site)', `${id}: ${href}`);
      } else {
        assert.equal(link.getAttribute('rel'), undefined, `${id}: ${href}`);
        assert.equal(link.classList.contains('external-link'), false, `${id}: ${href}`);
      }
    }
  }
  assert.ok(external >= 4);
});

test('images in posts: optimized, sized for the column, with width and height, lazy except the first', () => {
  let images = 0;
  for (const { id, html, source } of POSTS) {
    const hasCover = /^cover:/m.test(source);
    // Images from public/ (root-relative, such as /favicon.svg) are served as they are; only images
    // beside a post go through the pipeline.
    const optimized = html.querySelectorAll('.prose img').filter((img) => !/^\/(?!_astro\/)/.test(img.getAttribute('src') ?? ''));
    optimized.forEach((img, index) => {
      images++;
      const where = `${id} image ${index + 1}`;
      assert.match(img.getAttribute('src')!, /^\/_astro\/.+\.webp$/, where);
      assert.match(img.getAttribute('srcset') ?? '', /\.webp \d+w/, where);
      assert.equal(img.getAttribute('sizes'), CONTENT_IMAGE_SIZES, where);
      assert.match(img.getAttribute('width') ?? '', /^\d+$/, where);
      assert.match(img.getAttribute('height') ?? '', /^\d+$/, where);
      assert.equal(img.getAttribute('loading'), index === 0 && !hasCover ? 'eager' : 'lazy', where);
      assert.notEqual(img.getAttribute('alt'), undefined, `${where} has an alt attribute`);
    });
  }
  assert.ok(images >= 6);
});

test('images in posts from public/ carry their file’s width and height, so they do not shift the page', () => {
  const served = POSTS.flatMap(({ id, html }) =>
    html.querySelectorAll('.prose img').filter((img) => /^\/(?!_astro\/)/.test(img.getAttribute('src') ?? '')).map((img) => ({ id, img })),
  );
  assert.ok(served.length >= 3, `only ${served.length} images from public/`);
  for (const { id, img } of served) {
    assert.deepEqual([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')], ['/favicon.svg', '32', '32'], id);
  }
});

/**
 * An element's tags, classes and attributes (sorted), without its text, the label its text decides, or
 * Astro's scoping attributes.
 */
const shape = (element: HTMLElement): string => {
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => name !== 'class' && name !== 'aria-label' && !name.startsWith('data-astro-'))
    .map(([name, value]) => `${name}="${value}"`)
    .sort();
  const classes = element.classNames ? `.${element.classNames.split(' ').join('.')}` : '';
  return `<${[element.tagName.toLowerCase() + classes, ...attributes].join(' ')}>` + element.children.map(shape).join('');
};

test('Markdown alerts are the callouts MDX makes: same markup, every kind named, no marker or quote left', () => {
  const alerts = fixture('fixture-markdown-features').html.querySelectorAll('.prose aside.callout');
  assert.deepEqual(
    alerts.map((callout) => [callout.getAttribute('aria-label'), callout.querySelector('.callout-title')!.text.trim()]),
    [
      ['Note', 'Note'],
      ['Important: Read the whole guide', 'Important: Read the whole guide'],
      ['Caution', 'Caution'],
    ],
  );
  const mdx = fixture('fixture-mdx-components').html.querySelectorAll('.prose aside.callout');
  const component = mdx.find((callout) => callout.getAttribute('aria-label') === 'Danger')!;
  const alertInMdx = mdx.find((callout) => callout.getAttribute('aria-label') === 'Tip')!;
  const withoutKind = (element: HTMLElement) => shape(element).replace(/\.callout-(?:note|tip|important|warning|caution|danger)\b/, '');
  const skeleton = (element: HTMLElement) => withoutKind(element).replace(/<p>.*$/, '');
  assert.equal(skeleton(alerts[2]!), skeleton(component), 'a Markdown alert and a <Callout> have the same markup');
  // Tip and danger differ in their icon's drawing alone; caution and danger share one (compared in full above).
  const withoutDrawing = (element: HTMLElement) => skeleton(element).replace(/<path d="[^"]*">/g, '<path>');
  assert.equal(withoutDrawing(alertInMdx), withoutDrawing(component), 'an alert in MDX too');
  assert.equal(alerts[1]!.querySelector('.callout-title em')!.text, 'whole', 'the title keeps its Markdown');
  assert.equal(fixture('fixture-markdown-features').html.querySelectorAll('.prose blockquote').length, 1, 'the plain quote stays a quote');
  assert.doesNotMatch(fixture('fixture-markdown-features').html.querySelector('.prose')!.text, /\[!/);
});

test('MDX components render as plain, meaningful HTML', () => {
  const { html } = fixture('fixture-mdx-components');
  const callouts = html.querySelectorAll('aside.callout');
  assert.deepEqual(
    callouts.map((callout) => [callout.getAttribute('role'), callout.getAttribute('aria-label'), callout.querySelector('.callout-title')!.text.trim()]),
    [
      ['note', 'Note', 'Note'],
      ['note', 'Tip: Keep posts short', 'Tip: Keep posts short'],
      ['note', 'Warning: Back up first', 'Warning: Back up first'],
      ['note', 'Danger', 'Danger'],
      ['note', 'Tip', 'Tip'],
    ],
  );
  const figures = html.querySelectorAll('figure.figure');
  assert.deepEqual(
    figures.map((figure) => [figure.querySelector('img')!.getAttribute('alt'), figure.querySelector('figcaption')?.text.trim()]),
    [
      ['A small ochre diagram', 'A figure with a plain caption'],
      ['', undefined],
      ['The pipeline diagram again', 'A caption with emphasis and a link.'],
      ['The small diagram, imported', 'An imported image'],
      ['The site icon, served from public/', 'An image from public/'],
    ],
  );
  assert.equal(figures[2]!.querySelector('figcaption em')?.text, 'emphasis');
  const details = html.querySelectorAll('details.details');
  assert.deepEqual(
    details.map((d) => [d.querySelector('summary')!.text, d.hasAttribute('open')]),
    [
      ['Show the hidden explanation', false],
      ['Opened from the start', true],
    ],
  );
});

test('in MDX, the elements Markdown makes keep their attributes and are written as HTML, not XHTML', () => {
  const post = fixture('fixture-mdx-components');
  const prose = post.html.querySelector('.prose')!;
  const boxes = prose.querySelectorAll('li.task-list-item input[type="checkbox"]');
  assert.deepEqual(
    boxes.map((box) => [box.getAttribute('aria-label'), box.hasAttribute('checked'), box.hasAttribute('disabled')]),
    [
      ['a task done', true, true],
      ['a task to do', false, true],
    ],
  );
  const image = prose.querySelector('img[alt="The site icon, in Markdown"]');
  assert.equal(image?.getAttribute('src'), '/favicon.svg');
  assert.equal(image?.getAttribute('loading'), 'lazy');
  assert.ok(prose.querySelector('hr'), 'the rule');
  assert.match(prose.querySelector('br')?.parentNode?.text ?? '', /two trailing spaces,\s*and the line after it/, 'the hard break');
  const html = readFileSync(fileForPath(DIST, '/blog/fixture-mdx-components/')!, 'utf8');
  assert.deepEqual(html.match(/<(?:br|hr|img|input)\b[^>]*\/>/g) ?? [], [], 'void elements end in ">", as html-validate asks');
});

test('code blocks: titles, marked lines, both themes as variables, no notation left behind', () => {
  const { html } = fixture('fixture-markdown-features');
  const blocks = html.querySelectorAll('.prose .code-block');
  assert.deepEqual(
    blocks.map((block) => block.querySelector('.code-title')?.text ?? null),
    ['src/greet.ts', 'config.js', null, null, null],
  );
  assert.equal(blocks[0]!.tagName, 'FIGURE');
  const lines = (block: HTMLElement) => block.querySelectorAll('.line').map((line) => line.classList.toString().replace('line', '').trim());
  assert.deepEqual(lines(blocks[0]!), ['', 'highlighted', '']);
  assert.deepEqual(lines(blocks[1]!), ['', 'diff remove', 'diff add', 'highlighted', '']);
  assert.deepEqual(lines(blocks[2]!), ['', 'diff add', 'diff remove']);
  assert.doesNotMatch(html.querySelector('.prose')!.text, /\[!code/);
  for (const token of blocks[0]!.querySelectorAll('.line > span')) {
    assert.match(token.getAttribute('style')!, /--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}/i);
  }
  assert.equal(html.querySelectorAll('button').filter((b) => b.classList.contains('copy-code')).length, 0, 'copy buttons come from JavaScript');
});

test('GitHub-flavoured Markdown and typographic punctuation', () => {
  const prose = fixture('fixture-markdown-features').html.querySelector('.prose')!;
  assert.ok(prose.querySelector('table th[style*="center"]'), 'a table with alignment');
  assert.ok(prose.querySelector('del'), 'strikethrough');
  assert.equal(prose.querySelectorAll('li.task-list-item input[type="checkbox"][disabled][aria-label]').length, 2, 'a task list');
  assert.ok(prose.querySelector('section.footnotes li[id] a[data-footnote-backref]'), 'footnotes');
  assert.ok(prose.querySelector('sup a[data-footnote-ref]'));
  assert.equal(prose.querySelector('a[href="https://example.com/autolinked"]')?.firstChild?.text, 'https://example.com/autolinked', 'an autolink');
  assert.match(prose.text, /“Double quotes”, ‘single\s+quotes’ and an apostrophe in it’s/);
  assert.match(prose.text, /typographic – and so do dashes and ellipses…/);
  assert.ok(prose.querySelector(':not(pre) > code'), 'inline code');
});

test('reading time on every post page and in the lists', () => {
  for (const { id, html, body } of POSTS) {
    assert.match(html.querySelector('.post-header .post-meta')!.text, new RegExp(`· ${readingMinutes(body)} min read`), id);
  }
  const home = page('/');
  const cards = home.querySelectorAll('.post-card');
  assert.ok(cards.length > 0);
  for (const card of cards) {
    const id = /\/blog\/(.+)\/$/.exec(card.querySelector('a')!.getAttribute('href')!)![1]!;
    assert.match(card.querySelector('.post-meta')!.text, new RegExp(`${readingMinutes(fixture(id).body)} min read`), id);
  }
});

test('the built content store keeps no Markdown post\'s raw text, only what pages need of it (body-facts.ts)', () => {
  const store = readFileSync(join(siteDir('main'), 'node_modules/.astro/data-store.json'), 'utf8');
  const markdown = POSTS.filter((post) => !post.mdx && /^## /m.test(post.source));
  assert.ok(markdown.length > 3);
  for (const { id, source } of markdown) {
    const heading = /^## .+$/m.exec(source)![0];
    assert.ok(!store.includes(JSON.stringify(heading).slice(1, -1)), `${id}: "${heading}" is not in the store`);
  }
  assert.match(store, /"bodyFacts"/);
});
