import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Fonts for social cards, from npm (@fontsource). Each package splits its font into files by Unicode
 * range and says which in its CSS, so a card loads only the files that hold its own characters:
 * a Latin title reads a few hundred kilobytes, a Japanese one adds the few slices it needs.
 * Satori reads woff (not woff2). Families are tried in order, so Latin text stays in Noto Sans.
 */
export const CARD_FONT_PACKAGES = ['@fontsource/noto-sans', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-kr'] as const;

export type CardWeight = 400 | 700;

export interface FontFile {
  family: string;
  weight: CardWeight;
  /** Absolute path of the .woff file. */
  path: string;
  ranges: [number, number][];
}

/** Parses "U+0000-00FF,U+0131,U+25ee8" into inclusive code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, from = '', to] = match;
    if (from.includes('?')) return [[parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)]];
    const start = parseInt(from, 16);
    return [[start, to ? parseInt(to, 16) : start]];
  });
}

/** The woff files of one @fontsource CSS file, with the ranges each covers. */
export function parseFontsourceCss(css: string, cssDir: string, weight: CardWeight): FontFile[] {
  const files: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const woff = /url\(([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!family || !woff) continue;
    files.push({ family, weight, path: join(cssDir, woff), ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] });
  }
  return files;
}

let catalogue: FontFile[] | undefined;

/** Every font file the card may use, in the order families are preferred. */
export function cardFontFiles(): FontFile[] {
  if (catalogue) return catalogue;
  const require = createRequire(join(process.cwd(), 'package.json'));
  catalogue = CARD_FONT_PACKAGES.flatMap((pkg) => {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    return ([400, 700] as const).flatMap((weight) =>
      parseFontsourceCss(readFileSync(join(dir, `${weight}.css`), 'utf8'), dir, weight),
    );
  });
  return catalogue;
}

const covers = (file: FontFile, codePoint: number) => file.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/**
 * The files needed to draw `text` at `weight`: for each character, the first family's file that covers
 * it. Characters no file covers are reported, so a caller can refuse to draw boxes.
 */
export function fontFilesFor(text: string, weight: CardWeight, files = cardFontFiles()): { files: FontFile[]; missing: string[] } {
  const chosen = new Set<FontFile>();
  const missing = new Set<string>();
  const fileFor = lookup(files, weight);
  for (const char of new Set(text.replace(/\s/g, ''))) {
    const file = fileFor(char.codePointAt(0)!);
    if (file) chosen.add(file);
    else missing.add(char);
  }
  return { files: [...chosen], missing: [...missing] };
}

const lookups = new WeakMap<FontFile[], Map<CardWeight, (codePoint: number) => FontFile | undefined>>();

/** Which file draws a code point, remembered: every card of a build asks about the same few hundred. */
function lookup(files: FontFile[], weight: CardWeight): (codePoint: number) => FontFile | undefined {
  let byWeight = lookups.get(files);
  if (!byWeight) lookups.set(files, (byWeight = new Map()));
  let find = byWeight.get(weight);
  if (!find) {
    const known = new Map<number, FontFile | undefined>();
    find = (codePoint) => {
      if (!known.has(codePoint)) known.set(codePoint, files.find((file) => file.weight === weight && covers(file, codePoint)));
      return known.get(codePoint);
    };
    byWeight.set(weight, find);
  }
  return find;
}
