import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent } from '../data/types.ts';
import { createAppStore, toUrlState } from './appStore.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery } from './urlState.ts';

const ev = (id: string, date: string): CompiledEvent => ({
  id, country: 'SLV', date, day: isoToDay(date) as number, sender: 'USA', status: 'approached', summary: '', quotes: [], added: '2026-11-23',
});
const index = new StatusIndex([ev('a', '2025-01-26'), ev('b', '2025-03-15')]);

describe('setView', () => {
  it('switches views and keeps the date and the selection', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, country: 'SLV' });
    store.getState().setView('table');
    expect(store.getState()).toMatchObject({ view: 'table', country: 'SLV', day: index.lastDay });
  });
  it('stops playback on entering About, which has no timeline', () => {
    const store = createAppStore(index, DEFAULT_URL_STATE);
    store.getState().play();
    store.getState().setView('table');
    expect(store.getState().playing).toBe(true);
    store.getState().setView('about');
    expect(store.getState()).toMatchObject({ view: 'about', playing: false });
  });
  it('forgets the countries a legend entry or table row pointed at', () => {
    const store = createAppStore(index, DEFAULT_URL_STATE);
    store.getState().setHighlight(['SLV']);
    store.getState().setView('table');
    expect(store.getState().highlight).toEqual([]);
  });
});

describe('the table’s order', () => {
  const ctx = { latestDay: index.lastDay, storyCount: 0 };
  it('comes from the URL, is set by setSort, and goes back into the URL; the default is never written', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, view: 'table', sort: '-people' });
    expect(store.getState().sort).toBe('-people');
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('?view=table&sort=-people');
    store.getState().setSort('since');
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('?view=table&sort=since');
    store.getState().setSort('status');
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('?view=table');
  });
  it('follows the browser’s Back and Forward', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, sort: 'country' });
    const { state, given } = parseQuery('?sort=-since', { isCountry: () => true, domain: [index.firstDay, index.lastDay] });
    store.getState().applyUrl(state, given);
    expect(store.getState().sort).toBe('-since');
  });
});

describe('language and theme', () => {
  it('uses the URL language, else the browser one, and writes only a chosen one back', async () => {
    const { toUrlState } = await import('./appStore.ts');
    const fromBrowser = createAppStore(index, DEFAULT_URL_STATE, { lang: 'es', prefersDark: false });
    expect(fromBrowser.getState().lang).toBe('es');
    expect(toUrlState(fromBrowser.getState(), { latestDay: index.lastDay, storyCount: 0 }).lang).toBeNull();
    fromBrowser.getState().setLang('es');
    expect(toUrlState(fromBrowser.getState(), { latestDay: index.lastDay, storyCount: 0 }).lang).toBe('es');
    const fromUrl = createAppStore(index, { ...DEFAULT_URL_STATE, lang: 'en' }, { lang: 'es', prefersDark: false });
    expect(fromUrl.getState().lang).toBe('en');
  });
  it('resolves auto against the system and keeps an explicit theme', async () => {
    const { resolveTheme } = await import('./appStore.ts');
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, theme: 'dark' }, { lang: 'en', prefersDark: false });
    expect(store.getState().resolvedTheme).toBe('dark');
  });
});

describe('compare mode', () => {
  const ctx = { latestDay: index.lastDay, storyCount: 0 };
  const d = (iso: string) => isoToDay(iso) as number;
  it('comes from the URL, goes back into it, and is turned off with null', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, compare: d('2025-02-01') });
    expect(store.getState()).toMatchObject({ compare: d('2025-02-01'), day: index.lastDay });
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('?compare=2025-02-01');
    store.getState().setCompare(null);
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('');
  });
  it('keeps A before B: A is clamped below B, and B never passes A (dragged, stepped or played)', () => {
    const store = createAppStore(index, { ...DEFAULT_URL_STATE, date: d('2025-03-01') });
    store.getState().setCompare(d('2025-05-01'));
    expect(store.getState().compare).toBe(d('2025-02-28'));
    store.getState().setCompare(d('2000-01-01'));
    expect(store.getState().compare).toBe(index.firstDay);
    store.getState().setDay(d('2024-01-01'));
    expect(store.getState().day).toBe(index.firstDay + 1);
    store.getState().step('start');
    expect(store.getState().day).toBe(index.firstDay + 1);
  });
  it('has nothing to compare on the first day, and ignores a URL compare day not before its date', () => {
    const first = createAppStore(index, { ...DEFAULT_URL_STATE, date: index.firstDay });
    first.getState().setCompare(index.firstDay);
    expect(first.getState().compare).toBeNull();
    expect(createAppStore(index, { ...DEFAULT_URL_STATE, date: d('2025-02-01'), compare: d('2025-02-01') }).getState().compare).toBeNull();
  });
  it('round-trips a link through the store', () => {
    const domain = [index.firstDay, index.lastDay] as const;
    const { state, given } = parseQuery('?date=2025-03-01&compare=2025-02-01&view=table', { isCountry: () => true, domain });
    const store = createAppStore(index, state, { lang: 'en', prefersDark: false, given });
    expect(serialiseQuery(toUrlState(store.getState(), ctx))).toBe('?date=2025-03-01&compare=2025-02-01&view=table');
  });
});
