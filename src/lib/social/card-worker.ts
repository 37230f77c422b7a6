/**
 * A worker thread that renders social cards, started by card-pool.ts. Node runs this file as it is
 * (type stripping), so it and what it imports must stay plain TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import type { CardContent, CardFonts } from './card.ts';
import { renderCardPng } from './card-render.ts';

export interface CardJob {
  id: number;
  card: CardContent;
  fonts: CardFonts;
}

export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, card, fonts }: CardJob) => {
  let reply: CardReply;
  try {
    reply = { id, png: await renderCardPng(card, fonts) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
