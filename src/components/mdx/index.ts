/**
 * The components every .mdx post may use without importing them; the post page passes them to
 * <Content components={mdxComponents} />. Each renders plain HTML that still makes sense in a feed.
 * The lower-case ones are not for authors: they stand in for the elements Markdown itself makes.
 */
import Callout from './Callout.astro';
import Details from './Details.astro';
import Figure from './Figure.astro';
import { markdownElements } from './html/index.ts';

export const mdxComponents = { Callout, Details, Figure, ...markdownElements };
