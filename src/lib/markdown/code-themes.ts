import type { ShikiConfig } from 'astro';
import githubLight from '@shikijs/themes/github-light-default';

type Theme = Exclude<NonNullable<ShikiConfig['theme']>, string>;

/**
 * GitHub's light colours on white all pass 4.5:1, but two with almost no room: comments (#6e7781,
 * 4.55) and purple names (#8250df, 5.05) fall below it on a marked line's tint. They are darkened to
 * GitHub's next shade, so marked lines can be tinted across the code in the light theme too.
 */
export const LIGHT_COLOUR_FIXES: Readonly<Record<string, string>> = { '#6e7781': '#57606a', '#8250df': '#6639ba' };

function withColours(theme: Theme, name: string, fixes: Readonly<Record<string, string>>): Theme {
  const fixed = <T extends string | undefined>(colour: T): T => ((colour && fixes[colour.toLowerCase()]) ?? colour) as T;
  return {
    ...theme,
    name,
    // Editor colours too: the ANSI ones colour `ansi` blocks.
    colors: Object.fromEntries(Object.entries(theme.colors ?? {}).map(([key, colour]) => [key, fixed(colour)])),
    tokenColors: [
      // Shiki adds this default rule to a theme that lacks it, changing the config's object in place:
      // Astro hashes the config after highlighting, so the next build (with nothing to highlight) would
      // see another config and render every page again.
      { settings: { foreground: theme.colors?.['editor.foreground'], background: theme.colors?.['editor.background'] } },
      ...(theme.tokenColors ?? []).map((rule) =>
        rule.settings?.foreground ? { ...rule, settings: { ...rule.settings, foreground: fixed(rule.settings.foreground) } } : rule,
      ),
    ],
  };
}

export const CODE_THEMES = {
  light: withColours(githubLight, 'github-light-marked', LIGHT_COLOUR_FIXES),
  dark: 'github-dark-default',
} as const satisfies ShikiConfig['themes'];
