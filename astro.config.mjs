// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { basePathLinks } from './src/lib/markdown/base-path-links.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR || './dist',
  // securityHeaders hashes the finished pages' inline scripts and styles: keep it last.
  integrations: [contentGuard(), mdx(), sitemap(), securityHeaders()],
  image: { layout: 'constrained', responsiveStyles: true },
  markdown: {
    processor: satteri({ hastPlugins: [basePathLinks(site.base)] }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
});
