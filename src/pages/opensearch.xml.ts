import type { APIRoute } from 'astro';
import { openSearchXml, OPENSEARCH_TYPE } from '../lib/seo/opensearch.ts';
import { iconPath } from '../lib/social/image-paths.ts';
import { siteUrl } from '../lib/site-urls.ts';
import { SEARCH_PATH, SEARCH_QUERY_PARAM } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    openSearchXml({
      name: site.title,
      description: `Search ${site.title}`,
      language: site.lang,
      searchUrl: siteUrl(SEARCH_PATH),
      queryParam: SEARCH_QUERY_PARAM,
      icon: { url: siteUrl(iconPath(64)), size: 64 },
    }),
    { headers: { 'Content-Type': `${OPENSEARCH_TYPE}; charset=utf-8` } },
  );
