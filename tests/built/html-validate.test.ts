/**
 * Every page of every built test site validates with html-validate's recommended rules, configured in
 * .htmlvalidate.json (also read by `npx html-validate dist`). Two rules are configured, none disabled:
 * - aria-label-misuse allows naming any element whose role permits a name (as html-validate's "standard"
 *   preset does): ARIA lets authors name a list, and the tag lists are announced as "Tags, list".
 * - no-inline-style also allows three properties that the Markdown pipeline writes, not authors:
 *   `overflow-x` (Shiki, on every code block; its colours are CSS variables, which the rule allows
 *   anyway), `text-align` (Sätteri, for the column alignment of GFM tables) and `user-select` (Shiki
 *   transformers, on diff markers and other gutters that must not be copied).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlPages } from '../support/dist.ts';
import { distDir, ROOT } from '../support/sites.ts';
import { BASE_PATH_SITE } from '../support/test-sites.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

test('the validator is configured with the recommended rules and does fail invalid HTML', async () => {
  const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>open</div><img src="a.png"></body></html>', 'bad.html');
  const rules = new Set(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
  assert.ok(rules.has('no-implicit-close') && rules.has('wcag/h37') && rules.has('doctype-style'), `unexpected rules: ${[...rules].join(', ')}`);
});

for (const name of ['main', BASE_PATH_SITE.name]) {
  test(`every page of the "${name}" site is valid HTML`, async () => {
    const dist = distDir(name);
    const pages = htmlPages(dist);
    assert.ok(pages.length >= 30, `only ${pages.length} pages found`);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), page);
      for (const { messages } of report.results) {
        for (const m of messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`);
  });

  // Comments in .astro markup are shipped as they are; the source's notes are for its authors.
  test(`no page of the "${name}" site carries an HTML comment`, () => {
    const dist = distDir(name);
    const comments = htmlPages(dist).flatMap((page) => (readFileSync(join(dist, page), 'utf8').match(/<!--[\s\S]*?-->/g) ?? []).map((comment) => `${page}: ${comment.slice(0, 80)}`));
    assert.deepEqual(comments.slice(0, 10), []);
  });
}
