import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isExternalLink, withTokens } from '../../src/lib/markdown/external-links.ts';
import { CONTENT_IMAGE_SIZES, CONTENT_MEASURE_REM, PAGE_GUTTER_REM, relativeImagePath } from '../../src/lib/markdown/content-images.ts';
import { CALLOUT_LABELS, isCalloutType } from '../../src/lib/callouts.ts';
import { ROOT } from '../support/sites.ts';

test('which links leave the site', () => {
  const site = 'https://blog.example';
  assert.equal(isExternalLink('https://example.org/', site), true);
  assert.equal(isExternalLink('http://blog.example/x/', site), true, 'another scheme is another origin');
  assert.equal(isExternalLink('//cdn.example/x', site), true);
  assert.equal(isExternalLink('https://blog.example/blog/x/', site), false);
  assert.equal(isExternalLink('/tags/', site), false);
  assert.equal(isExternalLink('#part', site), false);
  assert.equal(isExternalLink('mailto:a@b.c', site), false);
  assert.equal(isExternalLink('other/', site), false);
});

test('rel and class keep what the author wrote', () => {
  assert.equal(withTokens(undefined, 'noopener', 'noreferrer'), 'noopener noreferrer');
  assert.equal(withTokens('me noopener', 'noopener', 'noreferrer'), 'me noopener noreferrer');
  assert.equal(withTokens(['nofollow'], 'noopener'), 'nofollow noopener');
});

test('image paths beside a post', () => {
  assert.equal(relativeImagePath('chart.png'), './chart.png');
  assert.equal(relativeImagePath('./chart.png'), './chart.png');
  assert.equal(relativeImagePath('../shared/chart.png'), '../shared/chart.png');
  assert.equal(relativeImagePath('/public.png'), undefined);
  assert.equal(relativeImagePath('https://example.org/x.png'), undefined);
  assert.equal(relativeImagePath('data:image/png;base64,AA'), undefined);
});

test('image sizes match the column the stylesheet draws', () => {
  const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
  assert.match(css, new RegExp(`--measure: ${CONTENT_MEASURE_REM}rem;`));
  assert.match(css, new RegExp(`main \\{[^}]*max-width: calc\\(var\\(--measure\\) \\+ ${2 * PAGE_GUTTER_REM}rem\\);[^}]*padding: [\\d.]+rem ${PAGE_GUTTER_REM}rem`));
  assert.equal(CONTENT_IMAGE_SIZES, '(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)');
});

test('callout types', () => {
  assert.deepEqual(Object.keys(CALLOUT_LABELS), ['note', 'tip', 'important', 'warning', 'caution', 'danger']);
  assert.equal(isCalloutType('tip'), true);
  assert.equal(isCalloutType('info'), false);
  assert.equal(isCalloutType('toString'), false);
});
