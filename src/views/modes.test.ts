import { describe, expect, it } from 'vitest';
import { MODE_TRAITS, modeOf, shownView } from './modes.ts';
import { viewTraits } from './views.ts';

describe('modes', () => {
  it('follow the URL: the presenter’s window, an embed, presentation, the page', () => {
    expect(modeOf({ present: false, remote: false, embed: false })).toBe('page');
    expect(modeOf({ present: true, remote: false, embed: false })).toBe('present');
    expect(modeOf({ present: true, remote: true, embed: false })).toBe('presenter');
    expect(modeOf({ present: false, remote: true, embed: false })).toBe('page');
    expect(modeOf({ present: false, remote: false, embed: true })).toBe('embed');
  });
  it('show a document view as the map where they show no documents', () => {
    const doc = (v: 'map' | 'table' | 'about') => viewTraits(v).layout === 'document';
    expect(shownView('about', 'page', doc)).toBe('about');
    expect(shownView('about', 'embed', doc)).toBe('map');
    expect(shownView('table', 'present', doc)).toBe('table');
  });
  it('only the embed leaves gestures to the page around it', () => {
    expect(Object.values(MODE_TRAITS).filter((m) => m.cooperativeGestures).map((m) => m.id)).toEqual(['embed']);
  });
});
