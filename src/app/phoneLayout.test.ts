/**
 * The phone's first screen places the first paint's map in a box taller than 0.8 of its width
 * with a figure written into styles.css: the world view's centre row down the Mercator square, as a
 * percentage of its width. It must be staticMap.ts's centreRow() (WORLD_BOUNDS), or the first
 * paint's world would jump when the live map takes over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { centreRow } from '../map/staticMap.ts';

describe("the phone's first-paint map placement", () => {
  it('uses the world view’s centre row', () => {
    const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    const figures = [...css.matchAll(/50cqh - ([\d.]+)cqw/g)].map((m) => Number(m[1]));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toBeCloseTo(centreRow() * 100, 3);
  });
});
