import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seriesFinder } from '../../src/lib/series.ts';

const post = (title: string, date: string, series?: string) => ({ data: { title, date: new Date(date), series } });

test('a series holds the posts that name it, oldest first, under the first part’s spelling', () => {
  const two = post('Lexing', '2026-02-01', 'building a compiler');
  const one = post('Why a compiler', '2026-01-01', 'Building a Compiler');
  const three = post('Parsing', '2026-03-01', 'Building  a compiler');
  const other = post('Elsewhere', '2026-01-15', 'Another series');
  const alone = post('Alone', '2026-01-20');
  const find = seriesFinder([three, other, two, one, alone]);
  const place = find(two)!;
  assert.equal(place.name, 'Building a Compiler');
  assert.deepEqual(place.parts.map((part) => part.data.title), ['Why a compiler', 'Lexing', 'Parsing']);
  assert.equal(place.index, 1);
  assert.equal(find(one)!.index, 0);
  assert.equal(find(three)!.parts, place.parts, 'every part shares one list');
  assert.equal(find(alone), undefined);
});

test('a series with only one part among the posts given is none yet; parts of a day go by title', () => {
  const find = seriesFinder([post('Only part so far', '2026-01-01', 'Slow series')]);
  assert.equal(find(post('Only part so far', '2026-01-01', 'Slow series')), undefined);
  const b = post('B', '2026-01-01', 's');
  const a = post('A', '2026-01-01', 's');
  assert.deepEqual(seriesFinder([b, a])(b)!.parts.map((part) => part.data.title), ['A', 'B']);
});
