/** The fixture content every test site is built with, and where each built site lives. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { generatePosts, type GeneratedPost } from './generate-posts.ts';
import { ROOT } from './sites.ts';

const FIXTURE_POSTS = join(ROOT, 'tests/fixtures/posts');

/** A test site served under a sub-path, as on a GitHub project page: every internal URL must stay under it. */
export const BASE_PATH_SITE = { name: 'sub', base: '/sub/', url: 'https://notes.example.org', env: { BASE_PATH: '/sub', SITE_URL: 'https://notes.example.org' } };

/** Words that appear only in unpublished fixture posts: finding one in the output is a leak. */
export const LEAK_MARKERS = ['zqxdraft', 'zqxfuture'];

/** Tags chosen to exercise the slug rule: case and spacing variants, symbols, non-Latin scripts. */
export const FIXTURE_TAG_POOL = ['Rust', 'rust', 'RUST', 'Developer Experience', 'developer-experience', 'C++', 'C', 'λάμδα', '日本語', 'testing'];

/** Enough posts to need three pages of ten on the home page and more than one on a tag page. */
export function fixtureGeneratedPosts(): GeneratedPost[] {
  return generatePosts({ count: 24, words: 150, tagPool: FIXTURE_TAG_POOL, tagsPerPost: 2, prefix: 'fixture', seed: 42 });
}

/** Files to add to a test site's blog folder: committed fixtures, generated posts, and the draft's image. */
export async function fixtureFiles(): Promise<Record<string, string | Buffer>> {
  const files: Record<string, string | Buffer> = {};
  const blog = 'src/content/blog';
  for (const entry of readdirSync(FIXTURE_POSTS, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[join(blog, relative(FIXTURE_POSTS, path))] = readFileSync(path);
  }
  for (const post of fixtureGeneratedPosts()) files[join(blog, post.file)] = post.source;
  files[join(blog, 'draft-secret/zqxdraft-cover.png')] = await sharp({
    create: { width: 320, height: 180, channels: 3, background: '#8a2be2' },
  })
    .png()
    .toBuffer();
  // Large enough for the 1200x630 social crop and every width the page asks for.
  files[join(blog, 'feeds-cover-mdx/cover.png')] = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: '#0d9488' },
  })
    .png()
    .toBuffer();
  // Smaller than a social card: that post gets a rendered card instead.
  files[join(blog, 'feeds-small-cover/small-cover.png')] = await sharp({
    create: { width: 400, height: 300, channels: 3, background: '#d97706' },
  })
    .png()
    .toBuffer();
  return files;
}
