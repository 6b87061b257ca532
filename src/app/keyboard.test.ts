import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, Story } from '../data/types.ts';
import { createAppStore } from '../store/appStore.ts';
import { DEFAULT_URL_STATE } from '../store/urlState.ts';
import { afterEach, vi } from 'vitest';
import { MapHandle } from '../map/mapHandle.ts';
import type { AppStore } from '../store/appStore.ts';
import { installKeyboard, keyAction, ownsKey, pageKeysActive, runKey, type KeyEffects } from './keyboard.ts';

describe('pageKeysActive', () => {
  it('drives the timeline from the map and the table, not from the About document', () => {
    expect(pageKeysActive('map')).toBe(true);
    expect(pageKeysActive('table')).toBe(true);
    expect(pageKeysActive('about')).toBe(false);
  });
});

describe('keyAction', () => {
  it('follows docs/INTERFACES.md on the page', () => {
    expect(keyAction('ArrowLeft', false)).toBe('prevEvent');
    expect(keyAction('ArrowRight', true)).toBe('nextMonth');
    expect(keyAction(' ', false)).toBe('togglePlay');
    expect(keyAction('Home', false)).toBe('start');
    expect(keyAction('End', false)).toBe('end');
    expect(keyAction('f', false)).toBe('fullscreen');
    expect(keyAction('Escape', false)).toBe('escape');
    expect(keyAction('x', false)).toBeNull();
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

const d = (iso: string) => isoToDay(iso) as number;
const ev = (id: string, date: string, country: string): CompiledEvent =>
  ({ id, date, country, sender: 'USA', status: 'approached', summary: '', quotes: [], day: d(date), added: '2026-11-23' });
const events = [ev('a', '2019-07-26', 'GTM'), ev('b', '2025-01-31', 'SLV'), ev('c', '2025-05-05', 'AGO')];
const index = new StatusIndex(events);
const story: Story = {
  id: 'tour', title: 'Tour',
  steps: [
    { date: '2019-07-26', day: d('2019-07-26'), country: 'GTM', region: 'americas', events: ['a'], caption: 'One.' },
    { date: '2025-05-05', day: d('2025-05-05'), country: 'AGO', region: 'africa', events: ['c'], caption: 'Two.' },
  ],
};
const noEffects = (): KeyEffects & { calls: string[] } => {
  const calls: string[] = [];
  return { calls, toggleFullscreen: () => calls.push('fullscreen'), openShortcuts: () => calls.push('shortcuts'), zoom: (f) => calls.push(`zoom ${f}`) > 0 };
};

describe('the page keys', () => {
  it('maps keys to actions: p presents, ? lists the keys, + and - zoom', () => {
    expect(keyAction('p', false)).toBe('present');
    expect(keyAction('?', true)).toBe('shortcuts');
    expect(keyAction('+', true)).toBe('zoomIn');
    expect(keyAction('=', false)).toBe('zoomIn');
    expect(keyAction('-', false)).toBe('zoomOut');
    expect(keyAction('x', false)).toBeNull();
  });
  it('p enters presentation mode and Esc leaves it; Esc then clears the selection', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, country: 'SLV' }, { lang: 'en', prefersDark: false, stories: [story] });
    runKey(store, 'present', noEffects());
    expect(store.getState().present).toBe(true);
    runKey(store, 'escape', noEffects());
    expect(store.getState()).toMatchObject({ present: false, country: 'SLV' });
    runKey(store, 'escape', noEffects());
    expect(store.getState().country).toBeNull();
  });
  it('in presentation mode with a story, the arrows and Home/End walk its steps', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, present: true }, { lang: 'en', prefersDark: false, stories: [story] });
    runKey(store, 'nextEvent', noEffects());
    expect(store.getState()).toMatchObject({ storyStep: 1, day: d('2019-07-26'), country: 'GTM', region: 'americas' });
    runKey(store, 'nextEvent', noEffects());
    expect(store.getState()).toMatchObject({ storyStep: 2, day: d('2025-05-05'), country: 'AGO', region: 'africa' });
    runKey(store, 'nextEvent', noEffects());
    expect(store.getState().storyStep).toBe(2);
    runKey(store, 'start', noEffects());
    expect(store.getState().storyStep).toBe(1);
    runKey(store, 'end', noEffects());
    expect(store.getState().storyStep).toBe(2);
    runKey(store, 'prevEvent', noEffects());
    expect(store.getState().storyStep).toBe(1);
  });
  it('outside presentation mode the arrows step events, as before', () => {
    const store = createAppStore(index, DEFAULT_URL_STATE, { lang: 'en', prefersDark: false, stories: [story] });
    runKey(store, 'prevEvent', noEffects());
    expect(store.getState()).toMatchObject({ storyStep: null, day: d('2025-01-31') });
  });
  it('hands fullscreen, the shortcuts and the zoom to the page', () => {
    const store = createAppStore(index, DEFAULT_URL_STATE);
    const fx = noEffects();
    for (const a of ['fullscreen', 'shortcuts', 'zoomIn', 'zoomOut'] as const) runKey(store, a, fx);
    expect(fx.calls).toEqual(['fullscreen', 'shortcuts', 'zoom 2', 'zoom 0.5']);
  });
});

describe('installKeyboard', () => {
  /** A page with a window that dispatches keys, no dialog, and a store on a view. */
  function page(view: 'map' | 'table' | 'about') {
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', { querySelector: () => null });
    vi.stubGlobal('HTMLElement', class {});
    const store = { getState: () => ({ view, country: null, present: false, remote: false, storyId: null }) } as unknown as AppStore;
    // Node has Event but no KeyboardEvent: the fields the handler reads, on a plain event.
    const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
      win.dispatchEvent(e);
      return e.defaultPrevented;
    };
    return { store, press };
  }
  const through = (map: MapHandle): KeyEffects => ({ toggleFullscreen: () => undefined, openShortcuts: () => undefined, zoom: (f) => map.zoomBy(f) });
  afterEach(() => vi.unstubAllGlobals());

  it('zooms the registered map by 2 and ½, and takes the key only when there is a map', () => {
    const { store, press } = page('map');
    const map = new MapHandle();
    const off = installKeyboard(store, through(map));
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
    const off = installKeyboard(store, through(map));
    expect(press('+')).toBe(false);
    expect(asked).toEqual([]);
    off();
  });
});
