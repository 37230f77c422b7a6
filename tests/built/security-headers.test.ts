/**
 * The Content-Security-Policy covers every inline script and style of every built page, both in the
 * page's own <meta> tag and in dist/_headers; the other security and cache headers are there too.
 * Hashes are recomputed here from an independent HTML parser, not from the build's own code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages } from '../support/dist.ts';
import { parseHeaders } from '../support/headers-file.ts';
import { distDir } from '../support/sites.ts';
import { BASE_PATH_SITE } from '../support/test-sites.ts';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);

for (const { name, base } of [{ name: 'main', base: '/' }, BASE_PATH_SITE]) {
  const dist = distDir(name);
  const headers = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const all = headers.get(`${base}*`);

  test(`dist/_headers of the "${name}" site sets the security headers and caches hashed assets for a year`, () => {
    assert.ok(all, `no rule for ${base}*: ${[...headers.keys()].join(', ')}`);
    assert.equal(all.get('x-content-type-options'), 'nosniff');
    assert.equal(all.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.match(all.get('permissions-policy') ?? '', /camera=\(\)/);
    assert.match(all.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.match(headers.get(`${base}_astro/*`)?.get('cache-control') ?? '', /max-age=31536000.*immutable/);
  });

  test(`every inline script and style of every "${name}" page is allowed by hash, in its <meta> policy and in _headers`, () => {
    const header = parsePolicy(all!.get('content-security-policy')!);
    let scripts = 0;
    let styles = 0;
    for (const page of htmlPages(dist)) {
      const root = parse(readFileSync(join(dist, page), 'utf8'));
      const head = root.querySelector('head')!;
      const meta = head.querySelector('meta[http-equiv="content-security-policy"]');
      assert.ok(meta, `${page}: no <meta> policy`);
      const before = head.querySelectorAll('script, style, link').filter((el) => el.range[0] < meta.range[0]);
      assert.equal(before.length, 0, `${page}: the policy comes after ${before.map((el) => `<${el.rawTagName}>`).join(', ')}`);
      const own = parsePolicy(meta.getAttribute('content')!);
      assert.equal(own.has('frame-ancestors'), false, `${page}: frame-ancestors is ignored in <meta>`);

      for (const policy of [own, header]) {
        for (const directive of ['script-src', 'style-src']) {
          const sources = policy.get(directive) ?? [];
          assert.ok(!sources.some((s) => /^'(unsafe-inline|unsafe-eval|strict-dynamic)'$|^'nonce-|^\*$|^https?:$/.test(s)), `${page}: ${directive} ${sources.join(' ')}`);
        }
        assert.deepEqual(policy.get('default-src'), ["'self'"]);
        assert.deepEqual(policy.get('object-src'), ["'none'"]);
      }
      for (const script of root.querySelectorAll('script:not([src])')) {
        if (!EXECUTABLE.has((script.getAttribute('type') ?? '').toLowerCase())) continue;
        scripts++;
        for (const [where, policy] of [['<meta>', own], ['_headers', header]] as const) {
          assert.ok(policy.get('script-src')?.includes(hash(script.rawText)), `${page}: ${where} does not allow the script ${script.rawText.slice(0, 60)}…`);
        }
      }
      for (const style of root.querySelectorAll('style')) {
        styles++;
        for (const [where, policy] of [['<meta>', own], ['_headers', header]] as const) {
          assert.ok(policy.get('style-src')?.includes(hash(style.rawText)), `${page}: ${where} does not allow the style ${style.rawText.slice(0, 60)}…`);
        }
      }
      const handlers = root.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)).map((a) => `<${el.rawTagName} ${a}>`));
      assert.deepEqual(handlers, [], `${page}: inline event handlers cannot be hashed`);
    }
    // Every page has the theme script inline; inline styles come and go with Astro's choices.
    assert.ok(scripts > 0, `found ${scripts} inline scripts and ${styles} inline styles: the check saw nothing`);
  });

  test(`a "${name}" feed opened in a browser is styled by a file of the site, which _headers allows, with nothing inline`, () => {
    const stylesheet = /^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="([^"]+)"\?>/.exec(readFileSync(join(dist, 'rss.xml'), 'utf8'))?.[1];
    assert.equal(stylesheet, `${base}feed.css`);
    const css = readFileSync(join(dist, 'feed.css'), 'utf8');
    assert.doesNotMatch(css, /url\(|@import/, 'it loads nothing else, so it works under any base path');
    assert.ok(parsePolicy(all!.get('content-security-policy')!).get('style-src')?.includes("'self'"), "style-src allows the site's own files");
  });
}
