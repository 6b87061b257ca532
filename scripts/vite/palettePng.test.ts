import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { palettePng } from './palettePng.ts';

/** The PNG's chunks (type → data), and its pixels as RGB read back through the palette. */
function decode(png: Buffer): { type: number; depth: number; width: number; height: number; rgb: number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    chunks.set(png.subarray(at + 4, at + 8).toString('latin1'), png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const ihdr = chunks.get('IHDR') as Buffer;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const plte = chunks.get('PLTE') as Buffer;
  const raw = inflateSync(chunks.get('IDAT') as Buffer);
  const rgb: number[] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x] as number;
      rgb.push(((plte[i * 3] as number) << 16) | ((plte[i * 3 + 1] as number) << 8) | (plte[i * 3 + 2] as number));
    }
  }
  return { type: ihdr[9] as number, depth: ihdr[8] as number, width, height, rgb };
}

const image = (pixels: number[]): Uint8Array => Uint8Array.from(pixels.flatMap((k) => [k >> 16, (k >> 8) & 255, k & 255, 255]));

describe('palettePng', () => {
  it('writes an indexed PNG that reads back to the same pixels when they have 256 colours or fewer', () => {
    const pixels = Array.from({ length: 20 * 15 }, (_, i) => (i % 7) * 0x102030);
    const out = decode(palettePng(image(pixels), 20, 15));
    expect(out).toMatchObject({ type: 3, depth: 8, width: 20, height: 15 });
    expect(out.rgb).toEqual(pixels);
  });

  it('draws the rarest of more than 256 colours in the nearest frequent one', () => {
    // 256 frequent greys (4 pixels each), then one rare near-white pixel.
    const pixels = [...Array.from({ length: 256 * 4 }, (_, i) => (i >> 2) * 0x010101), 0xfefefd];
    const out = decode(palettePng(image(pixels), pixels.length, 1));
    expect(out.rgb.slice(0, -1)).toEqual(pixels.slice(0, -1));
    expect(out.rgb.at(-1)).toBe(0xfefefe);
  });

  it('refuses transparency and a buffer of the wrong size', () => {
    expect(() => palettePng(Uint8Array.from([0, 0, 0, 128]), 1, 1)).toThrow(/transparent/);
    expect(() => palettePng(new Uint8Array(3), 1, 1)).toThrow(/RGBA/);
  });
});
