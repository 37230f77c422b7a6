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

/** Results are shown this many at a time; a button below them shows the next ones. */
const PAGE_OF_RESULTS = 20;

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

  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  let rest: PagefindResult[] = [];
  /** Counts queries, so results that arrive for one already replaced are dropped. */
  let generation = 0;

  /** Each result under a heading of its own, so a screen reader can move from one to the next. */
  const resultItem = (result: Awaited<ReturnType<PagefindResult['data']>>) => {
    const item = element('li');
    const heading = element('h2', 'search-result-title');
    const link = element('a', undefined, result.meta.title ?? result.url);
    link.href = result.url;
    heading.append(link);
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.innerHTML = result.excerpt; // Pagefind escapes the text and adds only <mark>
    item.append(heading);
    if (result.meta.date) item.append(element('span', 'search-result-date', result.meta.date));
    item.append(excerpt);
    return item;
  };

  /** Adds the next results to the list; the button, out of reach while they load, then offers the ones after them. */
  const showNext = async (): Promise<HTMLLIElement[]> => {
    const asked = generation;
    const next = rest.slice(0, PAGE_OF_RESULTS);
    rest = rest.slice(PAGE_OF_RESULTS);
    if (more) more.hidden = true;
    const items = (await Promise.all(next.map((result) => result.data()))).map(resultItem);
    if (asked !== generation) return [];
    list.append(...items);
    if (more && rest.length > 0) {
      more.textContent = `Show ${Math.min(rest.length, PAGE_OF_RESULTS)} more`;
      more.hidden = false;
    }
    return items;
  };

  const show = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set(SEARCH_QUERY_PARAM, query);
    else url.searchParams.delete(SEARCH_QUERY_PARAM);
    history.replaceState(null, '', url);
    generation++;
    // The last query's remaining results are not this one's to show.
    rest = [];
    if (more) more.hidden = true;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const asked = generation;
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (!search || asked !== generation) return; // a newer query replaced this one
    rest = search.results;
    list.replaceChildren();
    await showNext();
    if (asked !== generation) return;
    const count = search.results.length;
    // "Show N more" under the list says the rest are there; this stays true once they are shown.
    status.textContent = count === 0 ? `No posts match “${query}”.` : `${count} ${count === 1 ? 'post matches' : 'posts match'} “${query}”.`;
  };

  more?.addEventListener('click', async () => {
    const [first] = await showNext();
    // Keyboard and screen reader users carry on from the first new result, not from a button now gone.
    first?.querySelector('a')?.focus();
  });

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
