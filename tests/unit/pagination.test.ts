import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listPageText, paginate } from '../../src/lib/pagination.ts';
import { formatDate, formatDayAndMonth, groupByYearMonth } from '../../src/lib/dates.ts';

test('splits into pages of the given size, page 1 at the list URL', () => {
  const pages = paginate(Array.from({ length: 23 }, (_, i) => i), 10, '/tags/rust/');
  assert.deepEqual(pages.map((page) => page.items.length), [10, 10, 3]);
  assert.deepEqual(pages.map((page) => [page.prev, page.next]), [
    [undefined, '/tags/rust/2/'],
    ['/tags/rust/', '/tags/rust/3/'],
    ['/tags/rust/2/', undefined],
  ]);
  assert.ok(pages.every((page) => page.total === 3));
});

test('exact multiples make no empty last page; an empty list still has page 1', () => {
  assert.equal(paginate(Array.from({ length: 20 }), 10, '/').length, 2);
  const [only, ...rest] = paginate([], 10, '/');
  assert.equal(rest.length, 0);
  assert.deepEqual(only?.items, []);
  assert.equal(only?.next, undefined);
});

test('rejects a page size that is not a positive whole number', () => {
  assert.throws(() => paginate([1], 0, '/'));
  assert.throws(() => paginate([1], 2.5, '/'));
});

test('groups by year and month, keeping order', () => {
  const dates = ['2026-03-02', '2026-03-01', '2026-01-09', '2025-12-31'].map((d) => new Date(d));
  const groups = groupByYearMonth(dates, (d) => d);
  assert.deepEqual(
    groups.map((year) => [year.year, year.months.map((month) => [month.month, month.items.length])]),
    [
      [2026, [['March', 2], ['January', 1]]],
      [2025, [['December', 1]]],
    ],
  );
});

test('dates are formatted in UTC, long on their own and short under a year and month heading', () => {
  const late = new Date('2026-02-07T23:30:00Z');
  assert.equal(formatDate(late), 'February 7, 2026');
  assert.equal(formatDayAndMonth(late), 'Feb 7');
});

test('later list pages say which page they are in their title and description; page 1 does not', () => {
  assert.deepEqual(listPageText({ number: 1, total: 3 }, 'Latest posts', undefined, 'About.'), { title: undefined, description: 'About.' });
  assert.deepEqual(listPageText({ number: 2, total: 3 }, 'Latest posts', undefined, 'About.'), { title: 'Latest posts (page 2 of 3)', description: 'About. (page 2 of 3)' });
  assert.deepEqual(listPageText({ number: 1, total: 1 }, '#rust', 'Posts tagged rust', 'D'), { title: 'Posts tagged rust', description: 'D' });
  assert.deepEqual(listPageText({ number: 3, total: 3 }, '#rust', 'Posts tagged rust', 'D'), { title: 'Posts tagged rust (page 3 of 3)', description: 'D (page 3 of 3)' });
});
