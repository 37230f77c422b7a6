import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../urls.ts';
import { rewriteOpeningTags } from './raw-html.ts';

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };
const TAGS = Object.keys(URL_ATTRIBUTES);
// In MDX, the components that take a URL too: <Figure src="/diagram.png"> shows an image from public/.
const JSX_URL_ATTRIBUTES: Record<string, string> = { ...URL_ATTRIBUTES, Figure: 'src' };
const JSX_TAGS = Object.keys(JSX_URL_ATTRIBUTES);

/**
 * Authors write root-relative links (`[x](/blog/other/)`, or `<a href="/blog/other/">` in MDX) as if the
 * site lived at "/". When it is served under a base path, those links must carry it too.
 */
export function basePathLinks(base: string): HastPluginDefinition {
  const rewrite = (node: Parameters<HastVisitorContext['setProperty']>[0], ctx: HastVisitorContext, attribute: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const rewritten = withBase(value, base);
    if (rewritten !== value) ctx.setProperty(node, attribute, rewritten);
  };
  const visitJsx = (node: Readonly<MdxJsxTextElementHast | MdxJsxFlowElementHast>, ctx: HastVisitorContext) => {
    const attribute = JSX_URL_ATTRIBUTES[node.name ?? '']!;
    const value = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === attribute)?.value;
    rewrite(node, ctx, attribute, value);
  };
  return {
    name: 'base-path-links',
    element: {
      filter: TAGS,
      visit(node, ctx) {
        const attribute = URL_ATTRIBUTES[node.tagName]!;
        rewrite(node, ctx, attribute, node.properties?.[attribute]);
      },
    },
    mdxJsxTextElement: { filter: JSX_TAGS, visit: visitJsx },
    mdxJsxFlowElement: { filter: JSX_TAGS, visit: visitJsx },
    // HTML written inside Markdown, such as <a href="/tags/">.
    raw(node, ctx) {
      const value = rewriteOpeningTags(node.value, ({ name, attributes }) => {
        const attribute = URL_ATTRIBUTES[name];
        const url = attribute && attributes.get(attribute);
        if (attribute && url) attributes.set(attribute, withBase(url, base));
        return undefined;
      });
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
    },
  };
}
