import { describe, expect, it } from 'vitest';
import { STATUSES } from '../data/types.ts';
import { darken, NO_STATUS_COLOUR, STATUS_COLOURS, statusColour } from './palette.ts';

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
