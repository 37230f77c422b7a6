/**
 * `dist/_headers` as Netlify and Cloudflare Pages read it: a path line (with `*` matching anything,
 * `:name` one path segment), then indented "Name: value" lines; every rule whose path matches a
 * request adds its headers.
 */
export type HeaderRules = Map<string, Map<string, string>>;

export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      current!.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

function pathPattern(rule: string): RegExp {
  const source = rule
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers a host sends for `path`, from every matching rule in order. */
export function headersFor(rules: HeaderRules, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [rule, values] of rules) {
    if (!pathPattern(rule).test(path)) continue;
    for (const [name, value] of values) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}
