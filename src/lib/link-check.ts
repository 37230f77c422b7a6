/**
 * Links between posts, checked before the build: a link to another post must lead to one that is
 * published whenever the linking post is (not to a draft, nor to a post scheduled after it), a link to a
 * tag must lead to one of its pages, and a #fragment must name an element the target page has.
 * Otherwise readers would follow it to a 404 or to the top of a page; a typo in a post's address is
 * caught the same way, with the nearest address offered. A draft's links wait until it is published: it
 * may name a part not yet written. Links to other pages of the site (the archive, feeds, files in
 * public/) are not checked here.
 */
import type { WrittenLink } from './body-scan.ts';
import { isoDate } from './dates.ts';
import { closest } from './did-you-mean.ts';
import { decodePath } from './markdown/content-images.ts';
import { PAGE_IDS } from './page-ids.ts';
import { postIdOf } from './post-id.ts';
import { isPublished } from './publishing.ts';
import { buildTagIndex, type TagIndex } from './tags.ts';
import { POSTS_PATH, TAGS_PATH, postPath, tagPath, withoutBase } from './urls.ts';

export interface LinkingPost {
  /** The file problems are reported in. */
  file: string;
  id: string;
  /** Its frontmatter; undefined when that has problems of its own (the post is still an address links may name). */
  data?: { date: Date; draft: boolean; tags: readonly string[] } | undefined;
  links: readonly WrittenLink[];
  /** The ids of its content; undefined when they are unknown (its body does not parse). */
  ids: readonly string[] | undefined;
}

export interface LinkProblem {
  file: string;
  line: number;
  field: 'link';
  message: string;
}

/** Where the site is served: a full URL to it (`https://blog.example/blog/x/`) is checked like `/blog/x/`. */
export interface SiteAddress {
  url: string;
  base: string;
  /** Posts a list page shows, for the page numbers a tag has. */
  pageSize: number;
}

/** Fragments every page has: the top of the page (`#top`, `#`) and text fragments (`#:~:text=…`), which the browser finds. */
const fragmentAlwaysThere = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');

/** A post's address from the path after /blog/: "x/" and "x/index.html" are post "x". */
const postIdIn = (rest: string) => rest.replace(/(?:\/index\.html|\/)$/, '');

export function checkLinks(posts: readonly LinkingPost[], now: Date, site: SiteAddress): LinkProblem[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const layoutIds: readonly string[] = Object.values(PAGE_IDS);
  const idSets = new Map(posts.map((post) => [post, post.ids && new Set([...post.ids, ...layoutIds])]));
  const tagIndexes = new Map<number, TagIndex>();
  /** The tags of the posts published at `moment`, named as the site names them then. */
  const tagsAt = (moment: Date): TagIndex => {
    let index = tagIndexes.get(moment.getTime());
    if (!index) {
      const published = posts.flatMap(({ data }) => (data && isPublished(data, moment) ? [{ tags: data.tags, date: data.date }] : []));
      tagIndexes.set(moment.getTime(), (index = buildTagIndex(published)));
    }
    return index;
  };
  const origin = new URL(site.url).origin;
  const problems: LinkProblem[] = [];

  for (const post of posts) {
    if (post.data?.draft) continue;
    const page = postPath(post.id);
    // When readers first see this post: now if it is out, its date if scheduled.
    const shownAt = post.data && new Date(Math.max(post.data.date.getTime(), now.getTime()));
    const report = (line: number, message: string) => problems.push({ file: post.file, line, field: 'link', message });
    const slashless = (line: number, href: string, address: string) =>
      report(line, `${href} needs its trailing slash, as the site serves every page: write ${address}`);

    for (const { line, href } of post.links) {
      let url: URL;
      try {
        url = new URL(href, `${origin}${page}`);
      } catch {
        continue;
      }
      if (url.origin !== origin) continue; // another site, mailto:, …
      // Written from the root ("/blog/x/"), the base path is added at build time; a full URL already has it.
      const served = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href) ? withoutBase(url.pathname, site.base) : url.pathname;
      if (served === undefined) continue; // on this host, outside the site
      const path = decodePath(served);
      const fragment = decodePath(url.hash.slice(1));
      const rest = `${url.search}${url.hash}`;
      const checkFragment = (target: LinkingPost, where: string) => {
        const ids = idSets.get(target);
        if (!ids || fragmentAlwaysThere(fragment) || ids.has(fragment)) return;
        const near = closest(fragment, ids, Math.max(3, Math.ceil(fragment.length / 3)));
        report(line, `${href}: ${where} has no section or element with the id "${fragment}"${near ? ` (did you mean #${near}?)` : ''}`);
      };

      if (path === page) {
        checkFragment(post, 'this post');
      } else if (path.startsWith(POSTS_PATH)) {
        const id = postIdIn(path.slice(POSTS_PATH.length));
        const target = byId.get(id);
        if (!target) {
          const source = /\.mdx?$/i.test(id) ? postIdOf(id) : undefined;
          const file = /\.[a-z\d]+$/i.test(id) && [...byId.keys()].some((known) => id.startsWith(`${known}/`));
          if (source !== undefined && byId.has(source)) {
            report(line, `${href} names a post's source file, which is not published: link to its page, ${postPath(source)}`);
          } else if (file) {
            report(line, `${href} leads to no page: of the files beside a post only its images are published, as images; put other files in public/ and link to them from the site root`);
          } else {
            // Short addresses are all near each other: only offer one when it is a small share of the address.
            const near = closest(id, byId.keys(), Math.ceil(id.length / 3));
            report(line, `${href} leads to no post${near ? ` (did you mean ${postPath(near)}?)` : ''}`);
          }
          continue;
        }
        if (path === `${POSTS_PATH}${id}`) slashless(line, href, `${postPath(id)}${rest}`);
        if (shownAt && target.data?.draft) {
          report(line, `${href} leads to a draft, which is never published: publish it first, or link to it once it is`);
        } else if (shownAt && target.data && target.data.date > shownAt) {
          const when = isPublished(post.data!, now) ? 'is not published yet' : `would be published after this post (${isoDate(post.data!.date)})`;
          report(line, `${href} leads to a post scheduled for ${isoDate(target.data.date)}, which ${when}: readers would find no page there`);
        }
        checkFragment(target, postPath(id));
      } else if (path.startsWith(TAGS_PATH) && path !== TAGS_PATH && shownAt) {
        const [slug = '', ...more] = path.slice(TAGS_PATH.length).split('/');
        const tags = tagsAt(shownAt);
        const tag = tags.bySlug(slug);
        const after = more.join('/');
        if (!tag) {
          const near = closest(slug, tags.tags.map((known) => known.slug));
          report(line, `${href} leads to no tag: no published post has a tag with the address ${tagPath(slug)}${near ? ` (did you mean ${tagPath(near)}?)` : ''}`);
        } else if (more.length === 0) {
          slashless(line, href, `${tagPath(slug)}${rest}`);
        } else if (after !== '' && after !== 'rss.xml') {
          const pages = Math.ceil(tag.count / site.pageSize);
          const [, number, slash] = /^(\d+)(\/?)$/.exec(after) ?? [];
          if (!number || Number(number) < 2 || Number(number) > pages) {
            report(line, `${href} leads to no page: the tag ${tag.name} has ${pages === 1 ? 'one page' : `pages ${tagPath(slug)} and 2 to ${pages}`}`);
          } else if (!slash) {
            slashless(line, href, `${tagPath(slug)}${number}/${rest}`);
          }
        }
      }
    }
  }
  return problems;
}
