/** The search page: Pagefind's index, queried in the browser. Loaded only on /search/. */
import { SEARCH_INDEX_FOLDER } from '../lib/search-index-folder.ts';
import { SEARCH_QUERY_PARAM, withBase } from '../lib/urls.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; date?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, delayMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

export async function initSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const base = form.dataset.base ?? '/';
  // Shown to readers without JavaScript; from here on, search itself says what is going on.
  document.querySelector('[data-search-fallback]')?.remove();

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ withBase(`/${SEARCH_INDEX_FOLDER}/pagefind.js`, base))) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search has no index in the dev server: the index is made by a build. Run “npm run build && npm run preview” to try search.'
      : 'Search could not be loaded. The archive lists every post.';
    return;
  }

  const show = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set(SEARCH_QUERY_PARAM, query);
    else url.searchParams.delete(SEARCH_QUERY_PARAM);
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (!search) return; // a newer query replaced this one
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(
      ...found.map((result) => {
        const item = element('li');
        const link = element('a', 'search-result-title', result.meta.title ?? result.url);
        link.href = result.url;
        const excerpt = element('p', 'search-result-excerpt');
        excerpt.innerHTML = result.excerpt; // Pagefind escapes the text and adds only <mark>
        item.append(link);
        if (result.meta.date) item.append(element('span', 'search-result-date', result.meta.date));
        item.append(excerpt);
        return item;
      }),
    );
    const count = search.results.length;
    status.textContent = count === 0 ? `No posts match “${query}”.` : `${count} ${count === 1 ? 'post matches' : 'posts match'} “${query}”.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value);
  });
  input.addEventListener('input', () => void show(input.value));
  // Whatever was typed while the index loaded counts, else a query from the URL (?q=, the header's form).
  const initial = input.value || new URL(location.href).searchParams.get(SEARCH_QUERY_PARAM);
  if (initial) {
    input.value = initial;
    await show(initial);
  }
}
