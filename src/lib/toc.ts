import type { MarkdownHeading } from 'astro';
import { FOOTNOTES_HEADING_ID } from './markdown/heading-anchors.ts';

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** A post earns a table of contents from this many sections (h2) on. */
const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of a post: its h2 sections with their h3 subsections nested. Shown from three
 * sections on; `toc: false` turns it off, and `toc: true` shows it for any post with two headings or
 * more (a shorter one has nothing to find in it).
 */
export function tableOfContents(headings: readonly MarkdownHeading[], toc: boolean | undefined): TocEntry[] {
  const sections = headings.filter((heading) => (heading.depth === 2 || heading.depth === 3) && heading.slug !== FOOTNOTES_HEADING_ID);
  const shown = toc === true ? sections.length >= 2 : toc !== false && sections.filter((heading) => heading.depth === 2).length >= TOC_MIN_SECTIONS;
  if (!shown) return [];
  const entries: TocEntry[] = [];
  for (const { depth, slug, text } of sections) {
    const entry = { slug, text, children: [] };
    const parent = entries.at(-1);
    if (depth === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}
