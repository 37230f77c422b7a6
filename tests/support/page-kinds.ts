/**
 * One page of every kind the site has, for the checks that run per kind in Chromium (axe, keyboard,
 * console errors and requests). Add a kind here when the site gets a new one; every such check follows.
 */
export interface PageKind {
  kind: string;
  path: string;
  /** The HTTP status the page is served with. */
  status: number;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'home', path: '/', status: 200 },
  { kind: 'list page 2', path: '/2/', status: 200 },
  { kind: 'post', path: '/blog/rust-is-winning-the-ai-code-generation-race/', status: 200 },
  { kind: 'post with code', path: '/blog/fixture-0001/', status: 200 },
  { kind: 'tag index', path: '/tags/', status: 200 },
  { kind: 'tag page', path: '/tags/rust/', status: 200 },
  { kind: 'tag page 2', path: '/tags/rust/2/', status: 200 },
  { kind: 'archive', path: '/archive/', status: 200 },
  { kind: '404', path: '/no/such/page/', status: 404 },
  { kind: 'search', path: '/search/', status: 200 },
  { kind: 'search with results', path: '/search/?q=rust', status: 200 },
  { kind: 'subscribe', path: '/subscribe/', status: 200 },
];
