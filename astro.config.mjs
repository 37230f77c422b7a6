// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { basePathLinks } from './src/lib/markdown/base-path-links.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { sitemapWithLastmod } from './src/integrations/sitemap-lastmod.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR || './dist',
  integrations: [contentGuard(), mdx(), ...sitemapWithLastmod()],
  image: { layout: 'constrained', responsiveStyles: true },
  markdown: {
    processor: satteri({ hastPlugins: [basePathLinks(site.base)] }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
});
