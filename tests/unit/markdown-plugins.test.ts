/** The writing plugins through Astro's own Sätteri renderer, configured as astro.config.mjs configures it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { CODE_THEMES, codeBlockTransformers, writingHastPlugins } from '../../src/lib/markdown/index.ts';
import { CONTENT_IMAGE_SIZES } from '../../src/lib/markdown/content-images.ts';
import { EXTERNAL_LINK_TEXT } from '../../src/lib/markdown/external-links.ts';
import { alertMarker, mayQuoteMarker } from '../../src/lib/markdown/alerts.ts';
import { markdownToHast } from 'satteri';
import type { Element, Root } from 'hast';

const SITE = 'https://blog.example';

const processor = await createSatteriMarkdownProcessor({
  syntaxHighlight: 'shiki',
  shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: codeBlockTransformers() },
  hastPlugins: writingHastPlugins(SITE),
});

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const { code, metadata } = await processor.render(markdown, { frontmatter });
  // node-html-parser keeps <pre> as raw text unless told otherwise.
  return { html: parse(code, { blockTextElements: { script: true, style: true } }), headings: metadata.headings };
}

test('headings keep their ids and text, and get an anchor beside them', async () => {
  const { html, headings } = await render('## First *section*\n\n### Sub\n\n## First section\n');
  assert.deepEqual(
    headings.map(({ depth, slug, text }) => [depth, slug, text]),
    [
      [2, 'first-section', 'First section'],
      [3, 'sub', 'Sub'],
      [2, 'first-section-1', 'First section'],
    ],
  );
  const wrapper = html.querySelector('.heading-wrapper')!;
  assert.equal(wrapper.querySelector('h2')!.id, 'first-section');
  assert.equal(wrapper.querySelector('h2')!.text, 'First section');
  const anchor = wrapper.querySelector('a.heading-anchor')!;
  assert.equal(anchor.getAttribute('href'), '#first-section');
  assert.equal(anchor.getAttribute('data-feed'), 'omit');
  assert.equal(anchor.querySelector('.sr-only')!.text, 'Section titled "First section"');
  assert.equal(html.querySelectorAll('a.heading-anchor').length, 3);
});

test('the footnotes heading gets no anchor', async () => {
  const { html } = await render('Claim[^1].\n\n[^1]: Source.\n');
  assert.ok(html.querySelector('#footnote-label'));
  assert.equal(html.querySelectorAll('a.heading-anchor').length, 0);
});

test('external links get rel and a hidden note; internal ones are left alone', async () => {
  const { html } = await render(
    '[out](https://example.org/x) [own](https://blog.example/blog/a/) [in](/tags/) [part](#a) [mail](mailto:a@b.c) <https://example.com/auto>',
  );
  const links = html.querySelectorAll('a');
  const external = links.filter((link) => link.getAttribute('rel') === 'noopener noreferrer');
  assert.deepEqual(
    external.map((link) => link.getAttribute('href')),
    ['https://example.org/x', 'https://example.com/auto'],
  );
  for (const link of external) {
    assert.equal(link.getAttribute('class'), 'external-link');
    assert.equal(link.querySelector('.sr-only[data-feed="omit"]')!.text.trim(), EXTERNAL_LINK_TEXT);
  }
  assert.equal(html.querySelectorAll('.sr-only').length, 2);
});

test('an external link inside a heading gets rel but leaves the heading text alone', async () => {
  const { html, headings } = await render('## About [Rust](https://www.rust-lang.org/)\n');
  assert.equal(headings[0]!.text, 'About Rust');
  assert.equal(html.querySelector('h2 a')!.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(html.querySelector('h2 .sr-only'), null);
});

/** Astro's image marker keeps the props it passes to the image service as JSON on the element. */
function imageProps(html: ReturnType<typeof parse>): Record<string, unknown>[] {
  return html.querySelectorAll('img').map((img) => JSON.parse(img.getAttribute('__astro_image_') ?? '{}') as Record<string, unknown>);
}

