import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openingTags, rewriteOpeningTags, withoutInertText } from '../../src/lib/markdown/raw-html.ts';

test('untouched tags keep their exact text', () => {
  const html = `<a href='/x' data-x=1>text</a><br/><img src=/y.png alt="">`;
  assert.equal(rewriteOpeningTags(html, () => undefined), html);
});

test('an edited tag is written back with its attributes, quoted and escaped', () => {
  const out = rewriteOpeningTags(`<p>see <A HREF=/x title='a "b" & c'>x</A></p>`, ({ name, attributes }) => {
    if (name === 'a') attributes.set('href', `/sub${attributes.get('href')}`);
    return undefined;
  });
  assert.equal(out, `<p>see <A href="/sub/x" title="a &quot;b&quot; &amp; c">x</A></p>`);
});

test('text can follow an edited tag; self-closing tags stay self-closing', () => {
  assert.equal(rewriteOpeningTags('<a href="https://e.org">', () => ({ after: '<span>!</span>' })), '<a href="https://e.org"><span>!</span>');
  const out = rewriteOpeningTags('<img src="/a.png" />', ({ attributes }) => {
    attributes.set('src', '/sub/a.png');
    return undefined;
  });
  assert.equal(out, '<img src="/sub/a.png"/>');
});

test('closing tags are not opening tags', () => {
  let seen = 0;
  rewriteOpeningTags('</a></p>', () => {
    seen++;
    return undefined;
  });
  assert.equal(seen, 0);
});

test('attribute values are read as the browser reads them: character references decoded, and written back escaped once', () => {
  const seen: string[] = [];
  const out = rewriteOpeningTags('<a href="/search/?q=a&amp;b=&#x63;&#100;" title="&nbsp;x">', ({ attributes }) => {
    seen.push(attributes.get('href')!, attributes.get('title')!);
    attributes.set('href', `/sub${attributes.get('href')}`);
    return undefined;
  });
  assert.deepEqual(seen, ['/search/?q=a&b=cd', '&nbsp;x']);
  assert.equal(out, '<a href="/sub/search/?q=a&amp;b=cd" title="&nbsp;x">', 'a reference it does not know is kept as written');
});

test('comments and the text of scripts and styles hold no tags; what remains keeps its lines and columns', () => {
  const html = '<p id="a">x</p><!-- <a href="/gone/">\nold</a> --><script>document.write("<a href=\'/s/\'>")</script><style>a::before{content:"<b id=z>"}</style><a href="/kept/">';
  const inert = withoutInertText(html);
  assert.equal(inert.length, html.length);
  assert.equal(inert.split('\n').length, 2);
  assert.deepEqual(openingTags(inert).map((tag) => `${tag.name}@${tag.index}`), ['p@0', 'script@' + html.indexOf('<script>'), 'style@' + html.indexOf('<style>'), 'a@' + html.indexOf('<a href="/kept/">')]);
});
