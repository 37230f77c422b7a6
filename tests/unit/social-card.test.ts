import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cachedCardPng, defaultCardCacheDir } from '../../src/lib/social/card-cache.ts';
import { cardWorkerRunning, renderCardInWorker } from '../../src/lib/social/card-pool.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardTree, fontName, fontsForCard, withMark, type CardContent } from '../../src/lib/social/card.ts';
import { renderCardPng } from '../../src/lib/social/card-render.ts';
import { cardFontFiles, fontFilesFor, parseUnicodeRange } from '../../src/lib/social/fonts.ts';
import { postCard } from '../../src/lib/social/card-content.ts';
import { startCardsEarly } from '../../src/lib/social/early-cards.ts';
import { tempDir } from '../support/temp-dir.ts';

const card: CardContent = { title: 'Rust Is Winning the AI Code Generation Race', siteName: 'Compiled Notes', date: 'February 7, 2026', tags: ['rust', 'ai'] };
const JAPANESE = '日本語のタイトル：静的サイトの作り方';

function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'is a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('unicode-range values parse into code point ranges', () => {
  assert.deepEqual(parseUnicodeRange('U+0000-00FF, U+0131,U+25ee8,U+4??'), [
    [0, 0xff],
    [0x131, 0x131],
    [0x25ee8, 0x25ee8],
    [0x400, 0x4ff],
  ]);
});

test('a card loads only the font files its characters need', () => {
  const latin = fontFilesFor('Hello', 700);
  assert.deepEqual(latin.files.map((file) => file.path.replace(/^.*[\\/]/, '')), ['noto-sans-latin-700-normal.woff']);
  const japanese = fontFilesFor(JAPANESE, 700);
  assert.equal(japanese.missing.length, 0);
  assert.ok(japanese.files.length > 0 && japanese.files.length < 20, `a few slices, not the whole font (${japanese.files.length})`);
  assert.ok(japanese.files.every((file) => file.path.includes('noto-sans-jp')));
  assert.ok(fontFilesFor('λάμδα Привет', 400).files.every((file) => /noto-sans-(greek|cyrillic)/.test(file.path)));
  const korean = fontFilesFor('한국어', 700);
  assert.equal(korean.missing.length, 0);
  assert.ok(korean.files.every((file) => file.path.includes('noto-sans-kr')));
  assert.deepEqual(fontFilesFor('ภาษา', 700).missing.sort(), ['ภ', 'า', 'ษ'].sort(), 'Thai has no shipped font, and says so');
});

/** The SVG path satori draws for one character with the card's own choice of fonts. */
async function glyphPath(char: string, onlyLatin = false): Promise<string> {
  const files = onlyLatin ? cardFontFiles().filter((file) => file.path.endsWith('noto-sans-latin-700-normal.woff')) : fontFilesFor(char, 700).files;
  const fonts = files.map((file, index) => ({ name: `f${index}`, data: readFileSync(file.path), weight: 700 as const, style: 'normal' as const }));
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontSize: 64, fontWeight: 700 }, children: char } } as Parameters<typeof satori>[0], {
    width: 100,
    height: 100,
    fonts,
  });
  return /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
}

test('Japanese and Korean titles draw real glyphs, not boxes: each character its own shape, unlike the missing-glyph box', async () => {
  const chars = [...new Set(`${JAPANESE}한국어제목`)];
  const paths = await Promise.all(chars.map((char) => glyphPath(char)));
  assert.ok(paths.every((path) => path.length > 0), 'every character draws something');
  assert.equal(new Set(paths).size, chars.length, 'no two characters share a shape, as boxes would');
  const box = await glyphPath('日', true);
  assert.ok(!paths.includes(box), 'no character is drawn as the box a Latin-only font gives');
});

/** The RGBA pixels of a card's PNG, decoded by resvg. */
function decodeCard(png: Buffer): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"><image width="${CARD_WIDTH}" height="${CARD_HEIGHT}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

