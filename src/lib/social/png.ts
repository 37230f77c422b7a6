import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

/**
 * Row buffers of finished encodes, for the next ones: a fresh 3 MB buffer per card cost more in page
 * faults than compressing it. Cards render two at a time, so this holds two or three.
 */
const spareRows: Buffer[] = [];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes 8-bit RGBA pixels as a PNG, compressing on libuv's thread pool. resvg's own `asPng()` runs
 * on the calling thread and took 6 ms of the build's main thread per social card; this takes about 1.
 * Cards are large flat areas, which fast deflate with no row filters already packs well: level 3 makes
 * them nearly as small as resvg did (47 KB, not 44), in 2 ms; from level 4 on it takes three times as long.
 */
export async function encodePng(width: number, height: number, rgba: Buffer): Promise<Buffer> {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`Expected ${stride * height} bytes of RGBA pixels, got ${rgba.length}`);
  // Each row starts with its filter type: 0, none. Only pixel bytes are ever copied in, so a reused
  // buffer's filter bytes are still 0.
  const size = (stride + 1) * height;
  const spare = spareRows.findIndex((buffer) => buffer.length === size);
  const rows = spare === -1 ? Buffer.alloc(size) : spareRows.splice(spare, 1)[0]!;
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, standard filters, not interlaced
  const data = await deflateAsync(rows, { level: 3 }).finally(() => spareRows.push(rows));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
