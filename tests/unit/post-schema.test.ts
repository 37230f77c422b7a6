import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { postSchema } from '../../src/lib/post-schema.ts';

const schema = postSchema(() => z.string());
const dateOf = (date: unknown) => {
  const result = schema.safeParse({ title: 'T', description: 'D', date });
  return result.success ? result.data.date.toISOString() : result.error.issues.map((issue) => issue.message).join('; ');
};

test('dates and date-times without an offset are UTC wherever the build runs, as Astro reads unquoted ones', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      assert.equal(dateOf('2026-02-07'), '2026-02-07T00:00:00.000Z', tz);
      assert.equal(dateOf('2026-02-07 01:00'), '2026-02-07T01:00:00.000Z', tz);
      assert.equal(dateOf('2026-02-07T01:00:00'), '2026-02-07T01:00:00.000Z', tz);
      assert.equal(dateOf(new Date(Date.UTC(2026, 1, 7))), '2026-02-07T00:00:00.000Z', tz);
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('an offset is honoured, in either form', () => {
  assert.equal(dateOf('2026-02-07T09:30:00+09:00'), '2026-02-07T00:30:00.000Z');
  assert.equal(dateOf('2026-02-07T09:30:00+0900'), '2026-02-07T00:30:00.000Z');
  assert.equal(dateOf('2026-02-07T09:30:00Z'), '2026-02-07T09:30:00.000Z');
  // The other forms YAML's timestamps allow, which Astro's parser reads the same way.
  assert.equal(dateOf('2026-02-07t09:30:00z'), '2026-02-07T09:30:00.000Z');
  assert.equal(dateOf('2026-02-07 09:30:00.5 -5'), '2026-02-07T14:30:00.500Z');
  assert.equal(dateOf('2026-02-07T09:30:00+05:30'), '2026-02-07T04:00:00.000Z');
});

test('a date that does not exist is an error, not the next month', () => {
  assert.equal(dateOf('2026-02-30'), 'must be a date that exists: 2026-02-30 does not');
  assert.equal(dateOf('2025-02-29'), 'must be a date that exists: 2025-02-29 does not');
  assert.equal(dateOf('2028-02-29'), '2028-02-29T00:00:00.000Z');
  assert.equal(dateOf('2026-02-07T25:00'), 'must be a date such as 2026-02-07, not "2026-02-07T25:00"');
  assert.equal(dateOf('soon'), 'must be a date such as 2026-02-07, not "soon"');
});
