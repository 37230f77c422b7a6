import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBody } from '../../src/lib/body-check.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('body-check-');
writeFileSync(join(dir, 'chart.png'), '');

/** Problems as "line field: message", for a body starting on line 1. */
function problems(body: string, mdx = true): string[] {
  return checkBody(join(dir, mdx ? 'post.mdx' : 'post.md'), body, { mdx }).map((p) => `${p.line} ${p.field}: ${p.message}`);
}

test('a Figure with alt text, or an explicitly empty alt, is fine', () => {
  assert.deepEqual(problems('<Figure src="./chart.png" alt="A chart" caption="Sales" />'), []);
  assert.deepEqual(problems('<Figure src="./chart.png" alt="" />'), []);
  assert.deepEqual(problems("<Figure src='chart.png' alt={''} />"), []);
  assert.deepEqual(problems('<Figure src={chart} alt={description} />'), []);
});

test('a Figure without alt is named with the line its tag starts on, even across lines', () => {
  assert.deepEqual(problems('Intro.\n\n<Figure\n  src="./chart.png"\n  caption="Sales"\n/>\n'), [
    '3 image: <Figure src="./chart.png"> has no alt text: add alt="what it shows", or alt="" if the image is only decorative',
  ]);
});

test('a Figure whose image is missing, or that has no src', () => {
  assert.deepEqual(problems('<Figure src="./gone.png" alt="A chart" />'), ['1 image: <Figure src="./gone.png"> names an image file that does not exist']);
  assert.deepEqual(problems('<Figure alt="A chart" />'), ['1 Figure: has no src: name the image beside the post, such as src="./chart.png"']);
});

test('a Figure with a caption twice', () => {
  assert.deepEqual(problems('<Figure src="./chart.png" alt="A" caption="One">\n  Two\n</Figure>'), [
    '1 Figure: <Figure src="./chart.png"> has a caption attribute and a caption between its tags: keep one',
  ]);
  assert.deepEqual(problems('<Figure src="./chart.png" alt="A">\n  Only one\n</Figure>'), []);
});

test('a Callout of an unknown type', () => {
  assert.deepEqual(problems('<Callout type="tip">ok</Callout>\n<Callout>ok</Callout>\n\n<Callout type="info" title="x">no</Callout>'), [
    '4 Callout: type="info" is not a kind of callout: use note, tip, important, warning, caution, danger',
  ]);
});

test('an alert of an unknown kind, in Markdown and MDX; known kinds in any case, and brackets later in a quote, are fine', () => {
  const body = [
    '> [!NOTE]',
    '> fine',
    '',
    '> [!important] A title',
    '',
    '> Quoting someone:',
    '> [!INFO] is what they wrote',
    '',
    '>',
    '> [!INFO]',
    '> > [!Hint] nested',
    '',
    '> \\[!INFO] escaped',
  ].join('\n');
  const expected = (line: number, kind: string) =>
    `${line} alert: > [!${kind}] is not a kind of alert: use NOTE, TIP, IMPORTANT, WARNING, CAUTION or DANGER (or write \\[! to quote the brackets)`;
  for (const mdx of [false, true]) assert.deepEqual(problems(body, mdx), [expected(10, 'INFO'), expected(11, 'Hint')]);
});

test('alerts are found where the parser finds quotes: in list items, after extra spaces, deep in a nested list', () => {
  const body = ['- > [!INFO] in a list item', '', '>  [!Hint] two spaces', '', '- outer', '  - inner', '', '    > [!Aside] nested four deep'].join('\n');
  const expected = (line: number, kind: string) =>
    `${line} alert: > [!${kind}] is not a kind of alert: use NOTE, TIP, IMPORTANT, WARNING, CAUTION or DANGER (or write \\[! to quote the brackets)`;
  for (const mdx of [false, true]) assert.deepEqual(problems(body, mdx), [expected(1, 'INFO'), expected(3, 'Hint'), expected(8, 'Aside')]);
});

test('a Markdown body is checked as Astro renders it, trimmed: a first line indented four spaces is a quote, not code', () => {
  assert.deepEqual(problems('\n\n    > [!INFO] first', false).map((problem) => problem.split(' alert:')[0]), ['3']);
});

test('what is not an alert marker is not reported: a link, code inside a quote, a comment, an indented code block', () => {
  const body = ['> [!INFO](https://example.com) is a link', '', '> ```', '> [!INFO]', '> ```'].join('\n');
  for (const mdx of [false, true]) assert.deepEqual(problems(body, mdx), []);
  // Markdown only: MDX has neither HTML comments nor indented code, so there these are quotes.
  assert.deepEqual(problems('<!--\n> [!INFO] a comment\n-->\n\nText.\n\n    > [!INFO] code', false), []);
  assert.equal(problems('Text.\n\n    > [!INFO] a quote in MDX', true).length, 1);
});

