import { site } from '../../site.config.ts';
import { getTagIndex, type Post } from '../posts.ts';
import { postSocialImage } from '../social/social-image.ts';
import { postPath } from '../urls.ts';
import { revisedAt } from './lastmod.ts';
import type { PageMeta } from './page-meta.ts';
import { blogPostingLd, breadcrumbLd, webSiteLd } from './structured-data.ts';
import { postCanonicalUrl, siteUrl } from '../site-urls.ts';

/** A post page's social tags and structured data. */
export async function postPageMeta(post: Post): Promise<PageMeta> {
  const { title, description, date } = post.data;
  const tags = (await getTagIndex()).tagsOf(post.data.tags).map((tag) => tag.name);
  const image = await postSocialImage(post);
  const url = postCanonicalUrl(post);
  const modified = revisedAt(post.data);
  return {
    type: 'article',
    image,
    article: { published: date, modified, tags },
    jsonLd: [
      blogPostingLd({
        headline: title,
        description,
        url,
        published: date,
        modified,
        image: image.url,
        keywords: tags,
        author: site.author,
        language: site.lang,
      }),
      breadcrumbLd([
        { name: site.title, url: siteUrl('/') },
        { name: title, url: siteUrl(postPath(post.id)) },
      ]),
    ],
  };
}

/** A tag page's breadcrumb and tag feed. */
export function tagPageMeta(tag: { name: string; path: string }, feedPath: string): PageMeta {
  return {
    feeds: [{ title: `${site.title}: #${tag.name}`, path: feedPath }],
    jsonLd: [
      breadcrumbLd([
        { name: site.title, url: siteUrl('/') },
        { name: 'Tags', url: siteUrl('/tags/') },
        { name: `#${tag.name}`, url: siteUrl(tag.path) },
      ]),
    ],
  };
}

/** The home page's WebSite description of the site. */
export function homePageMeta(): PageMeta {
  return {
    jsonLd: [webSiteLd({ name: site.title, url: siteUrl('/'), description: site.description, language: site.lang, publisher: site.author })],
  };
}
