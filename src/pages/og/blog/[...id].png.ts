import type { APIRoute, GetStaticPaths } from 'astro';
import { cardKey } from '../../../lib/social/card.ts';
import { cachedCardPng, prefetchCards } from '../../../lib/social/card-cache.ts';
import { postCard } from '../../../lib/social/card-content.ts';
import { hasOwnCard } from '../../../lib/social/social-image.ts';
import { getVisiblePosts, type Post } from '../../../lib/posts.ts';

export const getStaticPaths = (async () => {
  const posts = (await getVisiblePosts()).filter(hasOwnCard);
  prefetchCards(posts.map(postCard));
  return posts.map((post) => ({ params: { id: post.id }, props: { post }, cacheKey: cardKey(postCard(post)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) => {
  const card = await cachedCardPng(postCard(post));
  if (!card) throw new Error(`The social card of ${post.id} cannot be drawn`);
  return new Response(new Uint8Array(card.png), { headers: { 'Content-Type': 'image/png' } });
};
