/**
 * Renders each key once and hands the same result to every later caller, including callers that ask
 * while the first render is still running. Feeds use it so a post's full HTML is rendered once per
 * build, however many feeds (main, its tags', JSON) carry it.
 */
export interface RenderCache<T> {
  get(key: string, render: () => Promise<T>): Promise<T>;
  readonly stats: { rendered: number; reused: number };
}

export function createRenderCache<T>(): RenderCache<T> {
  const entries = new Map<string, Promise<T>>();
  const stats = { rendered: 0, reused: 0 };
  return {
    stats,
    get(key, render) {
      const cached = entries.get(key);
      if (cached) {
        stats.reused++;
        return cached;
      }
      stats.rendered++;
      const pending = render();
      // A failed render is not remembered, so a later caller sees the error again rather than a stale promise.
      pending.catch(() => entries.delete(key));
      entries.set(key, pending);
      return pending;
    },
  };
}

/** A post changes when its id or its content digest does. */
export function contentKey(id: string, digest: string | number | undefined): string {
  return `${id}@${digest ?? ''}`;
}
