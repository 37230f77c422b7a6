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

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return attributes;
}

/** The opening tags in `html`, each with the offset it starts at; for plugins that only read. */
export function openingTags(html: string): (RawTag & { index: number })[] {
  return [...html.matchAll(OPENING_TAG)].map((match) => ({ name: match[1]!.toLowerCase(), attributes: parseAttributes(match[2] ?? ''), index: match.index }));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

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
