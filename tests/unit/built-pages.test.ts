import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuiltPages } from '../../src/lib/built-pages.ts';
import { cspHash } from '../../src/lib/csp.ts';
import { tempDir } from '../support/temp-dir.ts';

const page = (lastmod: string, script = 'theme()') =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="canonical" href="https://x.example/a/"><meta property="article:modified_time" content="${lastmod}"><script>${script}</script></head><body><p>Text</p></body></html>`;

const WHOLE_SECOND = new Date('2026-01-01T00:00:00Z');

/** Rewrites a file keeping its size and modification time (a whole second, so it survives utimes exactly). */
function swapUnseen(file: string, html: string): void {
  assert.equal(statSync(file).mtime.getTime(), WHOLE_SECOND.getTime());
  assert.equal(Buffer.byteLength(html), statSync(file).size);
  writeFileSync(file, html);
  utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
}

test('a page is read once, and a later build trusts what was learnt while its size and time are unchanged', () => {
  const root = tempDir('built-');
  const record = join(tempDir('cache-'), 'built-pages.json');
  const file = join(root, 'index.html');
  writeFileSync(file, page('2025-01-01T00:00:00.000Z'));
  utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);

  const first = new BuiltPages(root, record);
  assert.deepEqual(first.scan(file), { lastmod: '2025-01-01T00:00:00.000Z', canonical: 'https://x.example/a/', scripts: [cspHash('theme()')], styles: [] });
  first.save();

  swapUnseen(file, page('2099-01-01T00:00:00.000Z'));
  assert.equal(new BuiltPages(root, record).scan(file).lastmod, '2025-01-01T00:00:00.000Z', 'not read again');
  assert.equal(new BuiltPages(root).scan(file).lastmod, '2099-01-01T00:00:00.000Z', 'without the record it is');
  assert.equal(new BuiltPages(tempDir('elsewhere-'), record).scan(file).lastmod, '2099-01-01T00:00:00.000Z', 'nor is a record of another folder used');

  writeFileSync(file, page('2026-02-02T00:00:00.000Z', 'other()'));
  assert.deepEqual(new BuiltPages(root, record).scan(file).scripts, [cspHash('other()')], 'a rewritten page is read again');
});

test('the policy is written into a page once; an unchanged page with the same policy is left alone', () => {
  const root = tempDir('built-');
  const record = join(tempDir('cache-'), 'built-pages.json');
  const file = join(root, 'index.html');
  writeFileSync(file, page('2025-01-01T00:00:00.000Z'));

  const first = new BuiltPages(root, record);
  assert.equal(first.applyPolicy(file, "script-src 'self'"), true);
  assert.equal(first.applyPolicy(file, "script-src 'self'"), false, 'not twice in one build');
  first.save();
  const written = readFileSync(file, 'utf8');
  assert.equal(written.match(/content-security-policy/g)?.length, 1);

  const { mtimeMs } = statSync(file);
  assert.equal(new BuiltPages(root, record).applyPolicy(file, "script-src 'self'"), false);
  assert.equal(statSync(file).mtimeMs, mtimeMs, 'the next build does not touch it');

  const third = new BuiltPages(root, record);
  assert.equal(third.applyPolicy(file, "script-src 'self' 'sha256-x'"), true, 'a new policy is written');
  assert.match(readFileSync(file, 'utf8'), /'sha256-x'/);
  assert.equal(readFileSync(file, 'utf8').match(/content-security-policy/g)?.length, 1, 'in place of the old one');
});

test('the record keeps only the pages of the last build', () => {
  const root = tempDir('built-');
  const record = join(tempDir('cache-'), 'built-pages.json');
  writeFileSync(join(root, 'a.html'), page('2025-01-01T00:00:00.000Z'));
  writeFileSync(join(root, 'b.html'), page('2025-01-01T00:00:00.000Z'));
  const first = new BuiltPages(root, record);
  first.scan(join(root, 'a.html'));
  first.scan(join(root, 'b.html'));
  first.save();
  const second = new BuiltPages(root, record);
  second.scan(join(root, 'a.html'));
  second.save();
  assert.deepEqual(Object.keys((JSON.parse(readFileSync(record, 'utf8')) as { pages: object }).pages), ['a.html']);
});
