import type { ShikiConfig } from 'astro';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const satisfies ShikiConfig['themes'];

/**
 * GitHub's light colours on white all pass 4.5:1, but two with almost no room: comments (#6e7781,
 * 4.55) and purple names (#8250df, 5.05) fall below it on a marked line's tint. They are darkened to
 * GitHub's next shade, so marked lines can be tinted across the code in the light theme too.
 */
export const LIGHT_COLOUR_FIXES: Readonly<Record<string, string>> = { '#6e7781': '#57606a', '#8250df': '#6639ba' };

/**
 * Applies LIGHT_COLOUR_FIXES to the light theme only, as Shiki's colour replacements. Not a theme
 * object of our own: Shiki loads a theme object again for every block (twice the highlighting time at
 * 1,000 posts), and changes it in place, which changes the config Astro hashes for its page cache.
 */
export function lightColourFixes(): ShikiTransformer {
  return {
    name: 'compiled-notes:light-colour-fixes',
    preprocess(_code, options) {
      options.colorReplacements = { ...options.colorReplacements, [CODE_THEMES.light]: { ...LIGHT_COLOUR_FIXES } };
    },
  };
}
