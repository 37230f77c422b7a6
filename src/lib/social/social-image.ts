/**
 * The image that stands for a page when it is shared or syndicated: a post's cover cropped to the card
 * size when it has one large enough, else its own rendered card, else (a title no shipped font can
 * draw) the site's.
 */
import { getImage } from 'astro:assets';
import { site } from '../../site.config.ts';
import type { Post } from '../posts.ts';
import type { SocialImage } from '../seo/page-meta.ts';
import { CARD_HEIGHT, CARD_WIDTH, fontsForCard } from './card.ts';
import { postCard } from './card-content.ts';
import { siteUrl } from '../site-urls.ts';
import { absoluteUrl } from '../urls.ts';
import { postCardPath, SITE_CARD_PATH } from './image-paths.ts';

export type { SocialImage };

/** A cover stands in for the card when it is big enough to crop to the card's size (images are never enlarged). */
function coverForCard(post: Post) {
  const cover = post.data.cover;
  return cover && cover.src.width >= CARD_WIDTH && cover.src.height >= CARD_HEIGHT ? cover : undefined;
}

/** Whether the post gets a card of its own: no usable cover, and every character of its card can be drawn. */
export function hasOwnCard(post: Post): boolean {
  return !coverForCard(post) && fontsForCard(postCard(post)).missing.length === 0;
}

export function siteSocialImage(): SocialImage {
  return { url: siteUrl(SITE_CARD_PATH), width: CARD_WIDTH, height: CARD_HEIGHT, alt: site.title, type: 'image/png' };
}

export async function postSocialImage(post: Post): Promise<SocialImage> {
  const { title } = post.data;
  const cover = coverForCard(post);
  if (cover) {
    const image = await getImage({ src: cover.src, width: CARD_WIDTH, height: CARD_HEIGHT, fit: 'cover', format: 'jpeg' });
    // Astro's image URL already carries the base path.
    return { url: absoluteUrl(image.src, site.url), width: CARD_WIDTH, height: CARD_HEIGHT, alt: cover.alt, type: 'image/jpeg' };
  }
  if (hasOwnCard(post)) return { url: siteUrl(postCardPath(post.id)), width: CARD_WIDTH, height: CARD_HEIGHT, alt: title, type: 'image/png' };
  return siteSocialImage();
}
