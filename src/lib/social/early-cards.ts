import type { Post } from '../posts.ts';
import { prefetchCards } from './card-cache.ts';
import { postCard } from './card-content.ts';

/**
 * Starts drawing a post's social card as soon as the post is loaded, long before its page is built: on
 * two cores the cards then draw beside content loading and bundling as well as beside rendering. The
 * card's route joins the job (card-cache.ts) or reads the finished card. A post with a cover is left to
 * the route, which knows once images are processed whether the cover stands in for the card.
 */
export function startCardEarly(data: Pick<Post['data'], 'title' | 'date' | 'tags' | 'cover'>): void {
  if (!data.cover) prefetchCards([postCard({ data })]);
}
