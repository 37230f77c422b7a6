import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteOpeningTags } from '../../src/lib/markdown/raw-html.ts';

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
