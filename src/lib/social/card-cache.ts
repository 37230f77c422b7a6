import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardKey, fontsForCard, type CardContent, type CardFonts } from './card.ts';
import { renderCardInWorker } from './card-pool.ts';
import { processShared } from '../process-shared.ts';
import { writeCacheFile } from '../cache-file.ts';

/**
 * Rendered cards live in a folder that outlives builds, named by a hash of everything drawn on them,
 * so the next build renders only cards whose post (or the card design, or its fonts) changed.
 */
export function defaultCardCacheDir(cwd = process.cwd()): string {
  if (process.env.CARD_CACHE_DIR) return process.env.CARD_CACHE_DIR;
  // The node_modules the renderer is installed in: a test site (a copy of the project inside it) has a
  // node_modules of its own for Astro's cache only, and is deleted with its cards before every build.
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules/satori'))) return join(dir, 'node_modules/.cache/social-cards');
    if (dirname(dir) === dir) return join(cwd, 'node_modules/.cache/social-cards');
  }
}

export interface CardResult {
  png: Buffer;
  fromCache: boolean;
}

/**
 * The card's PNG, from the cache when an identical card was rendered before. Returns undefined when a
 * character of the card has no shipped font: such a card would show boxes, so the caller falls back.
 */
export function cachedCardPng(card: CardContent, cacheDir = defaultCardCacheDir(), render = renderCardInWorker): Promise<CardResult | undefined> {
  const fonts = fontsForCard(card);
  if (fonts.missing.length > 0) return Promise.resolve(undefined);
  const file = join(cacheDir, `${cardKey(card, fonts)}.png`);
  // A card being rendered is not rendered twice: prefetchCards starts it early and its route joins it.
  // Once done it is in the cache folder, so it leaves this map (and memory).
  let job = jobs.get(file);
  if (!job) {
    job = renderOrRead(card, fonts, file, render).finally(() => jobs.delete(file));
    jobs.set(file, job);
  }
  return job;
}

// Shared with the copy of this module that starts cards from the content check (early-cards.ts).
const jobs = processShared('card-jobs', () => new Map<string, Promise<CardResult>>());

/**
 * Starts every card that is not in the cache yet, so they render off-thread while the build goes on:
 * once the content check has read the posts (early-cards.ts), and from the card route for any left.
 * A card already started is joined, not started again. Cached ones are left alone: an incremental
 * build may not need them at all.
 */
export function prefetchCards(cards: readonly CardContent[], cacheDir = defaultCardCacheDir()): void {
  for (const card of cards) {
    const fonts = fontsForCard(card);
    if (fonts.missing.length > 0 || existsSync(join(cacheDir, `${cardKey(card, fonts)}.png`))) continue;
    void cachedCardPng(card, cacheDir).catch(() => undefined); // the route reports failures
  }
}

async function renderOrRead(card: CardContent, fonts: CardFonts, file: string, render: typeof renderCardInWorker): Promise<CardResult> {
  if (existsSync(file)) {
    return { png: readFileSync(file), fromCache: true };
  }
  const png = await render(card, fonts);
  await writeCacheFile(file, png);
  return { png, fromCache: false };
}
