/**
 * One value per build process, however many copies of the module asking for it are loaded. Astro
 * loads its config and the pages as separate module graphs, so state kept at module level
 * alone would exist twice: a card started by the content check would be drawn again by its page.
 */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`compiled-notes:${name}`);
  const shared = globalThis as Record<symbol, unknown>;
  if (!(key in shared)) shared[key] = create();
  return shared[key] as T;
}
