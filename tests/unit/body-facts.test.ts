import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyFacts, postBodyFacts, withFactsForBody } from '../../src/lib/body-facts.ts';

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
