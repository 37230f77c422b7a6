import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { z } from 'zod';
import { POST_FIELDS, postSchema } from './post-schema.ts';
import { checkBody } from './body-check.ts';
import { scanBody } from './body-scan.ts';
import { buildTime } from './build-time.ts';
import { closest } from './did-you-mean.ts';
import { sourceHash, type ContentCheckCache, type PostFacts } from './content-check-cache.ts';
import { checkLinks, type LinkingPost, type SiteAddress } from './link-check.ts';
import { postIdOf } from './post-id.ts';
import { site as siteConfig } from '../site.config.ts';

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

/** A post's source cut at its frontmatter: the YAML, and the body with the file's line it starts on. */
export function splitPost(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The folder of the post being checked, against which the image stand-in resolves paths. */
let postDir = '.';
/** The site's public/ folder, for images named from the site root; unknown to a check of one post. */
let publicDir: string | undefined;
/** How the check asks whether a file is there: recorded while a post is checked (content-check-cache.ts). */
let exists: (path: string) => boolean = existsSync;
// One schema for every post (parsing is synchronous): building a zod schema costs several times
// more than checking a post with it, which made this check a tenth of a 1,000-post build.
const schema = postSchema(() =>
  z.string().refine((path) => exists(resolve(postDir, path)), { error: (issue) => `${String(issue.input)} names an image file that does not exist` }),
);

/** A post's frontmatter as the post schema parses it; `cover.src` is the path as written. */
export type CheckedData = z.output<typeof schema>;

/** Checks one post's source: its frontmatter against the post schema, and its body (images, components). */
export function checkPost(file: string, source: string): Problem[] {
  return checkSource(file, source).problems;
}

interface Checked extends Partial<PostFacts> {
  problems: Problem[];
  data?: CheckedData;
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
  const parts = splitPost(source);
  if (!parts) return { problems: [at(1, 'frontmatter', 'is missing: start the file with a --- block holding title, description and date')] };

  const yamlText = parts.yaml;
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
  const mdx = file.endsWith('.mdx');
  const scan = scanBody(parts.body, mdx, parts.bodyLine);
  const body = checkBody(file, parts.body, { firstLine: parts.bodyLine, mdx, exists, publicDir, scan });
  problems.push(...body.map((problem) => at(problem.line, problem.field, problem.message)));
  return { problems: problems.sort((a, b) => a.line - b.line), data: result.success ? result.data : undefined, raw: data, links: scan.links, ids: scan.ids };
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
  const suggestion = topLevel ? closest(key.toLowerCase(), POST_FIELDS) : undefined;
  const known = topLevel ? `known fields are ${POST_FIELDS.join(', ')}` : 'it is not a known field';
  return `is not a known field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ${known}`;
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

export interface CheckOptions {
  /** Keeps clean verdicts between checks: a post found clean before is not checked again while nothing it depends on changed. */
  cache?: ContentCheckCache | undefined;
  /** Where images named from the site root are looked for (Astro's `publicDir`); `<root>/public` by default. */
  publicDir?: string | undefined;
  /** The moment links are judged at, as the build publishes: the build's time by default. */
  now?: Date | undefined;
  /** Where the site is served, for links written as full URLs; the site config's by default. */
  site?: SiteAddress | undefined;
}

/**
 * Every problem of the posts under `dir`, and the frontmatter of those that parsed; `reused` counts the
 * posts whose clean verdict was kept. Links between posts are checked across all of them
 * (link-check.ts), every time: a post's links can break when another post changes.
 */
export function checkContent(
  dir: string,
  root: string,
  { cache, publicDir: publicFolder = join(root, 'public'), now = buildTime(), site = siteConfig }: CheckOptions = {},
): { problems: Problem[]; posts: CheckedData[]; reused: number } {
  const problems: Problem[] = [];
  const posts: CheckedData[] = [];
  const linking: LinkingPost[] = [];
  let reused = 0;
  publicDir = publicFolder;
  try {
    for (const file of postFiles(dir)) {
      const source = readFileSync(file, 'utf8');
      const key = relative(root, file);
      const post = { file: key, id: postIdOf(relative(dir, file)) };
      const hash = cache ? sourceHash(source) : '';
      const kept = cache?.clean(key, hash);
      if (kept !== undefined) {
        postDir = dirname(file);
        const parsed = schema.safeParse(kept.raw);
        if (parsed.success) {
          posts.push(parsed.data);
          linking.push({ ...post, data: parsed.data, links: kept.links, ids: kept.ids });
          reused++;
          continue;
        }
      }
      const checked = checkSourceLooking(file, source);
      problems.push(...checked.problems.map((problem) => ({ ...problem, file: relative(root, problem.file) })));
      if (checked.data) posts.push(checked.data);
      linking.push({ ...post, data: checked.data, links: checked.links ?? [], ids: checked.ids });
      if (cache && checked.data && checked.problems.length === 0) {
        cache.keep(key, hash, { raw: checked.raw, links: checked.links ?? [], ids: checked.ids, looked: checked.looked });
      }
    }
  } finally {
    publicDir = undefined;
  }
  problems.push(...checkLinks(linking, now, site));
  // Each post's problems together, in the order of its lines, whichever pass found them.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { problems, posts, reused };
}
