import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { postSchema } from './lib/post-schema.ts';
import { publishedOnly } from './lib/published-loader.ts';
import { buildTime } from './lib/build-time.ts';
import { renderedWithOldFiles, withFactsForBody } from './lib/body-facts.ts';

const blog = defineCollection({
  loader: publishedOnly(glob({ pattern: '**/*.{md,mdx}', base: './src/content/blog' }), {
    building: !import.meta.env.DEV,
    now: buildTime(),
    stored: withFactsForBody,
    stale: renderedWithOldFiles,
  }),
  schema: ({ image }) => postSchema(image),
});

export const collections = { blog };
