import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { codeBlockTransformers } from '../../src/lib/markdown/code-blocks.ts';
import { CODE_THEMES, LIGHT_COLOUR_FIXES } from '../../src/lib/markdown/code-themes.ts';

const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: codeBlockTransformers() } });

/** Each token's light and dark colour, as the rendered block's CSS variables give them. */
async function colours(markdown: string) {
  const { code } = await processor.render(markdown, { frontmatter: {} });
  return [...code.matchAll(/--shiki-light:(#\w+);--shiki-dark:(#\w+)/g)].map(([, light, dark]) => ({ light: light!.toLowerCase(), dark: dark!.toLowerCase() }));
}

test("the light theme's two palest colours are darkened, in the light theme only; the config is left as it was", async () => {
  const before = JSON.stringify(CODE_THEMES);
  // A comment (#6e7781 in GitHub's light theme) and a function name (#8250df).
  const tokens = await colours('```js\n// a comment\nfunction greet() {}\n```\n');
  const light = tokens.map((token) => token.light);
  for (const [pale, dark] of Object.entries(LIGHT_COLOUR_FIXES)) {
    assert.ok(!light.includes(pale), `${pale} is gone`);
    assert.ok(light.includes(dark), `${dark} is used`);
  }
  assert.ok(tokens.some((token) => token.dark === '#8b949e'), 'the dark theme keeps its own comment colour');
  assert.equal(JSON.stringify(CODE_THEMES), before, 'Astro hashes the config after highlighting: a change would render every page again');
});
