/**
 * What pages need of a post's raw Markdown: its reading time and the files it names. A build works
 * these out as each post loads and keeps them in place of the Markdown itself, which the rendered HTML
 * has made redundant: Astro bundles the whole content store into the build, and the raw text was a
 * third of it (8 of 23 MB at 1,000 posts), paid for in bundling time and memory.
 */
import { localReferences, publicFilesFingerprint } from './post-assets.ts';
import { readingMinutes } from './reading-time.ts';

export interface BodyFacts {
  readingMinutes: number;
  /** Paths the body names, relative or from the site root (see post-assets.ts). */
  references: string[];
  /** The public/ files among them as the stored HTML was rendered with them (see `renderedWithOldFiles`). */
  publicFiles?: string[] | undefined;
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
  const facts = bodyFacts(body);
  const publicFiles = publicFilesFingerprint(facts.references);
  const kept: BodyFacts = publicFiles.length ? { ...facts, publicFiles } : facts;
  return { ...entry, body: undefined, rendered: { ...rendered, metadata: { ...rendered.metadata, [KEY]: kept } } };
}

/**
 * Whether a stored entry's HTML was rendered with public/ files that have changed since: it holds
 * their sizes, and Astro reuses a stored entry while the post's own file is unchanged.
 */
export function renderedWithOldFiles(entry: StoredEntry): boolean {
  const facts = entry.rendered?.metadata?.[KEY] as BodyFacts | undefined;
  if (!facts?.publicFiles) return false;
  return JSON.stringify(publicFilesFingerprint(facts.references)) !== JSON.stringify(facts.publicFiles);
}

export function postBodyFacts(post: StoredEntry): BodyFacts {
  const stored = post.rendered?.metadata?.[KEY] as BodyFacts | undefined;
  return stored ?? bodyFacts(post.body ?? '');
}
