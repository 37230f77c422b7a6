import type { CheckedData } from '../content-check.ts';
import { isPublished } from '../publishing.ts';
import { prefetchCards } from './card-cache.ts';
import { postCard } from './card-content.ts';

/** What of a post's frontmatter, as the content check parses it, decides whether and how its card is drawn. */
type CardSource = Pick<CheckedData, 'title' | 'date' | 'tags' | 'draft' | 'cover'>;

/**
 * Starts drawing the social card of every published post as soon as the content check has read the
 * posts, before Astro loads them: a first build's cards are its longest task, and on two cores they
 * then draw beside loading, bundling and rendering. Each card's route joins its job (card-cache.ts) or
 * reads the finished card. A post with a cover is left to its route, which knows once images are
 * processed whether the cover stands in for the card; unpublished posts get no card.
 */
export function startCardsEarly(posts: readonly CardSource[], now: Date): void {
  prefetchCards(posts.filter((data) => isPublished(data, now) && !data.cover).map((data) => postCard({ data })));
}
