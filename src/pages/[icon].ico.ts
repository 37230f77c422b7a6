import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../lib/cache-keys.ts';
import { icoFile } from '../lib/social/ico.ts';
import { iconSvg, renderIconPng } from '../lib/social/icon.ts';
import { FAVICON_ICO_SIZES, FAVICON_PATH } from '../lib/social/image-paths.ts';
import { site } from '../site.config.ts';

// One path, /favicon.ico, as a dynamic route only so that a rebuild can reuse it by its key, as the PNG icons.
export const getStaticPaths = (() => [{ params: { icon: FAVICON_PATH.slice(1, -'.ico'.length) }, cacheKey: cacheKey([FAVICON_ICO_SIZES, iconSvg(site.icon)]) }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const images = await Promise.all(FAVICON_ICO_SIZES.map(async (size) => ({ size, png: await renderIconPng(site.icon, size) })));
  return new Response(new Uint8Array(icoFile(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
