import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBody } from '../../src/lib/body-scan.ts';

const hrefs = (scan: ReturnType<typeof scanBody>) => scan.links.map((link) => `${link.line} ${link.href}`);

test('links are read from the parsed Markdown, each on its line of the file, and code, comments and images are not links', () => {
  const body = [
    '', // the blank line after the frontmatter: the body is trimmed as Astro trims it, lines still count
    'An [inline link](/blog/a/) and a [reference][ref].',
    '',
    '```md',
    '[in a code block](/blog/code/)',
    '```',
    '',
    'Inline `[code](/blog/inline/)`, an ![image](/images/x.png) and <https://example.org/auto>.',
    '',
    '<!-- [a comment](/blog/comment/) -->',
    '',
    '<p>Raw HTML,',
    '<a href="/blog/raw/#part">on its second line</a></p>',
    '',
    '[ref]: /blog/referenced/',
  ].join('\n');
  // The body starts on line 5 of the file (after four lines of frontmatter).
  assert.deepEqual(hrefs(scanBody(body, false, 5)), ['6 /blog/a/', '6 /blog/referenced/', '12 https://example.org/auto', '17 /blog/raw/#part']);
});

test('ids are the page’s: headings named as Astro names them (repeats numbered), footnotes, and ids written in HTML', () => {
  const body = [
    '## Set up `cargo` *first*',
    '',
    '## Set up `cargo` *first*',
    '',
    '### Écrire — l’essentiel',
    '',
    'A claim.[^note]',
    '',
    '<div id="raw-box">Raw</div>',
    '',
    '[^note]: The note.',
  ].join('\n');
  const ids = scanBody(body, false, 1).ids ?? [];
  for (const id of ['set-up-cargo-first', 'set-up-cargo-first-1', 'écrire--lessentiel', 'raw-box', 'user-content-fn-note', 'user-content-fnref-note', 'footnote-label']) {
    assert.ok(ids.includes(id), `${id} in ${JSON.stringify(ids)}`);
  }
});

test('in MDX, JSX links and the ids of HTML elements count; a component’s id does not, as it renders what it chooses', () => {
  const body = ['', '## Heading in MDX', '', '<a href="/blog/jsx/">A JSX link</a>', '', '<Callout id="box">[Inside](/blog/inside/) <span id="inner">x</span></Callout>', ''].join('\n');
  const scan = scanBody(body, true, 5);
  assert.deepEqual(hrefs(scan), ['8 /blog/jsx/', '10 /blog/inside/']);
  assert.deepEqual(scan.ids, ['inner', 'heading-in-mdx']);
});

test('MDX that does not parse yields no links, unknown ids and why, on the file’s line', () => {
  assert.deepEqual(scanBody('\n\n<Unclosed>\n\n# x', true, 5), {
    alerts: [],
    links: [],
    ids: undefined,
    capitalTags: [],
    syntaxError: { line: 7, message: 'Expected a closing tag for <Unclosed> (line 7)' },
  });
});

test('a link or id in an HTML comment, a script or a style is not one; character references in HTML are decoded', () => {
  const body = [
    'Parked: <!-- <a href="/blog/gone/">old</a> -->',
    '',
    '<!--',
    'TODO <a href="/blog/not-yet/">next part</a> <div id="ghost"></div>',
    '-->',
    '',
    '<a href="/blog/c&amp;d/">kept</a>',
  ].join('\n');
  const scan = scanBody(body, false, 1);
  assert.deepEqual(hrefs(scan), ['7 /blog/c&d/']);
  assert.deepEqual(scan.ids, []);
});
