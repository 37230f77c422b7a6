/** What a social card shows and how it is laid out, and the key that names it; drawing it is card-render.ts. */
import { createHash } from 'node:crypto';
import { cardFontFiles, fontFilesFor, type FontFile } from './fonts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. A site-wide card has no date or tags. */
export interface CardContent {
  title: string;
  siteName: string;
  /** Already formatted, e.g. "February 7, 2026". */
  date?: string | undefined;
  tags?: readonly string[] | undefined;
}

/** A satori element: the plain-object form of JSX, so no React is needed. */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | (CardNode | string)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** One family per slice of a font ("noto-sans-jp-118"), holding both weights of that slice. */
export const fontName = (file: FontFile) => file.path.replace(/^.*[\\/]/, '').replace(/-\d+-normal\.woff$/, '');

const PADDING_X = 72;
const COLORS = { background: '#0f172a', text: '#f8fafc', muted: '#cbd5e1', accent: '#ea580c' };

/** Long titles get smaller type so they fit in four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 72;
  if (length <= 70) return 60;
  if (length <= 110) return 48;
  return 40;
}

const BAR_HEIGHT = 12;
const PADDING_TOP = 56;
const MARK_SIZE = 56;

/**
 * The site mark, drawn into satori's SVG rather than laid out by satori, which wraps any image (and a
 * border) in clip paths and masks that resvg rasterizes as layers the size of the card: a quarter of
 * a card's rasterizing time. The layout keeps an empty box of the same size where it goes.
 */
const MARK_PATH = `<path transform="translate(${PADDING_X},${BAR_HEIGHT + PADDING_TOP}) scale(${MARK_SIZE / 32})" d="M11 9l-5 7 5 7M21 9l5 7-5 7" fill="none" stroke="${COLORS.accent}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`;

/** satori's SVG of `cardTree`, with the mark drawn in its box. */
export function withMark(svg: string): string {
  if (!svg.endsWith('</svg>')) throw new Error('Expected an SVG document from satori');
  return `${svg.slice(0, -'</svg>'.length)}${MARK_PATH}</svg>`;
}

export function cardTree(card: CardContent, fonts: CardFonts = fontsForCard(card)): CardNode {
  const tags = (card.tags ?? []).slice(0, 4).map((tag) => `#${tag}`);
  const meta = [card.date, tags.join('  ')].filter(Boolean).join('   ·   ');
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      position: 'relative',
      padding: `${BAR_HEIGHT + PADDING_TOP}px ${PADDING_X}px ${PADDING_TOP}px`,
      backgroundColor: COLORS.background,
      color: COLORS.text,
      fontFamily: [...new Set(fonts.files.map(fontName))].join(', '),
    },
    [
      // The accent bar as a box of its own: as a border, satori clips it with three card-sized paths.
      el('div', { position: 'absolute', top: 0, left: 0, width: CARD_WIDTH, height: BAR_HEIGHT, backgroundColor: COLORS.accent }),
      el('div', { display: 'flex', alignItems: 'center', fontSize: 32, fontWeight: 700, color: COLORS.muted }, [
        el('div', { width: MARK_SIZE, height: MARK_SIZE, marginRight: 20 }),
        card.siteName,
      ]),
      el('div', { display: 'block', width: CARD_WIDTH - 2 * PADDING_X, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2, lineClamp: 4 }, card.title),
      el('div', { display: 'flex', fontSize: 30, color: COLORS.muted }, meta || ' '),
    ],
  );
}

/** Every character the card draws, by weight, so the right font files are loaded. */
function textByWeight(card: CardContent): { 400: string; 700: string } {
  const tags = (card.tags ?? []).slice(0, 4).map((tag) => `#${tag}`);
  return { 700: `${card.title}${card.siteName}`, 400: `${card.date ?? ''}${tags.join('')}·` };
}

export interface CardFonts {
  files: FontFile[];
  /** Characters no shipped font can draw: such a card would show boxes. */
  missing: string[];
}

export function fontsForCard(card: CardContent): CardFonts {
  const text = textByWeight(card);
  const bold = fontFilesFor(text[700], 700);
  const regular = fontFilesFor(text[400], 400);
  const order = cardFontFiles();
  const files = [...bold.files, ...regular.files].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { files, missing: [...new Set([...bold.missing, ...regular.missing])] };
}

/** Changes whenever anything that shows on the card changes: its layout, its text or its fonts. */
export function cardKey(card: CardContent, fonts: CardFonts = fontsForCard(card)): string {
  return createHash('sha256')
    .update(JSON.stringify([cardTree(card, fonts), MARK_PATH, fonts.files.map((file) => [file.path.replace(/^.*node_modules[\\/]/, ''), file.weight])]))
    .digest('hex')
    .slice(0, 24);
}
