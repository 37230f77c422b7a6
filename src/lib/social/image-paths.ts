/**
 * Where the site's own images are served, for the routes that draw them and for whatever names them
 * (pages, feeds, the content check, which must not take them for missing files of public/).
 */
import { POSTS_PATH } from '../urls.ts';

export const SITE_CARD_PATH = '/og/site.png';

export function postCardPath(id: string): string {
  // Cards mirror the posts' folder (the route is src/pages/og/blog/[...id].png.ts).
  return `/og${POSTS_PATH}${id}.png`;
}

/** PNG renderings of the site icon, for places that do not take SVG (feed readers). */
export const ICON_SIZES = [64, 144, 512] as const;
export function iconPath(size: (typeof ICON_SIZES)[number]): string {
  return `/icons/${size}.png`;
}

/** The route is src/pages/[icon].ico.ts. */
export const FAVICON_PATH = '/favicon.ico';
/** The sizes in /favicon.ico: the tab, the taskbar and the desktop at standard density. */
export const FAVICON_ICO_SIZES = [16, 32, 48] as const;

/** Whether a site path (without the base) is an image one of the site's routes draws. */
export function isGeneratedImagePath(path: string): boolean {
  const cardFolder = postCardPath('').slice(0, -'.png'.length); // "/og/blog/"
  const isPostCard = path.startsWith(cardFolder) && path.endsWith('.png') && path.length > `${cardFolder}.png`.length;
  return isPostCard || path === SITE_CARD_PATH || path === FAVICON_PATH || ICON_SIZES.some((size) => iconPath(size) === path);
}
