import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  assert.equal(theme.tokenColors?.length, githubLight.tokenColors?.length);
  assert.equal(theme.colors?.['editor.background'], githubLight.colors?.['editor.background']);
  assert.notEqual(theme.name, githubLight.name, 'a theme of its own name, so that no cache takes one for the other');
});
