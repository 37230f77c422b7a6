import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, prepareSite } from '../support/sites.ts';

const GOOD = 'title: Broken post\ndescription: A post with a mistake\ndate: 2026-02-01';

/** Each case: frontmatter, and the one line the build must print for it. */
const CASES: [name: string, frontmatter: string, line: string][] = [
  ['missing title', 'description: A post\ndate: 2026-02-01', 'src/content/blog/broken.md:1 — title: is required'],
  ['date that is not a date', 'title: T\ndescription: D\ndate: next tuesday', 'src/content/blog/broken.md:4 — date: must be a date such as 2026-02-07'],
  ['wrong type', `${GOOD}\ntags: rust`, 'src/content/blog/broken.md:5 — tags: must be a list of tags, such as [rust, ai]'],
  ['unknown field', `${GOOD}\ntgas: [rust]`, 'src/content/blog/broken.md:5 — tgas: is not a known field (did you mean "tags"?)'],
  ['updated before date', `${GOOD}\nupdated: 2026-01-01`, 'src/content/blog/broken.md:5 — updated: must not be before date (2026-02-01)'],
  ['broken YAML', `${GOOD}\ntags: [rust`, 'src/content/blog/broken.md:5 — frontmatter: is not valid YAML'],
];

for (const [name, frontmatter, line] of CASES) {
  test(`a post with ${name} fails the build with one clear line, and nothing is written`, () => {
    const dir = prepareSite(`bad-${name.replace(/\W+/g, '-')}`, {
      'src/content/blog/broken.md': `---\n${frontmatter}\n---\n\nBody.\n`,
    });
    const result = buildSite(dir);
    assert.notEqual(result.status, 0, 'the build fails');
    assert.ok(result.output.includes(line), `expected the line\n  ${line}\nin\n${result.output}`);
    assert.equal(existsSync(join(dir, 'dist')), false, 'no dist/ was written');
  });
}
