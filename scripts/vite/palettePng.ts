/**
 * An opaque RGBA image as an indexed (palette) PNG: the cards are flat colours with anti-aliased
 * edges and text, so 256 colours hold them with no visible change, at under half the bytes of
 * resvg's RGBA PNG. The palette is the image's most frequent colours; any other (an edge pixel
 * between two fills) is drawn in the nearest of them (by squared RGB distance). Only node's zlib:
 * no dependency. An image with any transparency is refused (the cards are painted on paper).
 */
import { crc32, deflateSync } from 'node:zlib';

const MAX_COLOURS = 256;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba`: width × height pixels, 4 bytes each, every alpha 255. */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`palettePng: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  // Runs of one colour are counted once per run (most of a card is flat fills).
  const counts = new Map<number, number>();
  let runKey = -1;
  let run = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) throw new Error('palettePng: the image has transparent pixels');
    const key = ((rgba[i] as number) << 16) | ((rgba[i + 1] as number) << 8) | (rgba[i + 2] as number);
    if (key === runKey) {
      run++;
      continue;
    }
    if (run > 0) counts.set(runKey, (counts.get(runKey) ?? 0) + run);
    runKey = key;
    run = 1;
  }
  if (run > 0) counts.set(runKey, (counts.get(runKey) ?? 0) + run);
  const palette = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_COLOURS).map(([k]) => k);
  const indexOf = new Map<number, number>(palette.map((k, i) => [k, i]));
  const nearest = (key: number): number => {
    const r = key >> 16;
    const g = (key >> 8) & 255;
    const b = key & 255;
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const p = palette[i] as number;
      const d = (r - (p >> 16)) ** 2 + (g - ((p >> 8) & 255)) ** 2 + (b - (p & 255)) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    indexOf.set(key, best);
    return best;
  };
  // One filter byte (0: none, best for indexed images) and one index per pixel, per row.
  const raw = Buffer.alloc(height * (width + 1));
  let lastKey = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const key = ((rgba[i] as number) << 16) | ((rgba[i + 1] as number) << 8) | (rgba[i + 2] as number);
      if (key !== lastKey) {
        lastKey = key;
        lastIndex = indexOf.get(key) ?? nearest(key);
      }
      raw[row + 1 + x] = lastIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((k, i) => {
    plte[i * 3] = k >> 16;
    plte[i * 3 + 1] = (k >> 8) & 255;
    plte[i * 3 + 2] = k & 255;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
