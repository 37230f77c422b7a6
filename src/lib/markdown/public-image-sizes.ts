import { statSync, readFileSync } from 'node:fs';
import type { HastPluginDefinition } from 'satteri';
import { imageMetadata } from 'astro/assets/utils';
import { publicFile, sitePublicDir } from '../public-files.ts';
import { withoutBase } from '../urls.ts';

const sizes = new Map<string, Promise<{ width: number; height: number } | undefined>>();

/** The size of an image in public/, read once per version of the file; undefined when there is none or it is no image. */
export function publicImageSize(sitePath: string, publicDir = sitePublicDir()): Promise<{ width: number; height: number } | undefined> {
  const file = publicFile(sitePath, publicDir);
  let stats;
  try {
    stats = file && statSync(file);
  } catch {
    return Promise.resolve(undefined); // missing: the content check has said so already
  }
  if (!file || !stats || !stats.isFile()) return Promise.resolve(undefined);
  const key = `${file}\0${stats.mtimeMs}\0${stats.size}`;
  let size = sizes.get(key);
  if (!size) {
    size = imageMetadata(readFileSync(file), sitePath).then(({ width, height }) => ({ width, height }), () => undefined);
    sizes.set(key, size);
  }
  return size;
}

/**
 * Images from public/ are served as they are, so Astro gives them no width and height and the page
 * shifts when each arrives. This gives them their file's size. It runs after the base path is added
 * and after Figure has made its <img>, so it sees every image as the page will have it.
 */
export function publicImageSizes(base: string): HastPluginDefinition {
  return {
    name: 'public-image-sizes',
    element: {
      filter: ['img'],
      async visit(node, ctx) {
        const { src, width, height } = node.properties ?? {};
        if (typeof src !== 'string' || width !== undefined || height !== undefined) return;
        const path = withoutBase(src, base);
        const size = path && (await publicImageSize(path));
        if (!size) return;
        ctx.setProperty(node, 'width', size.width);
        ctx.setProperty(node, 'height', size.height);
      },
    },
  };
}
