import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { currentMetaIds, staleIndexFiles, unpackMeta } from '../../src/lib/search-index-files.ts';

/** CBOR text strings as Pagefind's metadata holds them: a length header, then the bytes. */
const text = (value: string) => Buffer.concat([Buffer.from([0x60 + value.length]), Buffer.from(value)]);
const meta = (...ids: string[]) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), text('1.6.0'), ...ids.map(text)]));

test('the entry file names the current metadata of each language', () => {
  assert.deepEqual(currentMetaIds('{"version":"1.6.0","languages":{"en":{"hash":"en_1234abcd"},"ja":{"hash":"ja_99"}}}'), ['en_1234abcd', 'ja_99']);
  assert.throws(() => currentMetaIds('{"languages":{}}'), /names no metadata/);
  assert.throws(() => currentMetaIds('{"languages":{"en":{}}}'), /names no metadata/);
  assert.throws(() => currentMetaIds('not json'));
});

test('metadata is unpacked only when it is what this code knows', () => {
  assert.ok(unpackMeta(meta('en_aaa1111')).includes(text('en_aaa1111')));
  assert.throws(() => unpackMeta(gzipSync('something else')), /not Pagefind metadata/);
  assert.throws(() => unpackMeta(Buffer.from('not gzip')));
});

test('files the current metadata does not name are stale; the rest of the folder stays', () => {
  const files = [
    'fragment/en_aaa1111.pf_fragment',
    'fragment/en_bbb2222.pf_fragment',
    'fragment/en_aaa111.pf_fragment',
    'index/en_ccc3333.pf_index',
    'index/en_ddd4444.pf_index',
    'filter/en_eee5555.pf_filter',
    'pagefind.en_meta1.pf_meta',
    'pagefind.en_meta0.pf_meta',
    'pagefind.js',
    'pagefind-entry.json',
    'wasm.en.pagefind',
  ];
  const stale = staleIndexFiles(files, ['en_meta1'], [unpackMeta(meta('en_aaa1111', 'en_ccc3333', 'en_eee5555'))]);
  assert.deepEqual(stale, ['fragment/en_bbb2222.pf_fragment', 'fragment/en_aaa111.pf_fragment', 'index/en_ddd4444.pf_index', 'pagefind.en_meta0.pf_meta'], 'an id inside a longer one is not named by it');
});

test('a folder laid out otherwise than Pagefind lays it out is not pruned but written afresh', () => {
  assert.equal(staleIndexFiles(['fragment/deeper/en_aaa1111.pf_fragment'], ['en_meta1'], [unpackMeta(meta('en_aaa1111'))]), undefined);
});
