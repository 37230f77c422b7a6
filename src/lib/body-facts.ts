/**
 * What pages need of a post's raw Markdown: its reading time and the files it names. A build works
 * these out as each post loads and keeps them in place of the Markdown itself, which the rendered HTML
 * has made redundant: Astro bundles the whole content store into the build, and the raw text was a
 * third of it (8 of 23 MB at 1,000 posts), paid for in bundling time and memory.
 */
import { localReferences } from './post-assets.ts';
import { readingMinutes } from './reading-time.ts';

export interface BodyFacts {
  readingMinutes: number;
  /** Relative paths the body names (see post-assets.ts). */
  references: string[];
}

const KEY = 'bodyFacts';

export function bodyFacts(body: string): BodyFacts {
  return { readingMinutes: readingMinutes(body), references: localReferences(body) };
}

interface StoredEntry {
  body?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> | undefined } | undefined;
}

/**
 * An entry as the build stores it: when its HTML is already rendered (Markdown), the facts replace
 * the body. MDX renders at page time from its own file, so its entries keep their body and are
 * measured when asked.
 */
export function withFactsForBody<T extends StoredEntry>(entry: T): T {
  if (entry.body === undefined || !entry.rendered) return entry;
  const { body, rendered } = entry;
  return { ...entry, body: undefined, rendered: { ...rendered, metadata: { ...rendered.metadata, [KEY]: bodyFacts(body) } } };
}

export function postBodyFacts(post: StoredEntry): BodyFacts {
  const stored = post.rendered?.metadata?.[KEY] as BodyFacts | undefined;
  return stored ?? bodyFacts(post.body ?? '');
}
