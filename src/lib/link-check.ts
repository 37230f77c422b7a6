/**
 * Links between posts, checked before the build: a link to another post must lead to one that is
 * published whenever the linking post is (not to a draft, nor to a post scheduled after it), a link to a
 * tag must name a tag some published post has, and a #fragment must name a section or element the
 * target has. Otherwise readers would follow it to a 404 or to the top of a page; a typo in a post's
 * address is caught the same way, with the nearest address offered. Links to other pages of the site
 * (the archive, feeds, files in public/) are not checked here.
 */
import type { WrittenLink } from './body-scan.ts';
import { closest } from './did-you-mean.ts';
import { isPublished } from './publishing.ts';
import { buildTagIndex, type TagIndex } from './tags.ts';
import { POSTS_PATH, TAGS_PATH, postPath, tagPath } from './urls.ts';

export interface LinkingPost {
  /** The file problems are reported in. */
  file: string;
  id: string;
  /** Its frontmatter; undefined when that has problems of its own (the post is still an address links may name). */
  data?: { date: Date; draft: boolean; tags: readonly string[] } | undefined;
  links: readonly WrittenLink[];
  ids: readonly string[];
}

export interface LinkProblem {
  file: string;
  line: number;
  field: 'link';
  message: string;
}

/** Stands in for the site's origin, so a link resolves as a browser on the post's page would resolve it. */
const ORIGIN = 'https://site.invalid';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function checkLinks(posts: readonly LinkingPost[], now: Date): LinkProblem[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const idSets = new Map(posts.map((post) => [post, new Set(post.ids)]));
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
  const problems: LinkProblem[] = [];

  for (const post of posts) {
    const page = postPath(post.id);
    // When readers first see this post: now if it is out, its date if scheduled; a draft has no such moment.
    const shownAt = post.data && !post.data.draft ? new Date(Math.max(post.data.date.getTime(), now.getTime())) : undefined;
    const report = (line: number, message: string) => problems.push({ file: post.file, line, field: 'link', message });

    for (const { line, href } of post.links) {
      let url: URL;
      try {
        url = new URL(href, `${ORIGIN}${page}`);
      } catch {
        continue;
      }
      if (url.origin !== ORIGIN) continue; // another site, mailto:, …
      const path = decoded(url.pathname);
      const fragment = decoded(url.hash.slice(1));
      const missingFragment = (target: LinkingPost) => fragment !== '' && !idSets.get(target)!.has(fragment);
      const nearestFragment = (target: LinkingPost) => {
        const near = closest(fragment, target.ids);
        return near ? ` (did you mean #${near}?)` : '';
      };

      if (path === page) {
        if (missingFragment(post)) report(line, `${href}: this post has no section or element with the id "${fragment}"${nearestFragment(post)}`);
      } else if (path.startsWith(POSTS_PATH)) {
        const id = path.slice(POSTS_PATH.length).replace(/\/$/, '');
        const target = byId.get(id);
        if (!target) {
          const folder = [...byId.keys()].find((known) => id.startsWith(`${known}/`));
          if (folder) {
            report(line, `${href} leads to no page: of the files beside a post only its images are published, as images; put other files in public/ and link to them from the site root`);
          } else {
            // Short addresses are all near each other: only offer one when it is a small share of the address.
            const near = closest(id, byId.keys(), Math.ceil(id.length / 3));
            report(line, `${href} leads to no post${near ? ` (did you mean ${postPath(near)}?)` : ''}`);
          }
          continue;
        }
        if (!path.endsWith('/')) report(line, `${href} needs its trailing slash, as the site serves every page: write ${postPath(id)}${url.hash}`);
        if (shownAt && target.data?.draft) {
          report(line, `${href} leads to a draft, which is never published: publish it first, or link to it once it is`);
        } else if (shownAt && target.data && target.data.date > shownAt) {
          const when = isPublished(post.data!, now) ? 'is not published yet' : `would be published after this post (${isoDate(post.data!.date)})`;
          report(line, `${href} leads to a post scheduled for ${isoDate(target.data.date)}, which ${when}: readers would find no page there`);
        }
        if (missingFragment(target)) report(line, `${href}: ${postPath(id)} has no section or element with the id "${fragment}"${nearestFragment(target)}`);
      } else if (path.startsWith(TAGS_PATH) && path !== TAGS_PATH && shownAt) {
        const slug = path.slice(TAGS_PATH.length).split('/')[0]!;
        const tags = tagsAt(shownAt);
        if (!tags.bySlug(slug)) {
          const near = closest(slug, tags.tags.map((tag) => tag.slug));
          report(line, `${href} leads to no tag: no published post has a tag with the address ${tagPath(slug)}${near ? ` (did you mean ${tagPath(near)}?)` : ''}`);
        } else if (path === `${TAGS_PATH}${slug}`) {
          report(line, `${href} needs its trailing slash, as the site serves every page: write ${tagPath(slug)}${url.hash}`);
        }
      }
    }
  }
  return problems;
}
