import type { HastPluginEntry } from 'satteri';
import { alerts } from './alerts.ts';
import { contentImages } from './content-images.ts';
import { externalLinks } from './external-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { taskListLabels } from './task-lists.ts';

export { codeBlockTransformers } from './code-blocks.ts';
export { CODE_THEMES } from './code-themes.ts';

/**
 * The hast plugins for writing (alerts, heading anchors, external links, images, task lists), in order.
 * astro.config.mjs and the unit tests both use this list, so the tests render what the site renders.
 */
export function writingHastPlugins(siteUrl: string): HastPluginEntry[] {
  return [alerts(), headingAnchors(), externalLinks(siteUrl), contentImages(), taskListLabels()];
}
