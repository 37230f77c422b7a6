import { escapeXml } from '../feeds/feed.ts';

export const OPENSEARCH_PATH = '/opensearch.xml';
export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

export interface OpenSearchSite {
  /** At most 16 characters, as OpenSearch allows; a longer name is cut at a word where it can be. */
  name: string;
  description: string;
  language: string;
  /** The search page's absolute URL. */
  searchUrl: string;
  queryParam: string;
  /** An absolute URL of a square PNG icon, and its size. */
  icon: { url: string; size: number };
}

/** OpenSearch allows a short name of 16 characters: cut at a space where one falls early enough. */
export function shortName(name: string): string {
  if (name.length <= 16) return name;
  const cut = name.slice(0, 16);
  const space = cut.lastIndexOf(' ');
  return (space >= 8 ? cut.slice(0, space) : cut).trimEnd();
}

/**
 * The OpenSearch description that lets a browser add the site's search as a search engine (Firefox's
 * address bar, Chromium's site search): a query opens the search page with it, which needs no server.
 */
export function openSearchXml(site: OpenSearchSite): string {
  const template = `${site.searchUrl}?${site.queryParam}={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(shortName(site.name))}</ShortName>`,
    `  <Description>${escapeXml(site.description)}</Description>`,
    `  <Language>${escapeXml(site.language)}</Language>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image width="${site.icon.size}" height="${site.icon.size}" type="image/png">${escapeXml(site.icon.url)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
