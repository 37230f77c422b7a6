import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import type { ElementContent } from 'hast';

/** The post column: `--measure` in global.css, inside the page's side padding (`main` in global.css). */
export const CONTENT_MEASURE_REM = 42;
export const PAGE_GUTTER_REM = 1.25;

/**
 * The width an image in a post is shown at: the column, or the viewport less the gutters on a narrow
 * screen. Without it, the browser assumes an image is shown at its own width and fetches a larger file.
 */
export const CONTENT_IMAGE_SIZES = `(min-width: ${CONTENT_MEASURE_REM + 2 * PAGE_GUTTER_REM}rem) ${CONTENT_MEASURE_REM}rem, calc(100vw - ${2 * PAGE_GUTTER_REM}rem)`;

interface AstroData {
  frontmatter?: Record<string, unknown>;
  localImagePaths?: Set<string>;
}

const isUrl = (src: string) => /^([a-z][a-z\d+.-]*:|\/\/)/i.test(src);

/** A path as written in a post ("my%20chart.png"), as a file name; left as it is when it is not valid. */
export function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** "chart.png" and "./chart.png" both mean the file beside the post; Vite needs the ./ to know it. */
export function relativeImagePath(src: string): string | undefined {
  if (isUrl(src) || src.startsWith('/')) return undefined;
  return src.startsWith('./') || src.startsWith('../') ? src : `./${src}`;
}

/**
 * Images in a post: sized for the column, lazy except the first (which loads at once unless the post
 * has a cover, which then is the first image), and `<Figure src="./x.png">` in MDX turned into an
 * image that Astro's pipeline optimizes, with its caption in a <figcaption>.
 *
 * Runs before Astro's own image plugins, which then carry these attributes onto the optimized <img>.
 */
export function contentImages(): HastPluginEntry {
  return () => {
    let seen = 0;
    const loadingFor = (ctx: HastVisitorContext) => {
      const astro = ctx.data.astro as AstroData | undefined;
      const first = seen++ === 0 && !astro?.frontmatter?.cover;
      return first ? 'eager' : 'lazy';
    };

    return {
      name: 'content-images',
      element: {
        filter: ['img'],
        visit(node, ctx) {
          if (node.properties?.loading) return; // made by the Figure visitor below
          ctx.setProperty(node, 'sizes', CONTENT_IMAGE_SIZES);
          ctx.setProperty(node, 'loading', loadingFor(ctx));
        },
      },
      mdxJsxFlowElement: {
        filter: ['Figure'],
        visit(node, ctx) {
          const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
          const src = attribute('src')?.value;
          const alt = attribute('alt')?.value;
          const caption = attribute('caption')?.value;
          const consumed = new Set<string>();
          const children: ElementContent[] = [];
          // An imported image (src={chart}) is left to the component; a path is made an <img> Astro optimizes.
          if (typeof src === 'string' && (alt === undefined || typeof alt === 'string')) {
            const local = relativeImagePath(src);
            if (local) (ctx.data.astro as AstroData | undefined)?.localImagePaths?.add(decodeURI(local));
            children.push({
              type: 'element',
              tagName: 'img',
              // A missing alt stays missing: the content check names the Figure and Astro's Image refuses it.
              properties: { src: local ?? src, ...(alt === undefined ? {} : { alt }), sizes: CONTENT_IMAGE_SIZES, loading: loadingFor(ctx) },
              children: [],
            });
            consumed.add('src').add('alt');
          }
          const captionContent: ElementContent[] =
            node.children.length > 0 ? node.children : typeof caption === 'string' && caption ? [{ type: 'text', value: caption }] : [];
          if (captionContent.length > 0) {
            children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: captionContent });
            consumed.add('caption');
          }
          ctx.replaceNode(node, {
            type: 'mdxJsxFlowElement',
            name: node.name,
            attributes: node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && consumed.has(a.name))),
            children,
          } as HastNode);
        },
      },
    };
  };
}
