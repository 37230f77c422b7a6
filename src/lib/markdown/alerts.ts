import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent, Properties, Text } from 'hast';
import { CALLOUT_ICONS, CALLOUT_ICON_SVG, CALLOUT_LABELS, alertKind, calloutName, isCalloutType } from '../callouts.ts';

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

/**
 * GitHub's alerts in Markdown: a blockquote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]` or `[!CAUTION]` (or `[!DANGER]`, any case, a title allowed after it) becomes the same
 * callout the MDX <Callout> component renders. An unknown kind is left a quote here; the content check
 * reports it, so it never reaches a page.
 */
export function alerts(): HastPluginDefinition {
  return {
    name: 'alerts',
    element: {
      filter: ['blockquote'],
      visit(node, ctx) {
        const children = node.children;
        const first = children.findIndex((child) => !(child.type === 'text' && !child.value.trim()));
        const paragraph = children[first];
        if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return;
        const opening = paragraph.children[0];
        if (opening?.type !== 'text') return;
        const value = opening.value;
        const type = alertKind(value);
        if (type === undefined || !isCalloutType(type)) return;

        const afterMarker = text(value.slice(value.indexOf(']') + 1));
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
  };
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
