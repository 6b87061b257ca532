import { describe, expect, it } from 'vitest';
import { hoverShade, MAP_COLOURS, STATUS_PATTERNS, statusColour } from '../color/palette.ts';
import { STATUSES } from '../data/types.ts';
import { svgStripePath } from './patterns.ts';
import { atZoom, MARKER_MAX_ZOOM, mapLook, patternAttrs, PATTERNED, SELECTED_MARKER_MAX_ZOOM, SIZES } from './scene.ts';

const THEMES = ['light', 'dark'] as const;

describe('mapLook', () => {
  it('fills a country with its status colour, or its pattern tile where the status has one', () => {
    for (const theme of THEMES) {
      const look = mapLook(theme, { idPrefix: 'p-' });
      for (const s of [...STATUSES, null]) {
        const patterned = s !== null && STATUS_PATTERNS[s] !== undefined;
        expect(look.countryFill(s), `${theme} ${s}`).toBe(patterned ? `url(#p-${s})` : statusColour(s, theme));
        expect(look.colour(s)).toBe(statusColour(s, theme));
      }
      expect(look.ocean).toBe(MAP_COLOURS[theme].ocean);
    }
  });

  it('makes one tile per patterned status, on the status colour, with svgStripePath stripes', () => {
    const look = mapLook('dark', { idPrefix: 'x-' });
    expect(look.patterns.map((t) => t.id)).toEqual(PATTERNED.map((s) => `x-${s}`));
    for (const t of look.patterns) {
      const p = STATUS_PATTERNS[t.status];
      if (!p) throw new Error(`${t.status} has a pattern`);
      expect(t).toMatchObject({ ...p, hover: false, ground: statusColour(t.status, 'dark'), stripes: svgStripePath(p) });
    }
  });

  it('shades the hovered country: a hover tile for a patterned status, the hover shade for a plain one', () => {
    for (const theme of THEMES) {
      const look = mapLook(theme, { idPrefix: 'h-', hover: true });
      expect(look.patterns.map((t) => t.id)).toEqual(PATTERNED.flatMap((s) => [`h-${s}`, `h-${s}-hover`]));
      expect(look.countryFill('refused', true)).toBe('url(#h-refused-hover)');
      expect(look.pattern('refused', true)?.ground).toBe(hoverShade(statusColour('refused', theme), theme));
      expect(look.countryFill('receiving', true)).toBe(hoverShade(statusColour('receiving', theme), theme));
      expect(look.countryFill(null, true)).toBe(hoverShade(statusColour(null, theme), theme));
    }
    // Without hover tiles (a download), a hovered patterned country keeps its plain tile.
    expect(mapLook('light', { idPrefix: 'e-' }).countryFill('ended', true)).toBe('url(#e-ended)');
  });

  it('sizes lines and dots by zoom, with no dots from the zoom where small countries show', () => {
    const look = mapLook('light', { idPrefix: '' });
    for (const zoom of [0, 0.8, 2.5, 4, 6]) {
      expect(look.coast.at(zoom)).toEqual({ colour: MAP_COLOURS.light.coast, width: atZoom(SIZES.coast, zoom) });
      expect(look.borders.at(zoom)).toEqual({ colour: MAP_COLOURS.light.border, width: atZoom(SIZES.border, zoom) });
      expect(look.dotRadius(zoom)).toBe(zoom < MARKER_MAX_ZOOM ? atZoom(SIZES.markerRadius, zoom) : 0);
    }
    expect(look.coast.widths).toBe(SIZES.coast);
  });

  it('keeps the selected small country\'s dot, at full size, up to SELECTED_MARKER_MAX_ZOOM', () => {
    const look = mapLook('light', { idPrefix: '' });
    const full = atZoom(SIZES.markerRadius, MARKER_MAX_ZOOM);
    expect(SELECTED_MARKER_MAX_ZOOM).toBeGreaterThan(MARKER_MAX_ZOOM);
    for (const zoom of [MARKER_MAX_ZOOM, 6, SELECTED_MARKER_MAX_ZOOM - 0.01]) {
      expect(look.dotRadius(zoom)).toBe(0);
      expect(look.dotRadius(zoom, true)).toBe(full);
    }
    expect(look.dotRadius(SELECTED_MARKER_MAX_ZOOM, true)).toBe(0);
    expect(look.dotRadius(2, true)).toBe(look.dotRadius(2));
  });

  it('rings the selected dot and outlines the selection in the selection colour over a casing', () => {
    for (const theme of THEMES) {
      const c = MAP_COLOURS[theme];
      const look = mapLook(theme, { idPrefix: '' });
      expect(look.dotRing(false)).toEqual({ colour: c.markerStroke, width: SIZES.markerStroke });
      expect(look.dotRing(true)).toEqual({ colour: c.selection, width: SIZES.markerStrokeSelected });
      expect(look.selection).toEqual({
        casing: { colour: c.selectionCasing, width: SIZES.selectionCasing },
        line: { colour: c.selection, width: SIZES.selection },
      });
    }
  });
});

describe('patternAttrs', () => {
  it('gives the <pattern>, its ground <rect> and its stripes <path> as SVG attributes', () => {
    const tile = mapLook('light', { idPrefix: 't-' }).pattern('refused');
    if (!tile) throw new Error('refused has a tile');
    expect(patternAttrs(tile)).toEqual({
      pattern: { id: 't-refused', patternUnits: 'userSpaceOnUse', width: tile.size, height: tile.size },
      ground: { width: tile.size, height: tile.size, fill: statusColour('refused') },
      stripes: { d: tile.stripes, stroke: tile.colour, 'stroke-width': tile.width, fill: 'none' },
    });
  });
});
