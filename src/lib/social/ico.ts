/**
 * A Windows icon file holding PNG images, the form every browser and Windows since Vista reads. Browsers
 * ask for /favicon.ico on any document that names no icon (a feed opened in a browser, for one), and
 * many feed readers take a site's icon from there.
 */
export interface IcoImage {
  /** Width and height in pixels, 1 to 256. */
  size: number;
  png: Uint8Array;
}

const HEADER = 6;
const ENTRY = 16;

export function icoFile(images: readonly IcoImage[]): Buffer {
  if (images.length === 0) throw new Error('an icon file needs at least one image');
  const header = Buffer.alloc(HEADER + ENTRY * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`an icon image is 1 to 256 pixels wide, not ${size}`);
    const entry = HEADER + ENTRY * index;
    header.writeUInt8(size % 256, entry); // 0 stands for 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}