test('a card draws its title: the band where the title goes holds light text pixels, and only with a title', async () => {
  /** Share of near-white pixels between y 180 and 460. */
  const lightShare = async (title: string) => {
    const pixels = decodeCard(await renderCardPng({ ...card, title }));
    let light = 0;
    for (let i = 180 * CARD_WIDTH * 4; i < 460 * CARD_WIDTH * 4; i += 4) if (pixels[i]! > 200 && pixels[i + 1]! > 200 && pixels[i + 2]! > 200) light++;
    return light / (280 * CARD_WIDTH);
  };
  assert.ok((await lightShare(card.title)) > 0.03, 'the title is drawn');
  assert.ok((await lightShare(' ')) < 0.001, 'an empty title leaves the band empty');
});

test('a card draws the accent bar along its top and the site mark beside the site name, with no card-sized clip or mask', async () => {
  const pixels = decodeCard(await renderCardPng(card));
  const isAccent = (x: number, y: number) => {
    const i = (y * CARD_WIDTH + x) * 4;
    return pixels[i]! > 200 && pixels[i + 1]! > 60 && pixels[i + 1]! < 120 && pixels[i + 2]! < 40;
  };
  assert.ok([0, 600, 1199].every((x) => isAccent(x, 5)), 'the bar spans the top');
  assert.ok(!isAccent(600, 20), 'and ends below it');
  let mark = 0;
  for (let y = 68; y < 124; y++) for (let x = 72; x < 128; x++) if (isAccent(x, y)) mark++;
  assert.ok(mark > 100, `the mark is drawn in its box (${mark} accent pixels)`);
  const fonts = fontsForCard(card).files.map((file) => ({ name: fontName(file), data: readFileSync(file.path), weight: file.weight, style: 'normal' as const }));
  const svg = withMark(await satori(cardTree(card) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts }));
  assert.match(svg, /<path /, 'the SVG resvg rasterizes');
  assert.doesNotMatch(svg, /clip-path="|mask="/, 'nothing in it is drawn through a clip path or a mask');
});

test('a card is a 1200x630 PNG', async () => {
  assert.deepEqual(pngSize(await renderCardPng(card)), { width: CARD_WIDTH, height: CARD_HEIGHT });
  assert.deepEqual(pngSize(await renderCardPng({ ...card, title: JAPANESE, tags: ['日本語'] })), { width: 1200, height: 630 });
});

test('an unchanged card comes from the cache; a changed one is rendered again', async () => {
  const dir = tempDir('cards-');
  let renders = 0;
  const render = async (content: CardContent, fonts = fontsForCard(content)) => {
    renders++;
    return renderCardPng(content, fonts);
  };
  const first = await cachedCardPng(card, dir, render);
  const second = await cachedCardPng(card, dir, render);
  assert.equal(first?.fromCache, false);
  assert.equal(second?.fromCache, true);
  assert.equal(renders, 1);
  assert.ok(second?.png.equals(first!.png));
  assert.deepEqual(readdirSync(dir), [`${cardKey(card)}.png`], 'one file per card, named by its content, nothing left half-written');

  const retitled = await cachedCardPng({ ...card, title: 'Another title' }, dir, render);
  const retagged = await cachedCardPng({ ...card, tags: ['rust'] }, dir, render);
  assert.equal(retitled?.fromCache, false);
  assert.equal(retagged?.fromCache, false);
  assert.equal(renders, 3);
});

test('a card whose text no shipped font can draw is not made, rather than drawn with boxes', async () => {
  const dir = tempDir('cards-');
  assert.equal(await cachedCardPng({ ...card, title: 'ภาษาไทย' }, dir), undefined);
  assert.deepEqual(readdirSync(dir), []);
});

