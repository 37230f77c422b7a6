import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site icon's SVG source, from public/. */
export function iconSvg(publicPath: string, root = process.cwd()): string {
  return readFileSync(join(root, 'public', publicPath), 'utf8');
}

/** The site icon (an SVG in public/) as a square PNG, for feed readers that do not take SVG. */
export async function renderIconPng(publicPath: string, size: number, root = process.cwd()): Promise<Buffer> {
  // Loaded on first use: a rebuild that reuses the icons never needs resvg in the build's main thread.
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = iconSvg(publicPath, root);
  // The icon has no text, so the machine's fonts need not be loaded.
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}