test('images are sized for the column; only the first loads eagerly', async () => {
  const { html } = await render('![One](./one.png)\n\n![Two](./two.png)\n\n![Three](three.png)\n');
  const props = imageProps(html);
  assert.deepEqual(props.map((p) => p.loading), ['eager', 'lazy', 'lazy']);
  assert.ok(props.every((p) => p.sizes === CONTENT_IMAGE_SIZES));
});

test('with a cover, the cover is the first image and every image in the text is lazy', async () => {
  const { html } = await render('![One](./one.png)\n\n![Two](./two.png)\n', { cover: { src: './cover.png', alt: 'A cover' } });
  assert.deepEqual(imageProps(html).map((p) => p.loading), ['lazy', 'lazy']);
});

test('task list checkboxes are named by their item', async () => {
  const { html } = await render('- [x] Ship it\n- [ ] Write the *docs*\n  - nested\n');
  assert.deepEqual(
    html.querySelectorAll('input[type="checkbox"]').map((box) => box.getAttribute('aria-label')),
    ['Ship it', 'Write the docs'],
  );
});

test('GitHub alerts become callouts: any case, a title on the marker line, the rest of the quote as the body', async () => {
  const { html } = await render(
    '> [!NOTE]\n> Read *this*.\n> Still the note.\n\n> [!warning] Back up `cache/` first\n>\n> One.\n>\n> Two.\n\n> [!CAUTION]  \n> Hard break.\n',
  );
  const callouts = html.querySelectorAll('aside.callout');
  assert.deepEqual(
    callouts.map((callout) => [callout.classNames, callout.getAttribute('role'), callout.getAttribute('aria-label'), callout.querySelector('.callout-title')!.text]),
    [
      ['callout callout-note', 'note', 'Note', 'Note'],
      ['callout callout-warning', 'note', 'Warning: Back up cache/ first', 'Warning: Back up cache/ first'],
      ['callout callout-caution', 'note', 'Caution', 'Caution'],
    ],
  );
  assert.equal(callouts[0]!.querySelector('.callout-body')!.innerHTML.trim(), '<p>Read <em>this</em>.\nStill the note.</p>');
  assert.equal(callouts[1]!.querySelector('.callout-title code')!.text, 'cache/', 'the title keeps its markup');
  assert.deepEqual(callouts[1]!.querySelectorAll('.callout-body p').map((p) => p.text), ['One.', 'Two.']);
  assert.deepEqual(callouts[2]!.querySelectorAll('.callout-body p').map((p) => p.text), ['Hard break.']);
  const icon = callouts[0]!.querySelector('svg.callout-icon')!;
  assert.equal(icon.getAttribute('data-feed'), 'omit', 'feeds leave the icon out');
  assert.equal(icon.getAttribute('aria-hidden'), 'true');
  assert.equal(html.querySelectorAll('blockquote').length, 0);
  assert.ok(!html.text.includes('[!'), 'no marker is left in the text');
});

test('quotes that are not alerts stay quotes: an unknown kind, a marker later in the quote, an escaped marker', async () => {
  const { html } = await render('> [!INFO]\n> x\n\n> Someone wrote\n> [!NOTE] here\n\n> Plain.\n\n> \\[!NOTE] quoted brackets\n');
  assert.equal(html.querySelectorAll('aside.callout').length, 0);
  const quotes = html.querySelectorAll('blockquote');
  assert.equal(quotes.length, 4);
  assert.equal(quotes[3]!.text.trim(), '[!NOTE] quoted brackets', 'the escape shows the brackets as written');
});

test('a quoted marker is told apart by where its text starts: escapes and entities stay quotes, markers beside them stay alerts', async () => {
  const { html } = await render(
    'Café, 日本語 and 🎉 before it.\n\n> [!NOTE] Real\n\n> \\[!NOTE] escaped\n\n> [\\!TIP] escaped too\n\n> &#91;!WARNING] an entity\n\n> [!TIP] Real too\n',
  );
  assert.deepEqual(html.querySelectorAll('aside.callout').map((callout) => callout.getAttribute('aria-label')), ['Note: Real', 'Tip: Real too']);
  assert.deepEqual(html.querySelectorAll('blockquote').map((quote) => quote.text.trim()), ['[!NOTE] escaped', '[!TIP] escaped too', '[!WARNING] an entity']);
  // An entity alone in a file, with no backslash to hint at it, is told apart just the same.
  assert.equal((await render('> &#91;!NOTE] an entity\n')).html.querySelectorAll('aside.callout').length, 0);
});

