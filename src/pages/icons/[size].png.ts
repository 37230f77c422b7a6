import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../lib/cache-keys.ts';
import { iconSvg, renderIconPng } from '../../lib/social/icon.ts';
import { ICON_SIZES } from '../../lib/social/image-paths.ts';
import { site } from '../../site.config.ts';

// The icon is a file in public/, which the build's module graph does not see: its content is in the key.
export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size }, cacheKey: cacheKey([size, iconSvg(site.icon)]) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props: { size } }) =>
  new Response(new Uint8Array(await renderIconPng(site.icon, size)), { headers: { 'Content-Type': 'image/png' } });
