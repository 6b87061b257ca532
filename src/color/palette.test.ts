import { describe, expect, it } from 'vitest';
import { STATUSES } from '../data/types.ts';
import { cssRgba, darken, MAP_COLOURS, NO_STATUS_COLOUR, PAGE_COLOURS, patternPixels, portableColour, STATUS_COLOURS, STATUS_PATTERNS, statusColour, swatchBackground } from './palette.ts';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

describe('palette', () => {
  it('maps every status to its colour and anything else to the neutral', () => {
    for (const s of STATUSES) expect(statusColour(s)).toBe(STATUS_COLOURS[s]);
    expect(statusColour('unknown' as never)).toBe(NO_STATUS_COLOUR);
  });
  it('gives every colour a distinct lightness, so greyscale still separates them', () => {
    const ls = [...STATUSES.map((s) => STATUS_COLOURS[s]), NO_STATUS_COLOUR].map(luminance).sort((a, b) => a - b);
    for (let i = 1; i < ls.length; i++) expect((ls[i] as number) - (ls[i - 1] as number)).toBeGreaterThan(0.02);
  });
  it('darkens towards black', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#b0241b', 0)).toBe('#b0241b');
  });
});

describe('themes and patterns', () => {
  it('resolves status colours per theme, with the dark neutral for no status', () => {
    expect(statusColour('receiving', 'dark')).toBe(MAP_COLOURS.dark.statuses.receiving);
    expect(statusColour(null, 'dark')).toBe(MAP_COLOURS.dark.noStatus);
    expect(statusColour(null)).toBe(NO_STATUS_COLOUR);
  });
  it('keeps every status apart from the land around it in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const c = MAP_COLOURS[theme];
      for (const s of STATUSES) expect(Math.abs(luminance(c.statuses[s]) - luminance(c.noStatus)), `${theme} ${s}`).toBeGreaterThan(0.02);
    }
  });
  it('patterns the two statuses greyscale would confuse, in swatches and in pixels', () => {
    expect(swatchBackground('refused')).toContain('repeating-linear-gradient');
    expect(swatchBackground('ended').match(/repeating-linear-gradient/g)).toHaveLength(2);
    expect(swatchBackground('receiving')).toBe(STATUS_COLOURS.receiving);
    const p = STATUS_PATTERNS.refused;
    if (!p) throw new Error('refused has a pattern');
    const tile = patternPixels(p, STATUS_COLOURS.refused, 2);
    expect(tile.width).toBe(12);
    expect(tile.data).toHaveLength(12 * 12 * 4);
    const colours = new Set<string>();
    for (let i = 0; i < tile.data.length; i += 4) colours.add(`${tile.data[i]},${tile.data[i + 1]},${tile.data[i + 2]}`);
    expect(colours.size).toBe(2); // the fill and the stripe
    for (let i = 3; i < tile.data.length; i += 4) expect(tile.data[i]).toBe(255);
  });
});

describe('colour syntax', () => {
  it('reads rgb() with commas or spaces and a slash alpha, and #rrggbb', () => {
    expect(cssRgba('rgba(255,255,255,0.55)')).toEqual([255, 255, 255, 0.55]);
    expect(cssRgba('rgb(22 25 29 / 0.94)')).toEqual([22, 25, 29, 0.94]);
    expect(cssRgba('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
    expect(cssRgba('#0b5cad')).toEqual([11, 92, 173, 1]);
  });
  it('writes any page colour in the syntax every SVG reader takes', () => {
    expect(portableColour(PAGE_COLOURS.light.glass)).toBe('rgba(255,255,255,0.94)');
    expect(portableColour(PAGE_COLOURS.dark.glass)).toBe('rgba(22,25,29,0.94)');
    expect(portableColour('rgb(0 0 0 / 1)')).toBe('rgb(0,0,0)');
    expect(portableColour('#dde1e5')).toBe('#dde1e5');
    for (const theme of ['light', 'dark'] as const) {
      for (const c of Object.values(PAGE_COLOURS[theme])) expect(portableColour(c)).toMatch(/^(#[0-9a-f]{6}|rgba?\(\d+,\d+,\d+(,[\d.]+)?\))$/);
    }
  });
});
