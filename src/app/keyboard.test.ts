import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapHandle } from '../map/mapHandle.ts';
import type { AppStore } from '../store/appStore.ts';
import { installKeyboard, keyAction, ownsKey, pageKeysActive } from './keyboard.ts';

describe('keyAction', () => {
  it('zooms the map with + or = (in) and - (out), whatever the Shift key', () => {
    for (const shift of [false, true]) {
      expect(keyAction('+', shift)).toBe('zoomIn');
      expect(keyAction('=', shift)).toBe('zoomIn');
      expect(keyAction('-', shift)).toBe('zoomOut');
      expect(keyAction('_', shift)).toBe('zoomOut');
    }
  });

  it('keeps the timeline keys', () => {
    expect(keyAction('ArrowLeft', false)).toBe('prevEvent');
    expect(keyAction('ArrowRight', true)).toBe('nextMonth');
    expect(keyAction(' ', false)).toBe('togglePlay');
    expect(keyAction('End', false)).toBe('end');
    expect(keyAction('f', false)).toBe('fullscreen');
    expect(keyAction('Escape', false)).toBe('escape');
    expect(keyAction('z', false)).toBeNull();
  });
});

describe('pageKeysActive', () => {
  it('drives the timeline from the map and the table, not from the About document', () => {
    expect(pageKeysActive('map')).toBe(true);
    expect(pageKeysActive('table')).toBe(true);
    expect(pageKeysActive('about')).toBe(false);
  });
});

describe('ownsKey', () => {
  it('leaves keys to text fields and the slider, Space and Enter to buttons and links', () => {
    expect(ownsKey({ tagName: 'INPUT' }, 'ArrowLeft', false)).toBe(true);
    expect(ownsKey({ tagName: 'BUTTON' }, 'ArrowLeft', false)).toBe(false);
    expect(ownsKey({ tagName: 'BUTTON' }, ' ', false)).toBe(true);
    expect(ownsKey({ tagName: 'A' }, 'Enter', false)).toBe(true);
    expect(ownsKey({ tagName: 'DIV', isContentEditable: true }, 'Home', false)).toBe(true);
    expect(ownsKey({ tagName: 'DIV' }, 'Home', false)).toBe(false);
    expect(ownsKey(null, 'Home', false)).toBe(false);
    expect(ownsKey(null, 'Home', true)).toBe(true);
  });
});

describe('installKeyboard', () => {
  /** A page with a window that dispatches keys, no dialog, and a store on a view. */
  function page(view: 'map' | 'table' | 'about') {
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', { querySelector: () => null });
    vi.stubGlobal('HTMLElement', class {});
    const store = { getState: () => ({ view, country: null }) } as unknown as AppStore;
    // Node has Event but no KeyboardEvent: the fields the handler reads, on a plain event.
    const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
      win.dispatchEvent(e);
      return e.defaultPrevented;
    };
    return { store, press };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('zooms the registered map by 2 and ½, and takes the key only when there is a map', () => {
    const { store, press } = page('map');
    const map = new MapHandle();
    const off = installKeyboard(store, map);
    expect(press('+')).toBe(false);
    const asked: number[] = [];
    const unregister = map.register({ zoomBy: (f) => asked.push(f) });
    expect(press('+')).toBe(true);
    expect(press('=')).toBe(true);
    expect(press('-')).toBe(true);
    // Ctrl/⌘ with + or - is the browser's own page zoom.
    expect(press('+', { ctrlKey: true })).toBe(false);
    expect(press('-', { metaKey: true })).toBe(false);
    expect(asked).toEqual([2, 2, 0.5]);
    unregister();
    expect(press('-')).toBe(false);
    off();
  });

  it('leaves the zoom keys alone in About, where the page keys do not act', () => {
    const { store, press } = page('about');
    const map = new MapHandle();
    const asked: number[] = [];
    map.register({ zoomBy: (f) => asked.push(f) });
    const off = installKeyboard(store, map);
    expect(press('+')).toBe(false);
    expect(asked).toEqual([]);
    off();
  });
});
