import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { openSearchXml, shortName } from '../../src/lib/seo/opensearch.ts';

test('the short name keeps to OpenSearch’s 16 characters, cut at a word where it can be', () => {
  assert.equal(shortName('Compiled Notes'), 'Compiled Notes');
  assert.equal(shortName('Compiled Notes on Rust'), 'Compiled Notes');
  assert.equal(shortName('Supercalifragilistic'), 'Supercalifragili');
});

test('the description names the search page with the query in its parameter, everything escaped', () => {
  const xml = openSearchXml({
    name: 'Notes & <Co>',
    description: 'Search "Notes"',
    language: 'en',
    searchUrl: 'https://x.example/sub/search/',
    queryParam: 'q',
    icon: { url: 'https://x.example/sub/icons/64.png', size: 64 },
  });
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9.com\/-\/spec\/opensearch\/1.1\/">/);
  const doc = parse(xml);
  assert.equal(doc.querySelector('shortname')!.innerHTML, 'Notes &amp; &lt;Co&gt;');
  assert.equal(doc.querySelector('description')!.innerHTML, 'Search &quot;Notes&quot;');
  const url = doc.querySelector('url')!;
  assert.deepEqual([url.getAttribute('type'), url.getAttribute('method'), url.getAttribute('template')], ['text/html', 'get', 'https://x.example/sub/search/?q={searchTerms}']);
  assert.equal(doc.querySelector('image')!.text, 'https://x.example/sub/icons/64.png');
});
