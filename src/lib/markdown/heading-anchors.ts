import type { HastPluginEntry } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';

const LINKED = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** GFM puts a visually hidden "Footnotes" h2 above the notes; it is no section of the post. */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/**
 * A visible link to each section, beside its heading rather than inside it, so the heading's text (from
 * which its id and the table of contents are made) and its accessible name stay exactly the words written.
 *
 * Astro's own heading-ids plugin gives ids only after every user plugin has run; running it first here
 * assigns the very same ids (it keeps ids that are already set when it runs again), so the anchors can
 * point at them.
 */
export function headingAnchors(): HastPluginEntry[] {
  return [
    satteriHeadingIdsPlugin(),
    {
      name: 'heading-anchors',
      element: {
        filter: LINKED,
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id !== 'string' || id === FOOTNOTES_HEADING_ID) return;
          const text = ctx.textContent(node).trim();
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `heading-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['heading-anchor'], href: `#${id}`, dataFeed: 'omit', dataPagefindIgnore: 'all' },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  // Plain ASCII quotes: one curly quote makes Astro's whole content data module non-ASCII,
                  // and bundling it then took twice as long (0.6 → 1.4 s at 1,000 ASCII-only posts).
                  { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Section titled "${text}"` }] },
                ],
              },
            ],
          });
        },
      },
    },
  ];
}
