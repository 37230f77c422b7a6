import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../../src/lib/social/png.ts';

/** Decodes a PNG with resvg (an independent decoder) by drawing it as an image the PNG's own size. */
function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

test('encodePng writes a PNG that a decoder reads back pixel for pixel', async () => {
  const [width, height] = [7, 5];
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
  const png = await encodePng(width, height, rgba);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.readUInt32BE(16), width);
  assert.equal(png.readUInt32BE(20), height);
  assert.deepEqual(decode(png, width, height), rgba);
});

test('encodePng refuses pixels that do not match the size', async () => {
  await assert.rejects(encodePng(2, 2, Buffer.alloc(15)), /Expected 16 bytes/);
});

test('encodePng gives the same PNG for the same pixels, however many images of other sizes came before', async () => {
  const rgba = (width: number, height: number, seed: number) =>
    Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * seed) % 256)));
  const image = rgba(4, 3, 7);
  const first = await encodePng(4, 3, image);
  await Promise.all([encodePng(4, 3, rgba(4, 3, 11)), encodePng(5, 2, rgba(5, 2, 13)), encodePng(4, 3, rgba(4, 3, 17))]);
  assert.deepEqual(await encodePng(4, 3, image), first);
  assert.deepEqual(decode(first, 4, 3), image);
});
