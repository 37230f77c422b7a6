// resvg cannot see web fonts and system fonts differ per machine, so we pass explicit TTF files
// (DejaVu Sans/Mono; override with POST_ART_FONT_DIR) to get identical, readable text everywhere.
//
// Usage (from the project root): npx node scripts/post-art/render.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = join(root, 'src/content/blog/rust-is-winning-the-ai-code-generation-race');

const images = [
  { svg: 'benefits.svg', png: 'benefits.png' },
  { svg: 'footer.svg', png: 'footer.png' },
];

// Font files the SVGs need (they reference the families by name only).
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'];
const FONT_DIRS = [
  process.env.POST_ART_FONT_DIR,
  '/usr/share/fonts/truetype/dejavu', // Debian / Ubuntu (fonts-dejavu-core)
  '/usr/share/fonts/dejavu', // Fedora / Arch
  '/usr/share/fonts/TTF',
  '/usr/local/share/fonts',
  '/opt/homebrew/share/fonts',
  join(homedir(), '.local/share/fonts'),
  join(homedir(), 'Library/Fonts'),
  '/Library/Fonts',
].filter(Boolean);

function fcMatch(file) {
  // Last resort: ask fontconfig where the file lives.
  try {
    const out = execFileSync('fc-list', ['-f', '%{file}\n'], { encoding: 'utf8' });
    return out.split('\n').find((p) => p.endsWith(`/${file}`)) ?? null;
  } catch {
    return null;
  }
}

function findFont(file) {
  for (const dir of FONT_DIRS) {
    const candidate = join(dir, file);
    if (existsSync(candidate)) return candidate;
  }
  return fcMatch(file);
}

const fontFiles = FONT_FILES.map((file) => {
  const found = findFont(file);
  if (!found) {
    console.error(
      `Font ${file} not found. Install DejaVu (e.g. apt-get install fonts-dejavu-core) ` +
        'or set POST_ART_FONT_DIR to a folder containing it.',
    );
    process.exit(1);
  }
  return found;
});

// Drawn at twice their size, so that a post's 42rem column on a 2x screen gets a sharp image.
const PIXEL_RATIO = 2;

mkdirSync(outDir, { recursive: true });

for (const { svg, png } of images) {
  const source = readFileSync(join(here, svg), 'utf8');
  const resvg = new Resvg(source, {
    fitTo: { mode: 'zoom', value: PIXEL_RATIO },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  const data = resvg.render().asPng();
  const target = join(outDir, png);
  writeFileSync(target, data);
  console.log(`${svg} -> ${target} (${Math.round(data.length / 1024)} KB)`);
}
