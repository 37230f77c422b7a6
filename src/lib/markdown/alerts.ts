import type { HastPluginEntry } from 'satteri';
import type { Element, ElementContent, Properties, Text } from 'hast';
import { CALLOUT_ICONS, CALLOUT_ICON_SVG, CALLOUT_LABELS, calloutName, isCalloutType } from '../callouts.ts';

type Node = ElementContent;

const element = (tagName: string, properties: Properties, children: Node[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): Text => ({ type: 'text', value });

/** A paragraph's inline content split at its first line break: a <br>, or a newline inside a text node. */
function splitFirstLine(children: readonly Node[]): { line: Node[]; rest: Node[] } {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'element' && child.tagName === 'br') return { line: children.slice(0, i), rest: children.slice(i + 1) };
    const newline = child.type === 'text' ? child.value.indexOf('\n') : -1;
    if (child.type === 'text' && newline >= 0) {
      const before = child.value.slice(0, newline);
      const after = child.value.slice(newline + 1);
      return {
        line: [...children.slice(0, i), ...(before ? [text(before)] : [])],
        rest: [...(after ? [text(after)] : []), ...children.slice(i + 1)],
      };
    }
  }
  return { line: [...children], rest: [] };
}

const textOf = (nodes: readonly Node[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');

/** A quote's opening marker: `[!KIND]` as written, its kind lower-cased (which may be no kind there is). */
export interface AlertMarker {
  written: string;
  kind: string;
  /** Where the text after the marker is: the quote's first paragraph, its index, and its opening text. */
  paragraph: Readonly<Element>;
  index: number;
  opening: Readonly<Text>;
}

/**
 * Whether a source may spell a marker's text other than literally (`\[!NOTE]`, `[\!NOTE]`, `&#91;!NOTE]`):
 * only then does telling a marker from quoted brackets need the parser's positions.
 */
export function mayQuoteMarker(source: string): boolean {
  // An escaped bracket or bang, or an entity for either; not any `&`, which code (`&mut`) is full of.
  return /\\[[!]|&(?:#0*(?:91|33)|#x0*(?:5b|21)|lbrack|lsqb|excl);/i.test(source);
}

/**
 * A blockquote is an alert when its first paragraph starts with `[!KIND]` in any case (GitHub's syntax);
 * a title may follow on the line (Obsidian's). Both the plugin and the content check ask this, so what
 * renders as a callout and what the check reports agree. Text that the source does not spell `[!` (an
 * escaped `\[!NOTE]`, an entity) is quoted brackets, not a marker; that needs positions, which a parse
 * of a source `mayQuoteMarker` says is plain may leave out.
 */
export function alertMarker(quote: Readonly<Element>, source: string): AlertMarker | undefined {
  const index = quote.children.findIndex((child) => !(child.type === 'text' && !child.value.trim()));
  const paragraph = quote.children[index];
  if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return undefined;
  const opening = paragraph.children[0];
  if (opening?.type !== 'text') return undefined;
  const written = /^\[!([A-Za-z]+)\]/.exec(opening.value);
  if (!written) return undefined;
  const offset = opening.position?.start.offset;
  // The parser counts offsets after a byte order mark, which a source may still begin with.
  const parsed = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (offset !== undefined && !parsed.startsWith('[!', offset)) return undefined;
  return { written: written[0], kind: written[1]!.toLowerCase(), paragraph, index, opening };
}

/**
 * GitHub's alerts in Markdown: a quote opening with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`,
 * `[!CAUTION]` or `[!DANGER]` becomes the same callout the MDX <Callout> component renders. An unknown
 * kind is left a quote here; the content check reports it, so it never reaches a page.
 */
export function alerts(): HastPluginEntry {
  // Positions cost every parse: only asked for where a marker may be quoted.
  return ({ source }) => ({
    name: 'alerts',
    options: { position: mayQuoteMarker(source) },
    element: {
      filter: ['blockquote'],
      visit(node, ctx) {
        const marker = alertMarker(node, ctx.source);
        if (!marker || !isCalloutType(marker.kind)) return;
        const { kind: type, paragraph, index: first } = marker;
        const children = node.children;
        const afterMarker = text(marker.opening.value.slice(marker.written.length));
        const { line, rest } = splitFirstLine([afterMarker, ...paragraph.children.slice(1)]);
        const titleNodes = trimStart(line);
        const title = textOf(titleNodes).trim();
        const bodyStart = trimStart(rest);
        const body = [...(bodyStart.length ? [element('p', {}, bodyStart)] : []), ...children.slice(first + 1)];

        ctx.replaceNode(
          node,
          element('aside', { className: ['callout', `callout-${type}`], role: 'note', ariaLabel: calloutName(type, title) }, [
            element('p', { className: ['callout-title'] }, [
              element('svg', svgProperties(), CALLOUT_ICONS[type].map(({ tag, attributes }) => element(tag, attributes))),
              element('strong', {}, [text(`${CALLOUT_LABELS[type]}${title ? ':' : ''}`)]),
              ...(title ? [element('span', {}, [text(' '), ...titleNodes])] : []),
            ]),
            element('div', { className: ['callout-body'] }, body),
          ]),
        );
      },
    },
  });
}

function trimStart(nodes: Node[]): Node[] {
  const [head, ...tail] = nodes;
  if (head?.type !== 'text') return nodes;
  const value = head.value.replace(/^\s+/, '');
  return value ? [text(value), ...tail] : trimStart(tail);
}

function svgProperties(): Properties {
  const { class: className, ...attributes } = CALLOUT_ICON_SVG;
  return { className: [className], ...attributes };
}
