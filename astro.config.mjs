// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { basePathLinks } from './src/lib/markdown/base-path-links.ts';
import { publicImageSizes } from './src/lib/markdown/public-image-sizes.ts';
import { CODE_THEMES, codeBlockTransformers, writingHastPlugins } from './src/lib/markdown/index.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SEARCH_INDEX_FOLDER } from './src/lib/search-index-folder.ts';
import { sitemapWithLastmod } from './src/integrations/sitemap-lastmod.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { sharedBuiltPages } from './src/lib/built-pages.ts';

const search = searchIndex();
// The sitemap and CSP passes read the built pages through one record, kept between builds.
const builtPages = sharedBuiltPages();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Pages whose cache key (src/lib/cache-keys.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  // Four pages at a time: a page's files are written while the next renders. Measured at 1,000 posts,
  // cold: 15 → 11–13 s without social cards, 24 → 22–23 s with them; memory about the same.
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.OUT_DIR || './dist',
  vite: {
    build: {
      // Scripts stay external files: cacheable across pages, allowed by a CSP without hashes, and free of a
      // Vite bug that leaves dynamic import() broken in scripts Astro inlines (the search page loads Pagefind so).
      assetsInlineLimit: 0,
      // Reused pages stay in place; staleOutput removes what this build did not produce.
      emptyOutDir: false,
    },
  },
  // staleOutput must clean the output before the integrations that read it. Search indexing runs in its
  // own process beside the sitemap and CSP work. securityHeaders hashes the finished pages' inline
  // scripts and styles, so no integration after it changes a page.
  integrations: [contentGuard(), mdx(), staleOutput({ ownFolders: [SEARCH_INDEX_FOLDER] }), search.start, ...sitemapWithLastmod(builtPages), securityHeaders(builtPages), search.finish],
  image: { layout: 'constrained', responsiveStyles: true },
  markdown: {
    processor: satteri({ hastPlugins: [basePathLinks(site.base), ...writingHastPlugins(site.url), publicImageSizes(site.base)] }),
    // Shiki inside Sätteri, not Expressive Code: a rehype plugin would force the slower unified pipeline.
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      transformers: codeBlockTransformers(),
    },
  },
});
