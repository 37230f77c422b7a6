/**
 * Drawing a card: satori lays it out and turns its text into paths, resvg rasterizes it, png.ts
 * compresses it. Only the card worker loads this module (and satori and resvg with it); the build's
 * main thread needs nothing of a card but its layout and key (card.ts).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, fontName, fontsForCard, withMark, type CardContent, type CardFonts } from './card.ts';
import type { FontFile } from './fonts.ts';
import { encodePng } from './png.ts';

const fontSets = new Map<string, Font[]>();

/**
 * The same array for the same files: satori keeps parsed fonts per array, so cards that need the same
 * fonts (most of a site's) parse them once per build instead of once per card.
 */
function satoriFonts(files: FontFile[]): Font[] {
  const key = files.map((file) => `${file.path}:${file.weight}`).join('|');
  let set = fontSets.get(key);
  if (!set) {
    // One name per file: satori keeps a single font per name and weight, and falls back across names.
    set = files.map((file) => ({ name: fontName(file), data: readFileSync(file.path), weight: file.weight, style: 'normal' }));
    fontSets.set(key, set);
  }
  return set;
}

/**
 * Rasterizing and compressing are most of a card's cost. resvg rasterizes on this worker's own thread:
 * its `renderAsync` ran on libuv's pool, where each 3 MB pixmap came from fresh memory, and at 1,000
 * cards the page faults cost more than the overlap gained (about 3 ms of CPU a card; 0.2 to 1.9 s of
 * a first build's wall time on two cores). Compression stays on the pool (png.ts), so the next card is
 * laid out meanwhile. At most two cards at a time: each holds a large SVG and pixmap until done.
 */
const CARD_SLOTS = 2;

/**
 * satori draws every glyph as a path, so the card has no text for resvg to lay out: loading the
 * machine's fonts (resvg's default, on every render) only cost time, about 2 ms a card here and more
 * on machines with many fonts, and let them change nothing but the result's reproducibility.
 */
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;
let cardsRunning = 0;
const waitingForSlot: (() => void)[] = [];

export async function renderCardPng(card: CardContent, fonts: CardFonts = fontsForCard(card)): Promise<Buffer> {
  while (cardsRunning >= CARD_SLOTS) await new Promise<void>((resolve) => waitingForSlot.push(resolve));
  cardsRunning++;
  try {
    const svg = withMark(await satori(cardTree(card, fonts) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: satoriFonts(fonts.files) }));
    const image = new Resvg(svg, RESVG_OPTIONS).render();
    return await encodePng(image.width, image.height, image.pixels);
  } finally {
    cardsRunning--;
    waitingForSlot.shift()?.();
  }
}
