/**
 * A rebuild hands Pagefind the last build's post pages as Astro's build starts, while Astro bundles
 * the site, so that the index is mostly built by the time the pages are. Pagefind keeps one page per
 * URL, the last one added, so a page this build wrote again is simply added again when the build is
 * done. What it cannot do is forget a page: when a page it was given is gone (a post removed or turned
 * into a draft), the index must be built afresh.
 */

/** A built page: its path relative to the output folder, and when it was last written. */
export interface BuiltPage {
  path: string;
  mtimeMs: number;
}

export type IndexUpdate = { fresh: true; gone: string[] } | { fresh: false; changed: string[] };

/**
 * What the index still needs once the build is done: the pages written since `startedAt` or not among
 * those given at the start, or, when one of those is gone, a fresh index.
 */
export function indexUpdate(givenEarly: ReadonlySet<string>, built: readonly BuiltPage[], startedAt: number): IndexUpdate {
  const now = new Set(built.map((page) => page.path));
  const gone = [...givenEarly].filter((path) => !now.has(path));
  if (gone.length > 0) return { fresh: true, gone };
  return { fresh: false, changed: built.filter((page) => page.mtimeMs >= startedAt || !givenEarly.has(page.path)).map((page) => page.path) };
}
