/**
 * One parse of a post's body by Sätteri, as Astro hands it over, for what the content check needs of it
 * beyond the text: its alert markers, the links it makes and the ids its page will have. Reading the
 * parsed tree, not the text, means code, comments, escapes and reference links count exactly as they do
 * on the page; the ids come from Astro's own heading-ids plugin, so they are the page's.
 */
import type { Element } from 'hast';
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs, type HastPluginDefinition, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { alertMarker } from './markdown/alerts.ts';
import { openingTags, withoutInertText } from './markdown/raw-html.ts';

/** The parser features Astro turns on for Markdown and MDX alike. */
const ASTRO_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A link as written (`[x](/blog/y/#z)`, `<a href>` in HTML or JSX), on the post file's line. */
export interface WrittenLink {
  line: number;
  href: string;
}

export interface BodyScan {
  /** Quotes opening with `[!KIND]`, whatever the kind: `written` as in the source, `kind` lower-cased. */
  alerts: { line: number; written: string; kind: string }[];
  links: WrittenLink[];
  /**
   * Every id the body gives an element: headings' (as Astro makes them), footnotes', and those written on
   * HTML elements, in HTML or JSX. Undefined when the body could not be parsed: its ids are unknown.
   */
  ids: string[] | undefined;
  /** Tags in a Markdown post's HTML named with a capital, as MDX components are (`<Callout>`). */
  capitalTags: { line: number; name: string }[];
  /** Why MDX could not be parsed (an unclosed tag, a stray `<` or `{`), on the file's line. */
  syntaxError?: { line: number; message: string } | undefined;
}

/**
 * Sätteri's parse error ("3:1: Expected a closing tag for `<Details>` (3:1) (mdx-jsx:…)") on the post
 * file's lines: positions are the body's, so each is moved by `lineOffset`, and the rule's code dropped.
 */
export function syntaxErrorOf(error: unknown, lineOffset: number): { line: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const [, line = '1', rest = text] = /^(\d+):\d+:\s*([\s\S]*)$/.exec(text) ?? [];
  const message = rest
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(/\((\d+):\d+\)/g, (_, at: string) => `(line ${lineOffset + Number(at)})`)
    .replace(/`/g, '');
  return { line: lineOffset + Number(line), message };
}

type Jsx = Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>;

const jsxAttribute = (node: Jsx, name: string): string | undefined => {
  const value = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Scans a post's body (the text after its frontmatter), which starts on the file's line `firstLine`.
 */
export function scanBody(body: string, mdx: boolean, firstLine: number): BodyScan {
  // Parsed as Astro parses it: a Markdown body trimmed, with front matter still recognised; an MDX body
  // where it is.
  const lead = mdx ? '' : /^\s*/.exec(body)![0];
  const source = mdx ? body : body.trim();
  const lineOffset = firstLine + lead.split('\n').length - 2;
  const scan = { alerts: [] as BodyScan['alerts'], links: [] as WrittenLink[], ids: [] as string[], capitalTags: [] as BodyScan['capitalTags'] };
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => lineOffset + (node.position?.start.line ?? 1);
  const addLink = (href: string | undefined, line: number) => {
    if (href !== undefined) scan.links.push({ line, href });
  };
  const addId = (id: unknown) => {
    if (typeof id === 'string' && id) scan.ids.push(id);
  };
  const visitJsx = (node: Jsx) => {
    // An HTML element keeps its id; a component (<Callout id>) renders what it chooses, which may be none.
    if (/^[a-z]/.test(node.name ?? '')) addId(jsxAttribute(node, 'id'));
    if (node.name === 'a') addLink(jsxAttribute(node, 'href'), lineOf(node));
  };
  const collector: HastPluginDefinition = {
    name: 'body-scan',
    options: { position: true },
    element: [
      {
        // Footnotes are the only ids Markdown itself makes besides headings', on their links and items.
        filter: ['a', 'li'],
        visit(node) {
          addId(node.properties?.id);
          if (node.tagName === 'a' && typeof node.properties?.href === 'string') addLink(node.properties.href, lineOf(node));
        },
      },
      {
        filter: ['blockquote'],
        visit(node, ctx) {
          const marker = alertMarker(node as Element, ctx.source);
          const line = marker?.opening.position?.start.line;
          if (marker && line !== undefined) scan.alerts.push({ line: lineOffset + line, written: marker.written, kind: marker.kind });
        },
      },
    ],
    mdxJsxFlowElement: { filter: [], visit: visitJsx },
    mdxJsxTextElement: { filter: [], visit: visitJsx },
    // HTML written inside Markdown stays text: its tags are read, never changed.
    raw(node) {
      const start = lineOf(node);
      // A commented-out link is parked, not made.
      const html = withoutInertText(node.value);
      for (const { name, written, attributes, index } of openingTags(html)) {
        const line = start + (html.slice(0, index).match(/\n/g)?.length ?? 0);
        addId(attributes.get('id'));
        if (name === 'a') addLink(attributes.get('href'), line);
        if (/^[A-Z]/.test(written)) scan.capitalTags.push({ line, name: written });
      }
    },
  };
  const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
  const options = { features: { ...ASTRO_FEATURES, frontmatter: !mdx }, hastPlugins: [satteriHeadingIdsPlugin(), collector], data: { astro } };
  let result: unknown;
  try {
    result = mdx ? mdxToJs(source, options) : markdownToHtml(source, options);
  } catch (error) {
    // Reported here, before the build, with the post's file and line; Astro's compile would stop the build halfway.
    return { alerts: [], links: [], ids: undefined, capitalTags: [], syntaxError: syntaxErrorOf(error, lineOffset) };
  }
  if (result instanceof Promise) throw new Error('The body scan expects Sätteri to finish synchronously');
  scan.ids.push(...astro.headings.map((heading) => heading.slug));
  scan.links.sort((a, b) => a.line - b.line);
  return scan;
}
