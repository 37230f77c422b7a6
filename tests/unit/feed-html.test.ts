import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { absolutize, absolutizeSrcset, cleanFeedHtml } from '../../src/lib/feeds/feed-html.ts';

const PAGE = 'https://blog.example/sub/blog/my-post/';
// Parse <pre> as markup, not raw text, so the tests can look inside code blocks.
const dom = (html: string) => parse(html, { blockTextElements: { script: true, style: true } });

test('page-only elements are left out: scripts, styles, buttons, templates and anything marked data-feed="omit"', () => {
  const html = [
    '<h2 id="x">Title<a href="#x" data-feed="omit" aria-hidden="true">#</a></h2>',
    '<div class="code"><button type="button">Copy</button><pre><code>let a = 1;</code></pre></div>',
    '<script>alert(1)</script><style>p{}</style><template><p>later</p></template>',
    '<aside data-feed="omit"><p>Only on the page</p></aside>',
    '<p>Kept</p>',
  ].join('');
  const cleaned = dom(cleanFeedHtml(html, PAGE));
  assert.equal(cleaned.querySelectorAll('script, style, button, template, [data-feed]').length, 0);
  assert.equal(cleaned.querySelector('h2')?.text, 'Title');
  assert.equal(cleaned.querySelector('pre')?.text, 'let a = 1;');
  assert.equal(cleaned.querySelector('p')?.text, 'Kept');
  assert.doesNotMatch(cleaned.toString(), /Only on the page|Copy|alert/);
});

test('every URL becomes absolute, resolved against the post exactly as on its page', () => {
  const html = [
    '<a href="/sub/blog/other/">root-relative</a>',
    '<a href="../third/">relative</a>',
    '<a href="#notes">fragment</a>',
    '<a href="https://elsewhere.example/x">external</a>',
    '<a href="mailto:me@example.org">mail</a>',
    '<img src="/sub/_astro/a.webp" srcset="/sub/_astro/a-640.webp 640w, ./b.webp 2x" alt="a">',
    '<video src="clip.mp4" poster="/sub/poster.jpg"></video>',
    '<blockquote cite="/sub/source/">q</blockquote>',
  ].join('');
  const root = dom(cleanFeedHtml(html, PAGE));
  const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
  assert.deepEqual(hrefs, [
    'https://blog.example/sub/blog/other/',
    'https://blog.example/sub/blog/third/',
    'https://blog.example/sub/blog/my-post/#notes',
    'https://elsewhere.example/x',
    'mailto:me@example.org',
  ]);
  const img = root.querySelector('img')!;
  assert.equal(img.getAttribute('src'), 'https://blog.example/sub/_astro/a.webp');
  assert.equal(img.getAttribute('srcset'), 'https://blog.example/sub/_astro/a-640.webp 640w, https://blog.example/sub/blog/my-post/b.webp 2x');
  assert.equal(root.querySelector('video')?.getAttribute('src'), 'https://blog.example/sub/blog/my-post/clip.mp4');
  assert.equal(root.querySelector('video')?.getAttribute('poster'), 'https://blog.example/sub/poster.jpg');
  assert.equal(root.querySelector('blockquote')?.getAttribute('cite'), 'https://blog.example/sub/source/');
});

test('CSS custom properties and data-astro hooks, which mean nothing without the site, are dropped', () => {
  const html =
    '<pre class="astro-code" style="--shiki-light:#24292e;--shiki-dark:#e1e4e8; overflow-x: auto;"><code>' +
    '<span style="--shiki-light:#D73A49;--shiki-dark:#F97583">export</span></code></pre>' +
    '<img src="/a.webp" alt="a" data-astro-image="constrained" data-astro-image-pos="center">';
  const root = dom(cleanFeedHtml(html, PAGE));
  assert.equal(root.querySelector('pre')?.getAttribute('style'), 'overflow-x: auto');
  assert.equal(root.querySelector('span')?.hasAttribute('style'), false);
  assert.deepEqual(Object.keys(root.querySelector('img')!.attributes).sort(), ['alt', 'src']);
  assert.equal(root.querySelector('pre')?.getAttribute('class'), 'astro-code');
});

test('text is kept exactly as escaped, including ]]> and markup-like code', () => {
  const html = '<p>a &amp; b &lt; c</p><pre><code>&lt;script&gt;const end = "]]&gt;";&lt;/script&gt;</code></pre>';
  assert.equal(cleanFeedHtml(html, PAGE), html);
});

test('absolutize leaves what is not a URL alone, and srcset keeps its descriptors', () => {
  assert.equal(absolutize('', PAGE), '');
  assert.equal(absolutize('//cdn.example/x.png', PAGE), 'https://cdn.example/x.png');
  assert.equal(absolutizeSrcset('a.png 1x,b.png 2x', PAGE), 'https://blog.example/sub/blog/my-post/a.png 1x, https://blog.example/sub/blog/my-post/b.png 2x');
});
