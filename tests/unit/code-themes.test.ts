import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import githubLight from '@shikijs/themes/github-light-default';
import { CODE_THEMES, LIGHT_COLOUR_FIXES } from '../../src/lib/markdown/code-themes.ts';

test("the light code theme is GitHub's, with only its two palest colours darkened, in tokens and ANSI colours", () => {
  const theme = CODE_THEMES.light;
  const json = JSON.stringify(theme).toLowerCase();
  for (const [pale, dark] of Object.entries(LIGHT_COLOUR_FIXES)) {
    assert.ok(JSON.stringify(githubLight).toLowerCase().includes(`"${pale}"`), `GitHub's theme has ${pale}`);
    assert.ok(!json.includes(`"${pale}"`), `${pale} is gone`);
    assert.ok(json.includes(`"${dark}"`), `${dark} is used`);
  }
  assert.equal(theme.colors?.['terminal.ansiWhite'], '#57606a');
  assert.equal(theme.tokenColors?.length, githubLight.tokenColors!.length + 1, 'GitHub’s rules and the default one');
  assert.equal(theme.colors?.['editor.background'], githubLight.colors?.['editor.background']);
  assert.notEqual(theme.name, githubLight.name, 'a theme of its own name, so that no cache takes one for the other');
});

test('highlighting leaves the themes as they were: Astro hashes the config after it, and a changed hash renders every page again', async () => {
  const before = JSON.stringify(CODE_THEMES);
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig: { themes: CODE_THEMES, defaultColor: false } });
  const { code } = await processor.render('```js\n// a comment\nconst a = 1;\n```\n', { frontmatter: {} });
  assert.match(code, /--shiki-light:#57606a/i, 'the darkened comment colour is used');
  assert.equal(JSON.stringify(CODE_THEMES), before);
});
