import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFacts, postBodyFacts, renderedWithOldFiles, withFactsForBody } from '../../src/lib/body-facts.ts';
import { setSitePublicDir, sitePublicDir } from '../../src/lib/public-files.ts';
import { tempDir } from '../support/temp-dir.ts';

const body = `${'word '.repeat(230 * 3)}\n\n![chart](./chart.png)`;

test('a rendered entry keeps the facts of its body, not the body', () => {
  const entry = { id: 'post', body, rendered: { html: '<p>…</p>', metadata: { headings: [] } } };
  const kept = withFactsForBody(entry);
  assert.equal(kept.body, undefined);
  assert.deepEqual(kept.rendered.metadata.headings, [], 'what Astro put in the metadata stays');
  assert.deepEqual(postBodyFacts(kept), { readingMinutes: 3, references: ['./chart.png'] });
  assert.deepEqual(postBodyFacts(kept), bodyFacts(body));
  assert.equal(entry.body, body, 'the loaded entry is not changed');
});

test('an entry rendered at page time (MDX) keeps its body, and its facts are worked out from it', () => {
  const entry = { id: 'post', body };
  assert.equal(withFactsForBody(entry), entry);
  assert.deepEqual(postBodyFacts(entry), bodyFacts(body));
  assert.deepEqual(postBodyFacts({}), { readingMinutes: 1, references: [] });
});

test('a stored rendering is stale once a public/ file it names changes, and never for a post that names none', (t) => {
  const publicDir = tempDir('public-');
  const previous = sitePublicDir();
  setSitePublicDir(publicDir);
  t.after(() => setSitePublicDir(previous));
  writeFileSync(join(publicDir, 'chart.png'), 'first version');
  const rendered = { html: '<p><img src="/chart.png" width="10" height="10"></p>', metadata: {} };
  const kept = withFactsForBody({ id: 'post', body: 'A [page](/about/) and ![chart](/chart.png)', rendered });
  assert.deepEqual(postBodyFacts(kept).publicFiles?.map((entry) => entry.split(':')[0]), ['/chart.png']);
  assert.equal(renderedWithOldFiles(kept), false);
  writeFileSync(join(publicDir, 'chart.png'), 'a second, larger version');
  assert.equal(renderedWithOldFiles(kept), true);

  const plain = withFactsForBody({ id: 'plain', body: 'No [files](/about/) at all', rendered });
  assert.equal(postBodyFacts(plain).publicFiles, undefined, 'nothing to check on later builds');
  assert.equal(renderedWithOldFiles(plain), false);
  assert.equal(renderedWithOldFiles({}), false);
});
