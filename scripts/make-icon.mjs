// Writes media/icon.png (128x128, RGBA): a page with text lines and a highlighted quotation mark,
// drawn pixel by pixel so the icon needs no image tool. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function fill(x0, y0, x1, y1, [r, g, b, a = 255], inside = () => true) {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!inside(x, y)) continue;
      const i = (y * SIZE + x) * 4;
      pixels.set([r, g, b, a], i);
    }
  }
}

const roundedCorner = (x0, y0, x1, y1, radius) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + radius), x1 - 1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

fill(0, 0, SIZE, SIZE, [31, 58, 96], roundedCorner(0, 0, SIZE, SIZE, 20)); // background
fill(24, 16, 104, 112, [245, 245, 240], roundedCorner(24, 16, 104, 112, 6)); // page
for (const [y, width, color] of [
  [30, 56, [60, 60, 60]],
  [44, 48, [150, 150, 150]],
  [56, 52, [150, 150, 150]],
  [68, 40, [150, 150, 150]],
  [92, 44, [150, 150, 150]],
]) {
  fill(34, y, 34 + width, y + 6, color);
}
fill(32, 78, 96, 88, [255, 204, 64]); // a highlighted line
fill(40, 80, 76, 86, [120, 90, 20]);
// Quotation marks in the corner: two filled circles with tails.
for (const cx of [80, 94]) {
  fill(cx - 6, 92, cx + 7, 105, [31, 120, 200], (x, y) => (x - cx) ** 2 + (y - 98) ** 2 <= 36);
  fill(cx - 2, 98, cx + 7, 110, [31, 120, 200], (x, y) => x - cx + (y - 98) <= 8 && x >= cx - 2 + (y - 98) / 2);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
