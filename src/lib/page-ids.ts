/**
 * Ids the site's layout gives elements of a post's page, beside the post's own (its headings and
 * footnotes): the components use these, and a link to a post may name them (`/blog/x/#main`).
 */
export const PAGE_IDS = {
  main: 'main',
  contents: 'toc-heading',
  series: 'series-heading',
  related: 'related-heading',
  share: 'share-heading',
  headerSearch: 'search-header-input',
} as const;
