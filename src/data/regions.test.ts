import { describe, expect, it } from 'vitest';
import { isRegion, REGION_BOUNDS, REGIONS } from './regions.ts';

describe('regions', () => {
  it('have bounds inside the map: west < east, south < north, within Mercator’s reach', () => {
    for (const r of REGIONS) {
      const [w, s, e, n] = REGION_BOUNDS[r];
      expect(w, r).toBeLessThan(e);
      expect(s, r).toBeLessThan(n);
      expect(w, r).toBeGreaterThanOrEqual(-180);
      expect(e, r).toBeLessThanOrEqual(180);
      expect(s, r).toBeGreaterThan(-85.06);
      expect(n, r).toBeLessThan(85.06);
    }
  });
  it('contain the countries a story frames them for', () => {
    const inside = (r: (typeof REGIONS)[number], lng: number, lat: number) => {
      const [w, s, e, n] = REGION_BOUNDS[r];
      return lng >= w && lng <= e && lat >= s && lat <= n;
    };
    expect(inside('americas', -88.9, 13.7)).toBe(true); // El Salvador
    expect(inside('americas', -61.4, 15.4)).toBe(true); // Dominica
    expect(inside('africa', 31.5, -26.5)).toBe(true); // Eswatini
    expect(inside('africa', 23.6, -2.9)).toBe(true); // DR Congo
    expect(inside('europe', 20.9, 42.6)).toBe(true); // Kosovo
    expect(inside('oceania', 134.6, 7.5)).toBe(true); // Palau
    expect(inside('asia', 90.4, 27.5)).toBe(true); // Bhutan
    expect(inside('europe', 28.4, 47.0)).toBe(true); // Moldova
  });
  it('are the only region names', () => {
    expect(isRegion('world')).toBe(true);
    expect(isRegion('antarctica')).toBe(false);
  });
});
