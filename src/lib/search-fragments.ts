/**
 * Pagefind writes one fragment file per indexed page, named by a hash of its content, and skips a file
 * that already exists. So the last build's fragments can stay where they are: Pagefind then writes
 * only the fragments of pages that changed, which on a disk where creating a file costs a millisecond
 * is most of its time. What it leaves behind must then be removed: the fragment a changed page had
 * before, and the fragment of a page that is gone (a post turned into a draft must not stay findable,
 * nor readable from its fragment).
 */
import { gunzipSync } from 'node:zlib';

/** Pagefind's folder of page fragments, inside its index folder. */
export const FRAGMENT_FOLDER = 'fragment';

const SIGNATURE = 'pagefind_dcd';

/** The URL a fragment file is about. Throws for a file this code does not understand. */
export function fragmentUrl(file: Buffer): string {
  const text = gunzipSync(file).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment');
  const { url } = JSON.parse(text.slice(SIGNATURE.length)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error('a Pagefind fragment without a URL');
  return url;
}

export interface Fragment {
  name: string;
  url: string;
  /** Written by this build; the others were kept from the last one. */
  written: boolean;
}

/**
 * The kept fragments that no longer belong in the index: one whose page this build wrote a new
 * fragment for, and one whose page is gone. Undefined when it cannot be told which of two kept
 * fragments of one page is current: then the index must be written afresh.
 */
export function staleFragments(fragments: readonly Fragment[], pageExists: (url: string) => boolean): string[] | undefined {
  const rewritten = new Set(fragments.filter((fragment) => fragment.written).map((fragment) => fragment.url));
  const keptFor = new Map<string, string>();
  const stale: string[] = [];
  for (const { name, url, written } of fragments) {
    if (written) continue;
    if (rewritten.has(url) || !pageExists(url)) stale.push(name);
    else if (keptFor.has(url)) return undefined;
    else keptFor.set(url, name);
  }
  return stale;
}