test('the card cache lives in the node_modules the renderer is installed in, where it outlives builds', () => {
  const project = tempDir('project-');
  mkdirSync(join(project, 'node_modules/satori'), { recursive: true });
  // A test site inside the project, with only Astro's own cache in its node_modules.
  mkdirSync(join(project, '.test-sites/main/node_modules/.astro'), { recursive: true });
  const saved = process.env.CARD_CACHE_DIR;
  delete process.env.CARD_CACHE_DIR;
  try {
    assert.equal(defaultCardCacheDir(join(project, '.test-sites/main')), join(project, 'node_modules/.cache/social-cards'));
    assert.equal(defaultCardCacheDir(project), join(project, 'node_modules/.cache/social-cards'));
    process.env.CARD_CACHE_DIR = '/elsewhere';
    assert.equal(defaultCardCacheDir(project), '/elsewhere');
  } finally {
    if (saved === undefined) delete process.env.CARD_CACHE_DIR;
    else process.env.CARD_CACHE_DIR = saved;
  }
});

test('a card drawn in the worker thread is the card drawn in this one, and several can be asked for at once', async () => {
  const other: CardContent = { ...card, title: JAPANESE };
  const [inWorker, otherInWorker] = await Promise.all([renderCardInWorker(card, fontsForCard(card)), renderCardInWorker(other, fontsForCard(other))]);
  assert.ok(inWorker.equals(await renderCardPng(card)), 'the same bytes');
  assert.ok(otherInWorker.equals(await renderCardPng(other)));
});

test('a card asked for while it is being drawn joins that drawing', async () => {
  const dir = tempDir('cards-');
  let renders = 0;
  const render = async (content: CardContent, fonts = fontsForCard(content)) => (renders++, renderCardPng(content, fonts));
  const [first, second] = await Promise.all([cachedCardPng(card, dir, render), cachedCardPng(card, dir, render)]);
  assert.equal(renders, 1);
  assert.ok(first?.png.equals(second!.png));
});

test('state shared through processShared is one value across separately loaded copies of a module', async () => {
  const url = new URL('../../src/lib/process-shared.ts', import.meta.url).href;
  const one: typeof import('../../src/lib/process-shared.ts') = await import(`${url}?copy=one`);
  const two: typeof import('../../src/lib/process-shared.ts') = await import(`${url}?copy=two`);
  assert.notEqual(one.processShared, two.processShared, 'two module instances');
  const value = one.processShared('test-value', () => ({}));
  assert.equal(two.processShared('test-value', () => ({})), value);
});

test('a checked build starts the card of each published post at once; drafts, scheduled posts and posts with a cover get none', async () => {
  const dir = tempDir('cards-');
  const saved = process.env.CARD_CACHE_DIR;
  process.env.CARD_CACHE_DIR = dir;
  try {
    const now = new Date('2026-11-25T12:00:00Z');
    const data = { title: 'Started before posts load', date: new Date('2026-02-07'), tags: ['astro'], draft: false };
    startCardsEarly(
      [
        { ...data, title: 'Has a cover', cover: { src: './cover.png', alt: 'A cover' } },
        { ...data, title: 'A draft', draft: true },
        { ...data, title: 'Scheduled', date: new Date('2026-12-01') },
        data,
      ],
      now,
    );
    const expected = `${cardKey(postCard({ data }))}.png`;
    for (let waited = 0; !readdirSync(dir).includes(expected) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(readdirSync(dir), [expected], 'the card its route will ask for, and no other');
  } finally {
    if (saved === undefined) delete process.env.CARD_CACHE_DIR;
    else process.env.CARD_CACHE_DIR = saved;
  }
});

test('the card worker stops soon after its last card, so its memory goes back to the build, and starts again when asked', async () => {
  await renderCardInWorker(card, fontsForCard(card));
  assert.equal(cardWorkerRunning(), true, 'still there right after a card, for the next one');
  for (let waited = 0; cardWorkerRunning() && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(cardWorkerRunning(), false, 'stopped once idle');
  assert.ok((await renderCardInWorker(card, fontsForCard(card))).equals(await renderCardPng(card)), 'a new worker draws the next card');
});
