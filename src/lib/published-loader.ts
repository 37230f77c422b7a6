import type { Loader, LoaderContext } from 'astro/loaders';
import { isPublished, type Publishable } from './publishing.ts';

export interface PublishedOnlyOptions {
  building: boolean;
  now: Date;
  /** What of a published entry the store keeps, when building (see body-facts.ts). */
  stored?: (<T extends Parameters<LoaderContext['store']['set']>[0]>(entry: T) => T) | undefined;
  /** Whether a stored entry must be loaded again although its file is unchanged (see body-facts.ts). */
  stale?: ((entry: NonNullable<ReturnType<LoaderContext['store']['get']>>) => boolean) | undefined;
}

/**
 * Wraps a loader so that, when building, unpublished entries never enter the content store: no page,
 * feed, image or search index can reach what is not there. In dev everything loads, so authors can
 * preview drafts and scheduled posts.
 */
export function publishedOnly(loader: Loader, options: PublishedOnlyOptions): Loader {
  if (!options.building) return loader;
  const hidden = (data: unknown) => !isPublished(data as Publishable, options.now);
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const { store } = context;
      const guarded = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof store.set>[0]) => {
              if (hidden(entry.data)) {
                target.delete(entry.id);
                return false;
              }
              return target.set(options.stored ? options.stored(entry) : entry);
            };
          }
          // A draft cached by an earlier dev run must be parsed again, so that `set` above drops it;
          // so must an entry the `stale` option rejects, removed first: the store ignores a `set` of
          // an entry whose digest it already holds.
          if (prop === 'get') {
            return (id: string) => {
              const entry = target.get(id);
              if (entry && options.stale?.(entry)) {
                target.delete(id);
                return undefined;
              }
              return entry && hidden(entry.data) ? undefined : entry;
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, store: guarded });
    },
  };
}
