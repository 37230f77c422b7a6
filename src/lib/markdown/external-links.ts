import type { HastNode, HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { rewriteOpeningTags } from './raw-html.ts';

/** What screen readers hear after an external link's text; sighted readers see an arrow drawn by CSS. */
export const EXTERNAL_LINK_TEXT = '(external site)';

/** A link is external when it leaves the site: an http(s) URL on another origin. */
export function isExternalLink(href: string, siteUrl: string): boolean {
  if (!/^(https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, siteUrl).origin !== new URL(siteUrl).origin;
  } catch {
    return false;
  }
}

function tokens(value: unknown): string[] {
  return (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []).filter(Boolean);
}

/** Adds tokens to a space-separated list such as rel or class, keeping what the author wrote, once each. */
export function withTokens(existing: unknown, ...added: string[]): string {
  return [...new Set([...tokens(existing), ...added])].join(' ');
}

function insideHeading(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && /^h[1-6]$/.test(parent.tagName)) return true;
  }
  return false;
}

/**
 * External links carry rel="noopener noreferrer" and say that they leave the site: a visually hidden
 * note for screen readers and a class that draws an arrow. Inside a heading only rel is added, so the
 * heading's text, its id and the table of contents keep the words written.
 */
export function externalLinks(siteUrl: string): HastPluginDefinition {
  const mark = (node: Readonly<HastNode>, ctx: HastVisitorContext, attributes: { rel: unknown; classKey: string; classes: unknown }) => {
    ctx.setProperty(node, 'rel', withTokens(attributes.rel, 'noopener', 'noreferrer'));
    if (insideHeading(node, ctx)) return;
    ctx.setProperty(node, attributes.classKey, withTokens(attributes.classes, 'external-link'));
    ctx.appendChild(node, {
      type: 'element',
      tagName: 'span',
      // Page furniture: not feed content, not words to search for.
      properties: { className: ['sr-only'], dataFeed: 'omit', dataPagefindIgnore: 'all' },
      children: [{ type: 'text', value: ` ${EXTERNAL_LINK_TEXT}` }],
    });
  };
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalLink(href, siteUrl)) {
          mark(node, ctx, { rel: node.properties?.rel, classKey: 'className', classes: node.properties?.className });
        }
      },
    },
    // <a href="…"> written as JSX in MDX, inline or on a line of its own.
    mdxJsxTextElement: { filter: ['a'], visit: visitJsxLink },
    mdxJsxFlowElement: { filter: ['a'], visit: visitJsxLink },
    // <a href="…"> written as HTML inside Markdown: its closing tag is another node, so the note for
    // screen readers goes first inside the link.
    raw(node, ctx) {
      const value = rewriteOpeningTags(node.value, ({ name, attributes }) => {
        const href = attributes.get('href');
        if (name !== 'a' || !href || !isExternalLink(href, siteUrl)) return undefined;
        attributes.set('rel', withTokens(attributes.get('rel'), 'noopener', 'noreferrer'));
        attributes.set('class', withTokens(attributes.get('class'), 'external-link'));
        return { after: `<span class="sr-only" data-feed="omit" data-pagefind-ignore="all">${EXTERNAL_LINK_TEXT} </span>` };
      });
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
  };

  function visitJsxLink(node: Readonly<MdxJsxTextElementHast | MdxJsxFlowElementHast>, ctx: HastVisitorContext): void {
    const attribute = (name: string) =>
      node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name)?.value;
    const href = attribute('href');
    if (typeof href !== 'string' || !isExternalLink(href, siteUrl)) return;
    const classKey = attribute('className') === undefined ? 'class' : 'className';
    mark(node, ctx, { rel: attribute('rel'), classKey, classes: attribute(classKey) });
  }
}
