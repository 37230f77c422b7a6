import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CALLOUT_LABELS, isCalloutType } from './callouts.ts';
import { scanBody, type BodyScan } from './body-scan.ts';
import { MDX_COMPONENT_NAMES } from './mdx-components.ts';
import { decodePath, relativeImagePath } from './markdown/content-images.ts';
import { publicFile, sitePathName } from './public-files.ts';
import { isGeneratedImagePath } from './social/image-paths.ts';
import { isSitePath } from './urls.ts';

/** A problem in a post's body; `field` names what it is about: image, Figure, Callout or alert. */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

interface Attribute {
  /** The text of a quoted value; undefined for an expression ({…}) or a bare attribute. */
  value: string | undefined;
}

interface Tag {
  name: string;
  attributes: Map<string, Attribute>;
  /** Offset just past the tag's closing > (or />). */
  end: number;
  selfClosing: boolean;
}

/**
 * Code is not checked: fenced blocks and inline code spans are blanked out, keeping every line and
 * column where it was, so what remains is prose, Markdown and tags at their true positions.
 */
function withoutCode(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((text) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return '';
      }
      if (fence) return '';
      return text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

/** Reads `<Name attr="v" other={x} flag>` from `start` (at the `<`), across lines. */
function readTag(text: string, start: number): Tag | undefined {
  const name = /^<([A-Za-z][\w.-]*)/.exec(text.slice(start, start + 64))?.[1];
  if (!name) return undefined;
  const attributes = new Map<string, Attribute>();
  let i = start + 1 + name.length;
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('/>', i)) return { name, attributes, end: i + 2, selfClosing: true };
    if (text[i] === '>') return { name, attributes, end: i + 1, selfClosing: false };
    if (text[i] === '{') {
      i = skipBraces(text, i); // a spread such as {...props}
      continue;
    }
    const attribute = /^[^\s=/>{]+/.exec(text.slice(i, i + 200))?.[0];
    if (!attribute) return undefined;
    i += attribute.length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes.set(attribute, { value: undefined });
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      attributes.set(attribute, { value: text.slice(i + 1, close) });
      i = close + 1;
    } else if (quote === '{') {
      const close = skipBraces(text, i);
      const expression = text.slice(i + 1, close - 1).trim();
      // alt={""} and alt={''} are plain strings written as expressions.
      const literal = /^(["'`])(.*)\1$/s.exec(expression);
      attributes.set(attribute, { value: literal ? literal[2] : undefined });
      i = close;
    } else {
      const bare = /^[^\s/>]+/.exec(text.slice(i))?.[0] ?? '';
      attributes.set(attribute, { value: bare });
      i += bare.length;
    }
  }
  return undefined;
}

function skipBraces(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Whether an image named from the site root ("/images/x.png") is missing: not drawn by one of the site's
 * routes (its icons and cards), and not a file inside `publicDir`.
 */
function missingFromPublic(src: string, publicDir: string, exists: (path: string) => boolean): boolean {
  if (!isSitePath(src) || isGeneratedImagePath(sitePathName(src))) return false;
  const file = publicFile(src, publicDir);
  return file === undefined || !exists(file);
}

export interface BodyOptions {
  /** The line of the post's file the body starts on; 1 by default. */
  firstLine?: number;
  mdx?: boolean;
  /** Whether an image file is there. */
  exists?: (path: string) => boolean;
  /** Where images named from the site root must be; not checked when not given. */
  publicDir?: string | undefined;
  /** The body's parse, when the caller has made it already. */
  scan?: BodyScan;
}

/**
 * Checks a post's body: every image has alt text (a Markdown image, an <img>, a Figure, where alt=""
 * marks a decorative one), the images beside the post exist, and so do those named from the site root
 * in `publicDir` (when given), and a Callout's type, or a `> [!KIND]` alert's kind, is one there is.
 * `file` locates images beside the post.
 */
export function checkBody(file: string, body: string, options: BodyOptions = {}): BodyProblem[] {
  const { firstLine = 1, mdx = false, exists = existsSync, publicDir } = options;
  const scan = options.scan ?? scanBody(body, mdx, firstLine);
  const text = withoutCode(body);
  const problems: BodyProblem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
  const report = (offset: number, field: string, message: string) => problems.push({ line: lineAt(offset), field, message });
  const notPublished = (src: string) => publicDir !== undefined && missingFromPublic(src, publicDir, exists);
  const notInPublic = (name: string) => `${name} names a file from the site root that public/ does not have`;

  for (const image of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)/g)) {
    const [, alt = '', src = ''] = image;
    if (!alt.trim()) report(image.index, 'image', `${src} has no alt text: describe it between the brackets, ![what it shows](${src})`);
    const local = relativeImagePath(decodePath(src));
    if (local && !exists(resolve(dirname(file), local))) report(image.index, 'image', `${src} names an image file that does not exist`);
    if (notPublished(src)) report(image.index, 'image', notInPublic(src));
  }

  for (const opening of text.matchAll(/<(img|Figure|Callout)\b/g)) {
    const tag = readTag(text, opening.index);
    if (!tag) continue;
    const src = tag.attributes.get('src');
    if (tag.name === 'img') {
      if (!tag.attributes.has('alt')) {
        report(opening.index, 'image', `${src?.value ?? 'an <img>'} has no alt attribute: add alt="what it shows"`);
      }
      if (src?.value !== undefined && notPublished(src.value)) report(opening.index, 'image', notInPublic(src.value));
    } else if (mdx && tag.name === 'Figure') {
      checkFigure(file, text, tag, exists, (field, message) => report(opening.index, field, message));
      if (src?.value !== undefined && notPublished(src.value)) report(opening.index, 'image', notInPublic(`<Figure src="${src.value}">`));
    } else if (mdx && tag.name === 'Callout') {
      const type = tag.attributes.get('type');
      if (type && type.value !== undefined && !isCalloutType(type.value)) {
        report(opening.index, 'Callout', `type="${type.value}" is not a kind of callout: use ${Object.keys(CALLOUT_LABELS).join(', ')}`);
      }
    }
  }

  if (!mdx) {
    for (const { line, name } of scan.capitalTags) {
      if (MDX_COMPONENT_NAMES.includes(name)) {
        problems.push({ line, field: name, message: `<${name}> is an MDX component, which only .mdx posts can use: rename the file to .mdx` });
      }
    }
  }

  if (scan.syntaxError) {
    const { line, message } = scan.syntaxError;
    // Most such errors are a brace or an angle bracket meant as text.
    const hint = /unexpected character|expression/i.test(message) ? '; a literal { or < in text is written \\{ or \\<' : '';
    problems.push({ line, field: 'mdx', message: `${message}${hint}` });
  }

  // A quote that opens with an unknown kind would otherwise publish as a quote showing "[!INFO]".
  const kinds = Object.keys(CALLOUT_LABELS).map((name) => name.toUpperCase());
  for (const { line, written, kind } of scan.alerts) {
    if (isCalloutType(kind)) continue;
    problems.push({
      line,
      field: 'alert',
      message: `> ${written} is not a kind of alert: use ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)} (or write \\[! to quote the brackets)`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function checkFigure(file: string, text: string, tag: Tag, exists: (path: string) => boolean, report: (field: string, message: string) => void): void {
  const src = tag.attributes.get('src');
  const name = src?.value === undefined ? '<Figure>' : `<Figure src="${src.value}">`;
  if (!src) report('Figure', 'has no src: name the image beside the post, such as src="./chart.png"');
  if (!tag.attributes.has('alt')) {
    report('image', `${name} has no alt text: add alt="what it shows", or alt="" if the image is only decorative`);
  }
  const local = src?.value === undefined ? undefined : relativeImagePath(src.value);
  if (local && !exists(resolve(dirname(file), local))) report('image', `${name} names an image file that does not exist`);
  if (!tag.selfClosing && tag.attributes.has('caption')) {
    const close = text.indexOf('</Figure>', tag.end);
    if (close > tag.end && text.slice(tag.end, close).trim()) {
      report('Figure', `${name} has a caption attribute and a caption between its tags: keep one`);
    }
  }
}
