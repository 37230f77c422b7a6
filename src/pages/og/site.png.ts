import type { APIRoute } from 'astro';
import { cachedCardPng } from '../../lib/social/card-cache.ts';
import { siteCard } from '../../lib/social/card-content.ts';

export const GET: APIRoute = async () => {
  const card = await cachedCardPng(siteCard());
  if (!card) throw new Error('The site card cannot be drawn: its title or description uses a script no card font covers');
  return new Response(new Uint8Array(card.png), { headers: { 'Content-Type': 'image/png' } });
};