test('components’ attributes are only checked in MDX (in Markdown the component itself is the problem); <img> and Markdown images everywhere', () => {
  assert.deepEqual(problems('<Figure src="./chart.png" />', false), ['1 Figure: <Figure> is an MDX component, which only .mdx posts can use: rename the file to .mdx']);
  assert.deepEqual(problems('<img src="./chart.png">\n\n![](./chart.png)', false), [
    '1 image: ./chart.png has no alt attribute: add alt="what it shows"',
    '3 image: ./chart.png has no alt text: describe it between the brackets, ![what it shows](./chart.png)',
  ]);
});

test('a Markdown image beside the post must exist; URLs are not checked, nor public/ when the check does not know it', () => {
  assert.deepEqual(problems('![A chart](chart.png) ![A chart](./chart.png) ![Remote](https://example.com/x.png) ![Public](/x.png)'), []);
  assert.deepEqual(problems('![A chart](./missing%20file.png)'), ['1 image: ./missing%20file.png names an image file that does not exist']);
});

test('an image named from the site root must be in public/: as Markdown, <img> or Figure', () => {
  const publicDir = tempDir('body-check-public-');
  mkdirSync(join(publicDir, 'images'));
  writeFileSync(join(publicDir, 'images/my chart.png'), '');
  const check = (body: string) => checkBody(join(dir, 'post.mdx'), body, { mdx: true, publicDir }).map((p) => `${p.line} ${p.field}: ${p.message}`);
  const present = '![A chart](/images/my%20chart.png) <img src="/images/my chart.png?v=2" alt="A chart" /> <Figure src="/images/my%20chart.png" alt="A chart" />';
  assert.deepEqual(check(present), []);
  assert.deepEqual(check('![Remote](//cdn.example.com/x.png) ![Remote](https://example.com/x.png)'), [], 'other hosts are not checked');
  // Drawn by the site's routes, not kept in public/.
  assert.deepEqual(check('![Icon](/icons/512.png) ![Card](/og/site.png) ![A card](/og/blog/some-post.png) ![Favicon](/favicon.ico)'), []);
  writeFileSync(join(publicDir, 'images/a+b.png'), '');
  assert.deepEqual(check('![Plus](/images/a%2Bb.png)'), [], 'each segment is decoded as a file name');
  assert.deepEqual(check('![Outside](/../package.json) ![Not an icon size](/icons/100.png)'), [
    '1 image: /../package.json names a file from the site root that public/ does not have',
    '1 image: /icons/100.png names a file from the site root that public/ does not have',
  ]);
  assert.deepEqual(check('![A chart](/images/gone.png)\n\n<img src="/gone.svg" alt="Gone" />\n\n<Figure src="/gone.webp" alt="Gone" />'), [
    '1 image: /images/gone.png names a file from the site root that public/ does not have',
    '3 image: /gone.svg names a file from the site root that public/ does not have',
    '5 image: <Figure src="/gone.webp"> names a file from the site root that public/ does not have',
  ]);
});

test('code is not checked: fenced blocks and inline code', () => {
  const body = [
    '```mdx',
    '<Figure src="./nothing.png" />',
    '![](./x.png)',
    '```',
    'Write `<Figure src="./x.png" />` or `![](./x.png)` like this.',
    '~~~',
    '<Callout type="info">',
    '~~~',
    '<Figure src="./chart.png" />',
  ].join('\n');
  assert.deepEqual(problems(body), [
    '9 image: <Figure src="./chart.png"> has no alt text: add alt="what it shows", or alt="" if the image is only decorative',
  ]);
});

test('MDX that does not parse is reported on its line, before Astro’s compile would stop the build halfway', () => {
  const mdx = (body: string) => checkBody(join(dir, 'post.mdx'), body, { firstLine: 6, mdx: true }).map((p) => `${p.line} ${p.field}: ${p.message}`);
  assert.deepEqual(mdx('\n## Setup\n\n<Details summary="More">\n\nText.\n'), ['9 mdx: Expected a closing tag for <Details> (line 9)']);
  assert.deepEqual(mdx('\nIt takes <5 ms.\n'), [
    '7 mdx: Unexpected character after <, expected a valid JSX tag (note: to create a link in MDX, use [text](url)); a literal { or < in text is written \\{ or \\<',
  ]);
  assert.deepEqual(mdx('\nIt takes \\<5 ms and costs \\{x}.\n'), [], 'escaped, they are text');
  assert.deepEqual(checkBody(join(dir, 'post.md'), 'It takes <5 ms and costs {x}.', {}), [], 'Markdown has no such syntax');
});

test('an MDX component in a Markdown post is reported: it would be left as an unknown tag', () => {
  const md = (body: string) => checkBody(join(dir, 'post.md'), body, { firstLine: 6 }).map((p) => `${p.line} ${p.field}: ${p.message}`);
  assert.deepEqual(md('\n<Callout type="tip">\nA tip.\n</Callout>\n\n<details><summary>HTML is fine</summary>x</details>\n\n<!-- <Figure src="./x.png" /> -->\n'), [
    '7 Callout: <Callout> is an MDX component, which only .mdx posts can use: rename the file to .mdx',
  ]);
  assert.deepEqual(md('```mdx\n<Callout>in code</Callout>\n```\n\nText with `<Figure>` in code.'), [], 'code is not a component');
});
