import { describe, expect, it } from 'vitest';
import { MapHandle } from './mapHandle.ts';

describe('MapHandle', () => {
  it('passes zoom requests to the registered map, and says when there is none', () => {
    const h = new MapHandle();
    expect(h.present).toBe(false);
    expect(h.zoomBy(2)).toBe(false);
    const asked: number[] = [];
    const unregister = h.register({ zoomBy: (f) => asked.push(f) });
    expect(h.present).toBe(true);
    expect(h.zoomBy(2)).toBe(true);
    expect(h.zoomBy(0.5)).toBe(true);
    expect(asked).toEqual([2, 0.5]);
    unregister();
    expect(h.zoomBy(2)).toBe(false);
    expect(asked).toEqual([2, 0.5]);
  });

  it('keeps a newer map when an older one unregisters late (a renderer swapped for another)', () => {
    const h = new MapHandle();
    const asked: string[] = [];
    const old = h.register({ zoomBy: () => asked.push('old') });
    h.register({ zoomBy: () => asked.push('new') });
    old();
    expect(h.zoomBy(2)).toBe(true);
    expect(asked).toEqual(['new']);
  });
});
