import type { ShikiConfig } from 'astro';
import type { Element, ElementContent } from 'hast';
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { parseCodeMeta } from './code-meta.ts';
import { lightColourFixes } from './code-themes.ts';

type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

function addClass(node: Element, ...names: string[]): void {
  const current = node.properties.class ?? node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/) : [];
  node.properties.class = [...new Set([...list, ...names])].filter(Boolean).join(' ');
  delete node.properties.className;
}

/**
 * Reads the fence's meta (title, {lines}, ins=, del=) and marks lines the way the notation transformers
 * do, so `// [!code ++]` in the code and `ins={3}` after the fence look the same. Every block is wrapped
 * so the copy button has a place to sit: a <figure> named by its <figcaption> when it has a title.
 */
function codeMetaTransformer(): ShikiTransformer {
  return {
    name: 'compiled-notes:code-meta',
    line(node, line) {
      const meta = parseCodeMeta(this.options.meta?.__raw);
      if (meta.highlight.includes(line)) addClass(node, 'highlighted');
      if (meta.ins.includes(line)) addClass(node, 'diff', 'add');
      if (meta.del.includes(line)) addClass(node, 'diff', 'remove');
    },
    pre(node) {
      const meta = parseCodeMeta(this.options.meta?.__raw);
      if (meta.highlight.length) addClass(node, 'has-highlighted');
      if (meta.ins.length || meta.del.length) addClass(node, 'has-diff');
    },
    root(root) {
      const pre = root.children.find((child): child is Element => child.type === 'element');
      if (!pre) return;
      const { title } = parseCodeMeta(this.options.meta?.__raw);
      const children: ElementContent[] = title
        ? [{ type: 'element', tagName: 'figcaption', properties: { class: 'code-title' }, children: [{ type: 'text', value: title }] }, pre]
        : [pre];
      root.children = [{ type: 'element', tagName: title ? 'figure' : 'div', properties: { class: 'code-block' }, children }];
    },
  };
}

/** Shiki transformers for every fenced code block: the light theme's colour fixes, notation comments, then the fence's meta. */
export function codeBlockTransformers(): ShikiTransformer[] {
  return [lightColourFixes(), transformerNotationHighlight(), transformerNotationDiff(), codeMetaTransformer()];
}
