import { describe, expect, it } from 'vitest';
import { patternPixels, STATUS_PATTERNS, type StatusPattern } from '../color/palette.ts';
import { patternedCountries, stripePixels, svgStripePath } from './patterns.ts';

/** Straight-alpha RGBA over an opaque #rrggbb, rounded as patternPixels rounds. */
function over(tile: Uint8Array, fill: string): Uint8Array {
  const n = parseInt(fill.slice(1), 16);
  const ground = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const out = new Uint8Array(tile.length);
  for (let i = 0; i < tile.length; i += 4) {
    const a = (tile[i + 3] as number) / 255;
    for (let c = 0; c < 3; c++) out[i + c] = Math.round((ground[c] as number) * (1 - a) + (tile[i + c] as number) * a);
    out[i + 3] = 255;
  }
  return out;
}

describe('stripePixels', () => {
  for (const [status, p] of Object.entries(STATUS_PATTERNS) as [string, StatusPattern][]) {
    for (const ratio of [1, 2]) {
      it(`${status} at ratio ${ratio}: over a fill, gives palette's pattern tile (within rounding)`, () => {
        const fill = '#3b78b5';
        const tile = stripePixels(p, ratio);
        const want = patternPixels(p, fill, ratio);
        expect([tile.width, tile.height]).toEqual([want.width, want.height]);
        const got = over(tile.data, fill);
        for (let i = 0; i < got.length; i++) expect(Math.abs((got[i] as number) - (want.data[i] as number))).toBeLessThanOrEqual(1);
      });
    }
  }

  it('leaves the ground transparent, so the hover shade under it shows', () => {
    const p = STATUS_PATTERNS.refused as StatusPattern;
    const { data } = stripePixels(p, 1);
    const alphas = new Set<number>();
    for (let i = 3; i < data.length; i += 4) alphas.add(data[i] as number);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.size).toBe(2);
  });

  it('a cross has more stripe pixels than a hatch of the same size', () => {
    const count = (p: StatusPattern) => stripePixels(p, 2).data.filter((_, i) => i % 4 === 3 && _ > 0).length;
    const hatch: StatusPattern = { kind: 'hatch', colour: 'rgba(255,255,255,0.5)', size: 6, width: 1.2 };
    expect(count({ ...hatch, kind: 'cross' })).toBeGreaterThan(count(hatch));
  });
});

describe('svgStripePath', () => {
  it('draws one diagonal and two corner stubs for a hatch, twice that for a cross', () => {
    const hatch: StatusPattern = { kind: 'hatch', colour: '#fff', size: 6, width: 1 };
    expect(svgStripePath(hatch).match(/M/g)).toHaveLength(3);
    expect(svgStripePath({ ...hatch, kind: 'cross' }).match(/M/g)).toHaveLength(6);
  });

  it('puts the hatch on x + y ≡ 0 (mod size), as the pixel tiles do', () => {
    const p: StatusPattern = { kind: 'hatch', colour: '#fff', size: 6, width: 1 };
    for (const m of svgStripePath(p).matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
      const sum = Number(m[1]) + Number(m[2]);
      expect(((sum % 6) + 6) % 6).toBe(0);
    }
  });
});

describe('patternedCountries', () => {
  it('lists, for each patterned status, the countries that ever have it', () => {
    const events = [
      { country: 'AAA', status: 'refused' as const },
      { country: 'BBB', status: 'agreement' as const },
      { country: 'BBB', status: 'ended' as const },
      { country: 'CCC', status: null },
      { country: 'AAA', status: 'refused' as const },
    ];
    const m = patternedCountries(events);
    expect(m.get('refused')).toEqual(['AAA']);
    expect(m.get('ended')).toEqual(['BBB']);
    expect(m.has('agreement')).toBe(false);
  });
});
