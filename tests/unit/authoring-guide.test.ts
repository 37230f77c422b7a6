/** The authoring guide keeps up with what it documents: every field, component and callout type. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POST_FIELDS } from '../../src/lib/post-schema.ts';
import { CALLOUT_LABELS } from '../../src/lib/callouts.ts';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-components.ts';
import { ROOT } from '../support/sites.ts';

const guide = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');

test('the README links the guide', () => {
  assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /\]\(docs\/authoring\.md\)/);
});

test('every frontmatter field has a row in the table', () => {
  for (const field of POST_FIELDS) assert.match(guide, new RegExp(`^\\| \`${field}\` \\|`, 'm'), field);
});

test('every MDX component has a section with an example', () => {
  const index = readFileSync(join(ROOT, 'src/components/mdx/index.ts'), 'utf8');
  const names = [...index.matchAll(/^import (\w+) from '\.\/\w+\.astro';$/gm)].map((match) => match[1]!);
  assert.deepEqual(names.sort(), [...MDX_COMPONENT_NAMES].sort(), 'the content check knows every component by name');
  for (const name of names) {
    assert.match(guide, new RegExp(`^### ${name}$`, 'm'), `a ${name} section`);
    assert.match(guide, new RegExp(`<${name}[ >]`), `a ${name} example`);
  }
  for (const type of Object.keys(CALLOUT_LABELS)) assert.ok(guide.includes(`\`${type}\``), `callout type ${type}`);
});
