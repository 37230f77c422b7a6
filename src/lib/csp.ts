/**
 * The site's Content-Security-Policy. Inline scripts and styles are allowed by their SHA-256 hash only,
 * collected from the built pages themselves, so whatever a component or post puts inline is covered
 * without an 'unsafe-inline' for scripts. The same policy goes into a <meta> tag on every page (the only
 * way on hosts without custom headers, such as GitHub Pages) and into the `_headers` file.
 */
import { createHash } from 'node:crypto';

/** Directives besides script-src and style-src, whose hashes are added at build time. */
export const BASE_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Shiki colours code through style attributes (CSS variables). Attributes cannot run script, and
  // style-src-attr keeps the exception away from <style> elements, which stay hash-only.
  "style-src-attr 'unsafe-inline'",
];

/** Directives a <meta> policy may not carry (browsers ignore them there and log an error). */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  // Not JavaScript, but inline and governed by script-src all the same.
  'importmap',
  'speculationrules',
]);

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Whether an inline <script> with these attributes runs (or is otherwise subject to script-src). */
export function isScriptSubjectToCsp(attributes: string): boolean {
  const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
  return JAVASCRIPT_TYPES.has(type);
}

export interface InlineContent {
  scripts: string[];
  styles: string[];
}

/** The contents of inline <script> and <style> elements, as the browser hashes them (raw text). */
export function inlineContent(html: string): InlineContent {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', content = ''] = match;
    if (attribute(attributes, 'src') === undefined && isScriptSubjectToCsp(attributes)) scripts.push(content);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(match[1] ?? '');
  return { scripts, styles };
}

export interface Policy {
  /** For the <meta> tag in every page. */
  meta: string;
  /** For the Content-Security-Policy header. */
  header: string;
}

/** The policy allowing exactly these inline scripts and styles, hashes sorted so builds are reproducible. */
export function buildPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): Policy {
  const sources = (hashes: Iterable<string>) => ["'self'", ...[...new Set(hashes)].sort()].join(' ');
  // Pagefind's search runs WebAssembly, which script-src must allow; 'wasm-unsafe-eval' allows compiling
  // WebAssembly only, never JavaScript's eval.
  const directives = [...BASE_DIRECTIVES, `script-src ${sources(scriptHashes)} 'wasm-unsafe-eval'`, `style-src ${sources(styleHashes)}`];
  return { meta: directives.join('; '), header: [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ') };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** How a page carries its policy, as this module writes it and as Astro renders it. */
const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The policy in a page's <meta> tag, if it has one. */
export function pagePolicy(html: string): string | undefined {
  const content = POLICY_META.exec(html)?.[1];
  return content?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Puts the policy first in <head> (right after <meta charset>), so it governs every script and style
 * that follows. A policy in a <meta> tag applies only to what comes after it.
 */
export function insertPolicyMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">`;
  // A page kept from an earlier build already has one: it is replaced, never doubled.
  html = html.replace(POLICY_META, '');
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  const head = /<head\b[^>]*>/i.exec(html);
  const anchor = charset && head && charset.index > head.index ? charset : head;
  if (!anchor) throw new Error('no <head> to put the Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}

export const POLICY_PLACEHOLDER = 'CONTENT_SECURITY_POLICY';

/**
 * The deployable `_headers`: the policy in place of its placeholder, and every path rule (a line
 * starting with "/") moved under the base path.
 */
export function fillHeaders(template: string, policy: string, base: string): string {
  const header = new RegExp(`^(\\s+Content-Security-Policy:\\s*)${POLICY_PLACEHOLDER}\\s*$`, 'm');
  if (!header.test(template)) throw new Error(`public/_headers has no "Content-Security-Policy: ${POLICY_PLACEHOLDER}" line to fill in`);
  return template
    .split('\n')
    .map((line) => (line.startsWith('/') && base !== '/' ? base.slice(0, -1) + line : line))
    .join('\n')
    .replace(header, (_, name: string) => name + policy);
}
