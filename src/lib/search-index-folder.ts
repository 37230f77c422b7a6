/** Where the search index lives in the built site: the build writes it there and the search page loads it from there. */
export const SEARCH_INDEX_FOLDER = 'pagefind';
