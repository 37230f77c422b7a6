import type { HastPluginDefinition } from 'satteri';

/**
 * GFM task list checkboxes have no label of their own, so a screen reader announces "checkbox, checked"
 * and nothing else. Each is named by the words of its item (not those of a nested list).
 */
export function taskListLabels(): HastPluginDefinition {
  return {
    name: 'task-list-labels',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.type !== 'checkbox' || node.properties.ariaLabel) return;
        const item = ctx.parent(node);
        if (!item || item.type !== 'element') return;
        const text = item.children
          .filter((child) => !(child.type === 'element' && ['ul', 'ol', 'input'].includes(child.tagName)))
          .map((child) => ctx.textContent(child))
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) ctx.setProperty(node, 'ariaLabel', text);
      },
    },
  };
}
