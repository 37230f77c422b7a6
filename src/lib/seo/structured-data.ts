/**
 * schema.org JSON-LD for search engines: WebSite on the home page, BlogPosting on posts,
 * BreadcrumbList on posts and tag pages. Plain objects; `jsonLdText` makes them safe inside <script>.
 */
export type JsonLd = Record<string, unknown>;

export interface Party {
  type: 'Organization' | 'Person';
  name: string;
  url?: string | undefined;
}

const party = ({ type, name, url }: Party): JsonLd => ({ '@type': type, name, ...(url ? { url } : {}) });

export function webSiteLd(site: { name: string; url: string; description: string; language: string; publisher: Party }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.language,
    publisher: party(site.publisher),
  };
}

export interface BlogPostingFacts {
  headline: string;
  description: string;
  url: string;
  published: Date;
  modified: Date;
  image: string;
  keywords: readonly string[];
  author: Party;
  language: string;
}

export function blogPostingLd(post: BlogPostingFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.headline,
    description: post.description,
    url: post.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': post.url },
    datePublished: post.published.toISOString(),
    dateModified: post.modified.toISOString(),
    image: post.image,
    keywords: [...post.keywords],
    inLanguage: post.language,
    author: party(post.author),
    publisher: party(post.author),
  };
}

/** Trail from the home page to the current page; the last crumb is the page itself. */
export function breadcrumbLd(crumbs: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** JSON for a <script type="application/ld+json">: no text in it can close the script element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
