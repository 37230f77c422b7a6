import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icoFile } from '../../src/lib/social/ico.ts';
import { renderIconPng } from '../../src/lib/social/icon.ts';

/** Reads an icon file's directory the way Windows and browsers do, returning each image as it is stored. */
function readIco(ico: Buffer) {
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'an icon, not a cursor');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const [width, height] = [ico.readUInt8(entry) || 256, ico.readUInt8(entry + 1) || 256];
    const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
    return { width, height, bits: ico.readUInt16LE(entry + 6), data: ico.subarray(offset, offset + length) };
  });
}

test('an icon file holds each PNG whole, found by its directory entry, with its size', async () => {
  const pngs = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await renderIconPng('favicon.svg', size) })));
  const ico = icoFile(pngs);
  const images = readIco(ico);
  assert.deepEqual(images.map(({ width, height, bits }) => [width, height, bits]), [[16, 16, 32], [32, 32, 32], [48, 48, 32]]);
  images.forEach(({ data }, index) => {
    assert.ok(data.equals(pngs[index]!.png), `image ${index} is the PNG given`);
    assert.equal(data.readUInt32BE(16), pngs[index]!.size, 'the PNG is as wide as its entry says');
  });
  assert.equal(ico.length, 6 + 16 * 3 + pngs.reduce((sum, { png }) => sum + png.length, 0), 'nothing but the directory and the images');
});

test('a 256-pixel image is written as 0, as the format has it; sizes it cannot hold are refused', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  assert.equal(readIco(icoFile([{ size: 256, png }]))[0]!.width, 256);
  assert.equal(icoFile([{ size: 256, png }]).readUInt8(6), 0);
  assert.throws(() => icoFile([{ size: 257, png }]), /1 to 256 pixels wide, not 257/);
  assert.throws(() => icoFile([]), /at least one image/);
});
