import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, prepareSite } from '../support/sites.ts';

const FIRST_POST = '/blog/rust-is-winning-the-ai-code-generation-race/';

test('links that would lead readers nowhere stop the build before anything is written, each on its line', () => {
  const dir = prepareSite('bad-links', {
    'src/content/blog/linking.md': [
      '---',
      'title: A post with links',
      'description: Some of them lead nowhere.',
      'date: 2025-01-01',
      '---',
      '',
      `Fine: [the first post](${FIRST_POST}) and [a section of it](${FIRST_POST}#type-system-matters).`,
      '',
      `A section it lacks: [typing](${FIRST_POST}#type-systems-matter).`,
      '',
      'A [draft](/blog/unfinished/), a [later post](/blog/next-year/) and a [typo](/blog/rust-is-wining-the-ai-code-generation-race/).',
    ].join('\n'),
    'src/content/blog/unfinished.md': '---\ntitle: Unfinished\ndescription: D\ndate: 2025-01-01\ndraft: true\n---\n\nText.\n',
    'src/content/blog/next-year.md': '---\ntitle: Next year\ndescription: D\ndate: 2099-01-01\n---\n\nText.\n',
  });
  const result = buildSite(dir);
  assert.notEqual(result.status, 0, 'the build fails');
  for (const line of [
    `src/content/blog/linking.md:9 — link: ${FIRST_POST}#type-systems-matter: ${FIRST_POST} has no section or element with the id "type-systems-matter" (did you mean #type-system-matters?)`,
    'src/content/blog/linking.md:11 — link: /blog/unfinished/ leads to a draft, which is never published',
    'src/content/blog/linking.md:11 — link: /blog/next-year/ leads to a post scheduled for 2099-01-01, which is not published yet',
    `src/content/blog/linking.md:11 — link: /blog/rust-is-wining-the-ai-code-generation-race/ leads to no post (did you mean ${FIRST_POST}?)`,
  ]) {
    assert.ok(result.output.includes(line), `expected\n  ${line}\nin\n${result.output}`);
  }
  assert.equal(result.output.match(/ — link: /g)?.length, 4, 'the good links are not reported');
  assert.equal(existsSync(join(dir, 'dist')), false, 'nothing was written');
});
