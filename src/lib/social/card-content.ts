/** What the site's card and each post's card show. */
import { site } from '../../site.config.ts';
import { formatDate } from '../dates.ts';
import type { Post } from '../posts.ts';
import type { CardContent } from './card.ts';

export function siteCard(): CardContent {
  return { title: site.description, siteName: site.title };
}

/** Takes the post's data alone, so a card can be started while posts are still loading. */
export function postCard(post: { data: Pick<Post['data'], 'title' | 'date' | 'tags'> }): CardContent {
  return { title: post.data.title, siteName: site.title, date: formatDate(post.data.date), tags: post.data.tags };
}
