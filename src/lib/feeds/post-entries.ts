/**
 * Posts as feed entries, inside an Astro build. Each post's full HTML is rendered once through Astro
 * itself (the Container API renders the same `Content` component the post page renders, MDX included,
 * with the same image pipeline), then cleaned for readers and kept for every other feed that carries it,
 * and on disk for later builds (feed-html-store.ts).
 */
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getImage } from 'astro:assets';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../../components/mdx/index.ts';
import { site } from '../../site.config.ts';
import { getTagIndex, type Post } from '../posts.ts';
import { iconPath } from '../social/image-paths.ts';
import { postSocialImage } from '../social/social-image.ts';
import { postPath, withBase } from '../urls.ts';
import { escapeXml, type FeedChannel, type FeedEntry } from './feed.ts';
import { cleanFeedHtml } from './feed-html.ts';
import { FEED_PATHS } from './paths.ts';
import { contentKey, createRenderCache } from './render-cache.ts';
import { codeFingerprint, feedHtmlKey, feedHtmlStore, keepable, type FeedHtmlStore } from './feed-html-store.ts';
import { postCanonicalUrl, siteUrl } from '../site-urls.ts';
import { revisedAt } from '../seo/lastmod.ts';

/** Module-level, so every feed route of one build shares it. */
export const feedHtmlCache = createRenderCache<string>();

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/** Covers in feeds: wide enough for any reader's column, optimized like every image on the site. */
const FEED_COVER_WIDTH = 1280;

async function coverHtml(post: Post): Promise<string> {
  const cover = post.data.cover;
  if (!cover) return '';
  const image = await getImage({ src: cover.src, width: Math.min(FEED_COVER_WIDTH, cover.src.width) });
  return `<p><img src="${escapeXml(image.src)}" alt="${escapeXml(cover.alt)}" width="${image.attributes.width}" height="${image.attributes.height}"></p>`;
}

let stored: { store: FeedHtmlStore; code: string } | undefined;

/** The on-disk store, when building: in dev the code changes under a running server. */
function storage() {
  if (import.meta.env.DEV) return undefined;
  stored ??= { store: feedHtmlStore(join(process.cwd(), 'node_modules/.cache/feed-html')), code: codeFingerprint(process.cwd()) };
  return stored;
}

/** The post's full content as feed readers should get it. */
export function feedHtml(post: Post): Promise<string> {
  return feedHtmlCache.get(contentKey(post.id, post.digest), async () => {
    const url = siteUrl(postPath(post.id));
    const disk = post.data.cover ? undefined : storage();
    const key = disk && feedHtmlKey({ code: disk.code, id: post.id, digest: post.digest, renderedHtml: post.rendered?.html, url });
    const kept = key ? disk.store.read(key) : undefined;
    if (kept !== undefined) return kept;
    const { Content } = await render(post);
    // The same components the page passes, so Callout, Figure and Details render as they do there.
    const body = await (await getContainer()).renderToString(Content, { props: { components: mdxComponents } });
    const html = cleanFeedHtml((await coverHtml(post)) + body, url);
    if (key && keepable(html)) void disk.store.write(key, html).catch(() => undefined); // only a cache: the next build renders it again
    return html;
  });
}

export async function feedEntry(post: Post): Promise<FeedEntry> {
  const { title, description, date, tags } = post.data;
  const url = siteUrl(postPath(post.id));
  const canonical = postCanonicalUrl(post);
  return {
    url,
    title,
    summary: description,
    published: date,
    modified: revisedAt(post.data),
    tags: (await getTagIndex()).tagsOf(tags).map((tag) => tag.name),
    html: await feedHtml(post),
    image: (await postSocialImage(post)).url,
    externalUrl: canonical !== url ? canonical : undefined,
  };
}

/** The posts a feed carries: the newest `site.feedLimit` of `posts` (already newest first). */
export function feedPosts(posts: readonly Post[]): Post[] {
  return posts.slice(0, site.feedLimit);
}

export function feedEntries(posts: readonly Post[]): Promise<FeedEntry[]> {
  return Promise.all(feedPosts(posts).map(feedEntry));
}

/** A channel for the whole site, or for one tag when `tag` is given. */
export function feedChannel(selfPath: string, tag?: { name: string; path: string }): FeedChannel {
  return {
    title: tag ? `${site.title}: #${tag.name}` : site.title,
    description: tag ? `Posts tagged “${tag.name}” on ${site.title}.` : site.description,
    homeUrl: siteUrl(tag ? tag.path : '/'),
    selfUrl: siteUrl(selfPath),
    language: site.lang,
    image: { url: siteUrl(iconPath(144)), width: 144, height: 144 },
    icon: siteUrl(iconPath(512)),
    favicon: siteUrl(iconPath(64)),
    author: site.author,
    stylesheet: withBase(FEED_PATHS.stylesheet, site.base),
  };
}
