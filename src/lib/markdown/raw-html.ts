/**
 * Sätteri keeps HTML written inside Markdown as raw text (parsing it into elements would drop code-fence
 * metadata). These helpers let plugins treat the opening tags in that text like elements.
 */
const OPENING_TAG = /<([a-zA-Z][\w-]*)(\s[^<>]*?)?(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface RawTag {
  name: string;
  attributes: Map<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * An attribute's value as the browser reads it: `&amp;` is "&". Numeric references and the five XML
 * names are decoded (what a URL or id may hold); any other name is left as written.
 */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1]!.toLowerCase(), decodeReferences(match[2] ?? match[3] ?? match[4] ?? ''));
  return attributes;
}

/**
 * What of HTML holds no tags: comments, and the text of scripts and styles. Each character but a line
 * break becomes a space, so what remains is where it was, on its line.
 */
export function withoutInertText(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)|(<(script|style)\b[^>]*>)[\s\S]*?(?=<\/\2\s*>|$)/gi, (text, opening: string | undefined) =>
    (opening ?? '') + text.slice(opening?.length ?? 0).replace(/[^\n]/g, ' '),
  );
}

/** The opening tags in `html`, each with the offset it starts at and its name as written; for plugins that only read. */
export function openingTags(html: string): (RawTag & { index: number; written: string })[] {
  return [...html.matchAll(OPENING_TAG)].map((match) => ({
    name: match[1]!.toLowerCase(),
    written: match[1]!,
    attributes: parseAttributes(match[2] ?? ''),
    index: match.index,
  }));
}

/** The reverse of reading: a named reference left as written (`&nbsp;`) stays one. */
const escapeAttribute = (value: string) => value.replace(/&(?![a-z][a-z0-9]*;)/gi, '&amp;').replace(/"/g, '&quot;');

/**
 * Rewrites each opening tag in `html` that `edit` changes: `edit` gets the tag and returns the text to put
 * after the tag (or undefined), mutating `attributes` as it likes. Untouched tags keep their exact text.
 */
export function rewriteOpeningTags(html: string, edit: (tag: RawTag) => { after?: string } | undefined): string {
  return html.replace(OPENING_TAG, (whole, name: string, attributeText: string | undefined, selfClosing: string) => {
    const tag = { name: name.toLowerCase(), attributes: parseAttributes(attributeText ?? '') };
    const before = new Map(tag.attributes);
    const result = edit(tag);
    const changed = tag.attributes.size !== before.size || [...tag.attributes].some(([key, value]) => before.get(key) !== value);
    if (!result && !changed) return whole;
    const attributes = [...tag.attributes].map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
    return `<${name}${attributes}${selfClosing}>${result?.after ?? ''}`;
  });
}
