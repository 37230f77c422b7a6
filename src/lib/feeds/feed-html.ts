import { parse, type HTMLElement } from 'node-html-parser';

/**
 * What a feed reader gets of a rendered post. Readers run no scripts and load none of the site's CSS,
 * and they resolve relative URLs against the feed (or not at all), so:
 * - page-only elements go: <script>, <style>, <button>, <template>, and anything marked
 *   `data-feed="omit"` (copy buttons, heading anchor icons, theme toggles: mark such elements with it);
 * - every URL (href, src, srcset, poster, cite) becomes absolute, resolved against the post's own URL
 *   exactly as the browser resolves it on the page;
 * - CSS custom properties in inline styles (Shiki's dual-theme colours) are dropped: without the site's
 *   stylesheet they mean nothing, and `data-astro-*` hooks are dropped with them.
 */
export const OMIT_SELECTOR = 'script, style, button, template, [data-feed="omit"]';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

export function cleanFeedHtml(html: string, pageUrl: string): string {
  const root = parse(html, {
    comment: false,
    // Parse <pre> like any element so its highlighted spans can be cleaned too.
    blockTextElements: { script: true, style: true, noscript: true },
  });
  for (const element of root.querySelectorAll(OMIT_SELECTOR)) element.remove();
  for (const element of root.querySelectorAll('*')) cleanAttributes(element, pageUrl);
  return root.toString().trim();
}

function cleanAttributes(element: HTMLElement, pageUrl: string): void {
  for (const [name, value] of Object.entries(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('data-astro')) element.removeAttribute(name);
    else if (URL_ATTRIBUTES.includes(lower)) element.setAttribute(name, absolutize(value, pageUrl));
    else if (lower === 'srcset') element.setAttribute(name, absolutizeSrcset(value, pageUrl));
    else if (lower === 'style') {
      const kept = withoutCustomProperties(value);
      if (kept) element.setAttribute(name, kept);
      else element.removeAttribute(name);
    }
  }
}

/** Absolute URL of `value` as written on the page at `pageUrl`; values that are not URLs stay as they are. */
export function absolutize(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return value;
  try {
    return new URL(trimmed, pageUrl).href;
  } catch {
    return value;
  }
}

/** "a.webp 640w, b.webp 1280w" with each candidate's URL made absolute. */
export function absolutizeSrcset(value: string, pageUrl: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.split(/\s+/);
      return [absolutize(url, pageUrl), ...descriptor].join(' ');
    })
    .join(', ');
}

function withoutCustomProperties(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration && !declaration.startsWith('--'))
    .join('; ');
}
