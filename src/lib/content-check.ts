import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { z } from 'zod';
import { POST_FIELDS, postSchema } from './post-schema.ts';
import { checkBody } from './body-check.ts';
import { sourceHash, type ContentCheckCache } from './content-check-cache.ts';

/** One thing wrong with one post, located well enough to jump to it. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line} — ${problem.field}: ${problem.message}`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The folder of the post being checked, against which the image stand-in resolves paths. */
let postDir = '.';
/** The site's public/ folder, for images named from the site root; unknown to a check of one post. */
let publicDir: string | undefined;
/** How the check asks whether a file is there: recorded while a post is checked (content-check-cache.ts). */
let exists: (path: string) => boolean = existsSync;
// One schema for every post (parsing is synchronous): building a zod schema costs several times
// more than checking a post with it, which made this check a tenth of a 1,000-post build.
const schema = postSchema(() =>
  z.string().refine((path) => exists(resolve(postDir, path)), { message: 'names an image file that does not exist' }),
);

/** A post's frontmatter as the post schema parses it; `cover.src` is the path as written. */
export type CheckedData = z.output<typeof schema>;

/** Checks one post's source: its frontmatter against the post schema, and its body (images, components). */
export function checkPost(file: string, source: string): Problem[] {
  return checkSource(file, source).problems;
}

interface Checked {
  problems: Problem[];
  data?: CheckedData;
  /** The frontmatter as YAML gave it, before the schema. */
  raw?: unknown;
}

/** Checks a post, recording every file the check looked for and whether it was there. */
function checkSourceLooking(file: string, source: string): Checked & { looked: [string, boolean][] } {
  const looked: [string, boolean][] = [];
  exists = (path) => {
    const found = existsSync(path);
    looked.push([path, found]);
    return found;
  };
  try {
    return { ...checkSource(file, source), looked };
  } finally {
    exists = existsSync;
  }
}

function checkSource(file: string, source: string): Checked {
  const at = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  const match = FRONTMATTER.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return { problems: [at(1, 'frontmatter', 'is missing: start the file with a --- block holding title, description and date')] };

  const yamlText = match[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the line after the opening ---.
  const lineOf = (offset: number) => lines.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((error) => at(lineOf(error.pos[0]), 'frontmatter', `is not valid YAML: ${firstSentence(error.message)}`)) };
  }
  const data = doc.toJS() ?? {};
  if (!isMap(doc.contents)) return { problems: [at(2, 'frontmatter', 'must be a list of fields such as "title: My post"')] };

  postDir = dirname(file);
  const result = schema.safeParse(data);
  const problems: Problem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const path = [...issue.path.map(String), key];
          problems.push(at(fieldLine(doc, path, lineOf, true), path.join('.'), unknownFieldMessage(key, issue.path.length === 0)));
        }
        continue;
      }
      const path = issue.path.map(String);
      problems.push(at(fieldLine(doc, path, lineOf, false), path.join('.') || 'frontmatter', issue.message));
    }
  }
  const bodyStartLine = source.slice(0, match[0].length).split('\n').length;
  const body = checkBody(file, source.slice(match[0].length), bodyStartLine, file.endsWith('.mdx'), exists, publicDir);
  problems.push(...body.map((problem) => at(problem.line, problem.field, problem.message)));
  return { problems: problems.sort((a, b) => a.line - b.line), data: result.success ? result.data : undefined, raw: data };
}

/** The line of a field's key (or its value), else of the nearest parent that exists. */
function fieldLine(doc: Document, path: string[], lineOf: (offset: number) => number, keyLine: boolean): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === path[depth - 1]);
    const node = (keyLine || depth < path.length ? pair?.key : pair?.value ?? pair?.key) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineOf(node.range[0]);
  }
  return 1;
}

function unknownFieldMessage(key: string, topLevel: boolean): string {
  const suggestion = topLevel ? closest(key, POST_FIELDS) : undefined;
  const known = topLevel ? `known fields are ${POST_FIELDS.join(', ')}` : 'it is not a known field';
  return `is not a known field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ${known}`;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Every .md and .mdx file under a folder, in a stable order. */
export function postFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Checks every post under `dir`; file names in problems are relative to `root`. */
export function checkContentDir(dir: string, root: string): Problem[] {
  return checkContent(dir, root).problems;
}

/**
 * Every problem of the posts under `dir`, and the frontmatter of those that parsed. With a cache, a post
 * found clean before is not checked again while nothing it depends on changed; `reused` counts them.
 * Images named from the site root are looked for in `publicFolder` (Astro's `publicDir`).
 */
export function checkContent(
  dir: string,
  root: string,
  cache?: ContentCheckCache,
  publicFolder = join(root, 'public'),
): { problems: Problem[]; posts: CheckedData[]; reused: number } {
  const problems: Problem[] = [];
  const posts: CheckedData[] = [];
  let reused = 0;
  publicDir = publicFolder;
  try {
    for (const file of postFiles(dir)) {
      const source = readFileSync(file, 'utf8');
      const key = relative(root, file);
      const hash = cache ? sourceHash(source) : '';
      const raw = cache?.clean(key, hash);
      if (raw !== undefined) {
        postDir = dirname(file);
        const parsed = schema.safeParse(raw);
        if (parsed.success) {
          posts.push(parsed.data);
          reused++;
          continue;
        }
      }
      const checked = checkSourceLooking(file, source);
      problems.push(...checked.problems.map((problem) => ({ ...problem, file: relative(root, problem.file) })));
      if (checked.data) posts.push(checked.data);
      if (cache && checked.data && checked.problems.length === 0) cache.keep(key, hash, { raw: checked.raw, looked: checked.looked });
    }
  } finally {
    publicDir = undefined;
  }
  return { problems, posts, reused };
}
