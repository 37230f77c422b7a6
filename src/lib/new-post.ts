import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isoDate } from './dates.ts';
import { PLACEHOLDER_DESCRIPTION } from './post-schema.ts';

export const BLOG_DIR = 'src/content/blog';

/**
 * A URL slug from a title: lower case, accents dropped, every run of other characters a single hyphen.
 * Letters of any script are kept ("日本語" stays), so a title in any language has a slug.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** A draft's source: valid frontmatter (the post schema accepts it as it is) and a line to start from. */
export function newPostSource(title: string, now: Date): string {
  return [
    '---',
    // JSON strings are valid YAML double-quoted strings, so any title survives: colons, quotes, #.
    `title: ${JSON.stringify(title.trim())}`,
    `description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}`,
    // UTC, as the build reads dates (post-schema.ts): a local date east of UTC would leave the post
    // scheduled for hours once its draft flag is removed.
    `date: ${isoDate(now)}`,
    'tags: []',
    'draft: true',
    '---',
    '',
    'Start writing here. docs/authoring.md shows the Markdown, components and images you can use.',
    '',
  ].join('\n');
}

export class NewPostError extends Error {}

/**
 * Creates `src/content/blog/<slug>/index.mdx` under `root`. Refuses when the title has no slug or a post
 * with that slug exists in any form (folder, .md or .mdx), since both would claim the same URL.
 */
export function createPost(root: string, title: string, now = new Date()): { file: string; slug: string } {
  if (!title.trim()) throw new NewPostError('Give the post a title: npm run new -- "Title of the post"');
  const slug = slugify(title);
  if (!slug) throw new NewPostError(`"${title}" has no letters or digits to make a URL from: choose another title.`);
  const blog = join(root, BLOG_DIR);
  const taken = [join(blog, slug), join(blog, `${slug}.md`), join(blog, `${slug}.mdx`)].find((path) => existsSync(path));
  if (taken) throw new NewPostError(`${relative(root, taken)} already exists: nothing was written. Choose another title.`);
  const file = join(blog, slug, 'index.mdx');
  mkdirSync(join(blog, slug), { recursive: true });
  writeFileSync(file, newPostSource(title, now), { flag: 'wx' });
  return { file: relative(root, file), slug };
}
