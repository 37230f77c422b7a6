/**
 * The two sites the benchmark builds, in a temporary folder under .cache/bench (inside the project,
 * so packages resolve from its node_modules; each copy keeps its own Astro and Vite caches):
 * - this site: a copy of the project with the real posts replaced by the generated ones;
 * - the bare baseline: a minimal Astro site with the same posts and one plain post route, no tags,
 *   lists, feeds, cards or search. It is what any Astro blog pays at the least.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedPost } from '../../tests/support/generate-posts.ts';
import { copyProject } from '../../tests/support/sites.ts';

const BLOG = 'src/content/blog';

function postFiles(posts: readonly GeneratedPost[]): Record<string, string> {
  return Object.fromEntries(posts.map((post) => [join(BLOG, post.file), post.source]));
}

export function prepareThisSite(dir: string, posts: readonly GeneratedPost[]): string {
  return copyProject(dir, postFiles(posts), { withoutPosts: true });
}

const BASELINE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', type: 'module', private: true }, null, 2),
  // Astro's defaults: Sätteri for Markdown, Shiki for code.
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    '',
    'const blog = defineCollection({',
    "  loader: glob({ pattern: '**/*.md', base: './src/content/blog' }),",
    '  schema: z.object({ title: z.string(), description: z.string(), date: z.coerce.date(), tags: z.array(z.string()).default([]) }),',
    '});',
    '',
    'export const collections = { blog };',
    '',
  ].join('\n'),
  'src/pages/blog/[...id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    '',
    'export async function getStaticPaths() {',
    "  return (await getCollection('blog')).map((post) => ({ params: { id: post.id }, props: { post } }));",
    '}',
    '',
    'const { post } = Astro.props;',
    'const { Content } = await render(post);',
    '---',
    '<!doctype html>',
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>',
    '  <body><article><h1>{post.data.title}</h1><Content /></article></body>',
    '</html>',
    '',
  ].join('\n'),
};

export function prepareBaseline(dir: string, posts: readonly GeneratedPost[]): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries({ ...BASELINE, ...postFiles(posts) })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The one-post edit before a warm rebuild: a new paragraph in the newest post, which every list shows first. */
export function editOnePost(dir: string, post: GeneratedPost): void {
  const file = join(dir, BLOG, post.file);
  if (!readFileSync(file, 'utf8').includes('---')) throw new Error(`${file} is not a post`);
  appendFileSync(file, `\nAn edit made for the warm rebuild, at ${new Date().toISOString()}.\n`);
}
