import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildPolicy, cspHash, fillHeaders, inlineContent, insertPolicyMeta, pagePolicy } from '../../src/lib/csp.ts';

test('a hash is the base64 SHA-256 of the exact text, quoted as a CSP source', () => {
  const text = '\n  let x = 1;\n';
  assert.equal(cspHash(text), `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
});

test('inline scripts subject to script-src and inline styles are found; external scripts and data blocks are not', () => {
  const html = [
    '<script>one()</script>',
    '<script type="module">two()</script>',
    '<script type=importmap>{"imports":{}}</script>',
    '<script src="/x.js"></script>',
    '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    '<SCRIPT TYPE="text/javascript">three()</SCRIPT >',
    '<style>a{color:red}</style><style media="print">b{}</style>',
  ].join('');
  assert.deepEqual(inlineContent(html), {
    scripts: ['one()', 'two()', '{"imports":{}}', 'three()'],
    styles: ['a{color:red}', 'b{}'],
  });
});

test('the policy allows scripts and styles by hash only (and WebAssembly, for search), and keeps header-only directives out of <meta>', () => {
  const policy = buildPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"], ["'sha256-s'"]);
  assert.match(policy.meta, /script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'(;|$)/);
  assert.match(policy.meta, /style-src 'self' 'sha256-s'(;|$)/);
  assert.doesNotMatch(policy.meta, /frame-ancestors/);
  assert.match(policy.header, /frame-ancestors 'none'/);
  const scriptSrc = policy.header.split('; ').find((d) => d.startsWith('script-src'))!;
  assert.doesNotMatch(scriptSrc.replace(" 'wasm-unsafe-eval'", ''), /unsafe|nonce|\*/);
});

test('the <meta> policy comes first in <head>, after the charset, before any script', () => {
  const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><script>x()</script></head><body></body></html>';
  assert.equal(
    insertPolicyMeta(html, `script-src 'self' "q" & co`),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' &quot;q&quot; &amp; co"><script>x()</script></head><body></body></html>`,
  );
  assert.equal(insertPolicyMeta('<html><head lang="en"><title>t</title>', 'p'), '<html><head lang="en"><meta http-equiv="content-security-policy" content="p"><title>t</title>');
});

test('_headers gets the policy and every path rule moves under the base path', () => {
  const template = '# comment mentioning CONTENT_SECURITY_POLICY\n/*\n  Content-Security-Policy: CONTENT_SECURITY_POLICY\n/_astro/*\n  Cache-Control: immutable\n';
  assert.equal(
    fillHeaders(template, "default-src 'self'", '/sub/'),
    "# comment mentioning CONTENT_SECURITY_POLICY\n/sub/*\n  Content-Security-Policy: default-src 'self'\n/sub/_astro/*\n  Cache-Control: immutable\n",
  );
  assert.equal(fillHeaders(template, 'p', '/').split('\n')[1], '/*');
  assert.throws(() => fillHeaders('/*\n  X-Frame-Options: DENY\n', 'p', '/'), /CONTENT_SECURITY_POLICY/);
});

test('insertPolicyMeta replaces the policy of a page that has one, so a page kept from a build never gets two', () => {
  const once = insertPolicyMeta('<html><head><meta charset="utf-8"><title>t</title>', 'old');
  const twice = insertPolicyMeta(once, 'new');
  assert.equal(twice, '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="new"><title>t</title>');
  assert.equal(insertPolicyMeta(twice, 'new'), twice);
});

test('a page’s policy is read back as it was given, and a page without one has none', () => {
  const policy = `script-src 'self' "q" & co`;
  assert.equal(pagePolicy(insertPolicyMeta('<html><head><meta charset="utf-8"><title>t</title>', policy)), policy);
  assert.equal(pagePolicy(`<head><meta http-equiv="content-security-policy" content="a &#39;b&#39;"></head>`), "a 'b'");
  assert.equal(pagePolicy('<html><head><title>t</title></head>'), undefined);
});
