import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery } from './urlState.ts';

const ctx = {
  isCountry: (a3: string) => ['SLV', 'AGO', 'XKX'].includes(a3),
  domain: [isoToDay('2019-07-26') as number, isoToDay('2025-05-05') as number] as const,
};

describe('parseQuery', () => {
  it('reads date at any precision and country in any case', () => {
    const { state, warnings } = parseQuery('?date=2025-03-31&country=slv&view=table', ctx);
    expect(warnings).toEqual([]);
    expect(state.date).toBe(isoToDay('2025-03-31'));
    expect(state.country).toBe('SLV');
    expect(state.view).toBe('table');
    expect(parseQuery('?date=2025-03', ctx).state.date).toBe(isoToDay('2025-03-01'));
    expect(parseQuery('?date=2020', ctx).state.date).toBe(isoToDay('2020-01-01'));
    expect(parseQuery('?country=xkx', ctx).state.country).toBe('XKX');
  });
  it('reads every view, and "about" round-trips', () => {
    expect(parseQuery('?view=map', ctx).state.view).toBe('map');
    expect(parseQuery('?view=about', ctx)).toEqual({ state: { ...DEFAULT_URL_STATE, view: 'about' }, warnings: [] });
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, view: 'about' })).toBe('?view=about');
    expect(parseQuery('?view=About', ctx).warnings[0]).toContain('expected one of map, table, about');
  });
  it('ignores invalid values with a warning, never throwing', () => {
    const { state, warnings } = parseQuery('?date=2025-02-30&country=ZZZ&view=globe&lang=fr&panel=2&step=0&id=a%20b&theme=sepia', ctx);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(8);
    expect(warnings[0]).toContain('date="2025-02-30" ignored');
  });
  it('warns about unknown and repeated parameters', () => {
    const { warnings } = parseQuery('?foo=1&view=map&view=table&view=map', ctx);
    expect(warnings).toEqual(['unknown URL parameter "foo" ignored', 'URL parameter "view" is given more than once; using the first']);
  });
  it('clamps a date outside the timeline, with a warning', () => {
    const { state, warnings } = parseQuery('?date=2010', ctx);
    expect(state.date).toBe(ctx.domain[0]);
    expect(warnings[0]).toContain('outside the timeline');
  });
  it('reads the embed and presentation parameters', () => {
    const { state } = parseQuery('?embed=1&panel=0&present=1&step=3&id=story-1&lang=ES&theme=dark', ctx);
    expect(state).toMatchObject({ embed: true, panel: false, present: true, step: 3, id: 'story-1', lang: 'es', theme: 'dark' });
  });
});

describe('serialiseQuery', () => {
  it('writes only what differs from the defaults', () => {
    expect(serialiseQuery(DEFAULT_URL_STATE)).toBe('');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, date: isoToDay('2025-03-31') as number, country: 'SLV' })).toBe('?date=2025-03-31&country=SLV');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, view: 'table', panel: false })).toBe('?view=table&panel=0');
  });
  it('round-trips through parseQuery', () => {
    const s = { ...DEFAULT_URL_STATE, date: isoToDay('2025-02-03') as number, country: 'AGO', view: 'table' as const, embed: true, id: 'x' };
    expect(parseQuery(serialiseQuery(s), ctx).state).toEqual(s);
  });
});
