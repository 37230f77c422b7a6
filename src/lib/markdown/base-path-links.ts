import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../urls.ts';

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Authors write root-relative links (`[x](/blog/other/)`) as if the site lived at "/". When it is
 * served under a base path, those links must carry it too.
 */
export function basePathLinks(base: string): HastPluginDefinition {
  return {
    name: 'base-path-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        const attribute = URL_ATTRIBUTES[node.tagName]!;
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const rewritten = withBase(value, base);
        if (rewritten !== value) ctx.setProperty(node, attribute, rewritten);
      },
    },
  };
}
