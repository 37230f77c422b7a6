import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIconPng } from '../../lib/social/icon.ts';
import { ICON_SIZES } from '../../lib/social/social-image.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props: { size } }) =>
  new Response(new Uint8Array(renderIconPng(site.icon, size)), { headers: { 'Content-Type': 'image/png' } });