test('positions are asked for only where a marker may be quoted: escapes and bracket or bang entities, not any & or backslash', () => {
  for (const quoted of ['\\[!NOTE]', '[\\!NOTE]', '&#91;!NOTE]', '&#091;!', '&#x5B;!', '&lbrack;!', '&lsqb;!', '[&excl;NOTE]', '[&#33;NOTE]', '[&#x21;NOTE]']) {
    assert.equal(mayQuoteMarker(`> ${quoted}`), true, quoted);
  }
  for (const plain of ['> [!NOTE]', 'let r = &mut x;', 'a && b', 'R&D', 'C:\\path', '&amp; &lt;']) assert.equal(mayQuoteMarker(plain), false, plain);
});

test('a source that still starts with a byte order mark (MDX is handed one) keeps its markers: offsets count after it', () => {
  const source = '> [!NOTE] x\n';
  const quote = (markdownToHast(source) as unknown as Root).children.find((node): node is Element => node.type === 'element')!;
  assert.equal(alertMarker(quote, source)?.kind, 'note');
  assert.equal(alertMarker(quote, `\uFEFF${source}`)?.kind, 'note');
  assert.equal(alertMarker(quote, '> \\[!NOTE] x\n'), undefined, 'the same text, escaped in its source, is no marker');
});

test('an alert in a list item is a callout too, as the parser sees a quote there', async () => {
  const { html } = await render('- > [!TIP] Inside\n  > a list item.\n');
  assert.equal(html.querySelector('li > aside.callout-tip')?.getAttribute('aria-label'), 'Tip: Inside');
});

test('code blocks: a title, highlighted lines, diff markers from the meta and from comments', async () => {
  const { html } = await render(
    [
      '```ts title="src/a.ts" {1,3}',
      'const a = 1;',
      'const b = 2;',
      'const c = 3;',
      '```',
      '',
      '```js ins={1} del={2}',
      'const x = 1;',
      'const y = 2;',
      'let z = 3; // [!code ++]',
      'let w = 4; // [!code highlight]',
      '```',
    ].join('\n'),
  );
  const [titled, plain] = html.querySelectorAll('.code-block');
  assert.equal(titled!.tagName, 'FIGURE');
  assert.equal(titled!.querySelector('figcaption.code-title')!.text, 'src/a.ts');
  const classes = (block: typeof titled) => block!.querySelectorAll('.line').map((line) => line.classList.toString());
  assert.deepEqual(classes(titled), ['line highlighted', 'line', 'line highlighted']);
  assert.equal(plain!.tagName, 'DIV');
  assert.deepEqual(classes(plain), ['line diff add', 'line diff remove', 'line diff add', 'line highlighted']);
  assert.ok(plain!.querySelector('pre')!.classList.contains('has-diff'));
  assert.doesNotMatch(plain!.text, /\[!code/);
  // Both themes are in the markup as variables, so switching needs no second request.
  const token = titled!.querySelector('.line span')!.getAttribute('style')!;
  assert.match(token, /--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}/i);
});

test('the markup the plugins add is plain ASCII: ASCII text stays ASCII, which keeps bundling the content data fast', async () => {
  const markdown = '## A heading\n\nSee [the docs](https://example.org/docs) and [home](/).\n\n- [x] done\n- [ ] open\n\n```js title="a.js" {1}\nconst a = 1;\n```\n\n![A chart](./chart.png)\n';
  const { html } = await render(markdown);
  const text = html.toString();
  assert.match(text, /heading-anchor/, 'anchors, links, task lists and code blocks are all there');
  assert.doesNotMatch(text, /[^\x00-\x7f]/, `non-ASCII in: ${text.match(/.{0,40}[^\x00-\x7f].{0,40}/)?.[0]}`);
});
