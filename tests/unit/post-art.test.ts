import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { PAGE_GUTTER_REM } from '../../src/lib/markdown/content-images.ts';

const ART = 'scripts/post-art';
const POST = 'src/content/blog/rust-is-winning-the-ai-code-generation-race';
/** A 375 px phone shows a post's image across the page less its gutters. */
const PHONE_IMAGE_WIDTH = 375 - 2 * PAGE_GUTTER_REM * 16;

/** Each <text>'s font size and family, from the classes in the drawing's own <style>. */
function texts(svg: string) {
  const root = parse(svg);
  const rules = new Map<string, string>();
  for (const [, name, body] of root.querySelector('style')!.text.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) rules.set(name!, body!);
  return root.querySelectorAll('text').map((text) => {
    const rule = rules.get(text.getAttribute('class') ?? '') ?? '';
    const size = Number(/font-size:\s*([\d.]+)px/.exec(rule)?.[1]);
    assert.ok(size > 0, `"${text.text}" has a font size from its class`);
    return { text: text.text, size, mono: /Mono/.test(rule) };
  });
}

for (const file of readdirSync(ART).filter((name) => name.endsWith('.svg'))) {
  const svg = readFileSync(join(ART, file), 'utf8');
  const root = parse(svg).querySelector('svg')!;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));

  test(`${file} reads on a phone: its text at least 10.5 px, its monospaced labels at least 8`, () => {
    const scale = PHONE_IMAGE_WIDTH / width;
    const shown = texts(svg);
    assert.ok(shown.length > 0);
    for (const { text, size, mono } of shown) {
      const px = size * scale;
      assert.ok(px >= (mono ? 8 : 10.5), `"${text}" is ${px.toFixed(1)} px on a 375 px phone`);
    }
  });

  test(`${file} is what the post shows: its PNG is rendered at twice the drawing's size`, () => {
    const png = readFileSync(join(POST, file.replace(/\.svg$/, '.png')));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [2 * width, 2 * height], 'run `npx node scripts/post-art/render.mjs`');
  });
}
