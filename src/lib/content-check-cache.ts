/**
 * The content check's clean verdicts, kept between builds: a post whose text is unchanged, checked by
 * unchanged code, with every file the check looked for still there or still missing, is clean again, and
 * only its frontmatter goes through the schema once more (the build needs it parsed). Reading the YAML
 * and the body of 1,000 unchanged posts took 0.15 s of every rebuild. A post with problems is never
 * kept, so its report is always made afresh, with lines and fields.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WrittenLink } from './body-scan.ts';
import { readRecord, writeRecord } from './cache-file.ts';

/** What a post's check learnt that outlives it: what links and link targets it has. */
export interface PostFacts {
  /** The frontmatter as YAML gave it. */
  raw: unknown;
  links: WrittenLink[];
  /** Undefined when unknown: the body did not parse. */
  ids: string[] | undefined;
}

/** A clean check: its facts, and what the check asked of the file system. */
export interface CleanCheck extends PostFacts {
  /** Each path the check looked for, and whether it was there. */
  looked: [string, boolean][];
}

interface Kept {
  hash: string;
  /** `raw` as JSON, dates marked (YAML turns a bare date into one). */
  raw: string;
  links: WrittenLink[];
  ids?: string[] | undefined;
  looked: [string, boolean][];
}

interface Saved {
  version: 2;
  code: string;
  posts: Record<string, Kept>;
}

const DATE = '$date';

function toJson(raw: unknown): string {
  return JSON.stringify(raw, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    return original instanceof Date ? { [DATE]: original.toISOString() } : value;
  });
}

function fromJson(json: string): unknown {
  return JSON.parse(json, (_, value: unknown) =>
    value !== null && typeof value === 'object' && Object.keys(value).length === 1 && DATE in value ? new Date((value as Record<string, string>)[DATE]!) : value,
  );
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('base64');
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = dirname(require.resolve(name)); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? '';
  }
  return '';
}

/**
 * What a verdict depends on besides the post: the code of `src/lib` (the schema, the body check and what
 * they use; any change there checks every post again) and the versions of the YAML, schema and Markdown
 * libraries (the body scan parses with Sätteri and names headings as Astro's plugin does).
 */
export function checkerFingerprint(lib = import.meta.dirname): string {
  const hash = createHash('sha256');
  const files = readdirSync(lib, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(lib.length)).update(readFileSync(file));
  for (const name of ['yaml', 'zod', 'satteri', '@astrojs/markdown-satteri', 'github-slugger']) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('base64');
}

export class ContentCheckCache {
  readonly #file: string | undefined;
  readonly #code: string;
  readonly #previous = new Map<string, Kept>();
  readonly #current = new Map<string, Kept>();
  #changed = false;

  /** Verdicts kept in `file` (none: nothing is kept), valid for checking code with this fingerprint. */
  constructor(file: string | undefined, code = checkerFingerprint()) {
    this.#file = file;
    this.#code = code;
    // Without a record of this code's verdicts, every post is checked again.
    const saved = readRecord<Saved>(file, (record) => record.version === 2 && record.code === code && typeof record.posts === 'object');
    for (const [key, kept] of Object.entries(saved?.posts ?? {})) this.#previous.set(key, kept);
  }

  /** What the check of a post found clean before learnt, if its text and every file the check looked for are as they were. */
  clean(key: string, hash: string): PostFacts | undefined {
    const kept = this.#previous.get(key);
    if (!kept || kept.hash !== hash || !kept.looked.every(([path, found]) => existsSync(path) === found)) return undefined;
    this.#current.set(key, kept);
    return { raw: fromJson(kept.raw), links: kept.links, ids: kept.ids };
  }

  /** Keeps a clean check of the post with this text. */
  keep(key: string, hash: string, check: CleanCheck): void {
    this.#current.set(key, { hash, raw: toJson(check.raw), links: check.links, ids: check.ids, looked: check.looked });
    this.#changed = true;
  }

  /** Writes the verdicts of this check (only of the posts there are now), when any changed. */
  save(): void {
    if (!this.#file || (!this.#changed && this.#current.size === this.#previous.size)) return;
    const saved: Saved = { version: 2, code: this.#code, posts: Object.fromEntries(this.#current) };
    writeRecord(this.#file, saved);
  }
}
