import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { REGIONS } from '../data/regions.ts';
import { VIEWS } from '../views/views.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery, THEMES, URL_PARAMS, type UrlState } from './urlState.ts';

const first = isoToDay('2019-07-26') as number;
const last = isoToDay('2026-05-15') as number;
const ctx = {
  isCountry: (a3: string) => ['SLV', 'AGO', 'XKX'].includes(a3),
  domain: [first, last] as const,
  stories: ['tour', 'second-tour'],
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
    expect(parseQuery('?view=about', ctx)).toEqual({ state: { ...DEFAULT_URL_STATE, view: 'about' }, given: new Set(['view']), warnings: [] });
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, view: 'about' })).toBe('?view=about');
    expect(parseQuery('?view=About', ctx).warnings[0]).toContain('expected one of map, table, about');
  });
  it('ignores invalid values with a warning, never throwing', () => {
    const { state, warnings } = parseQuery('?date=2025-02-30&country=ZZZ&view=globe&lang=fr&panel=2&step=0&id=a%20b&theme=sepia&region=mars&story=nope&session=x', ctx);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(11);
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
  it('reads the presentation, story, embed and region parameters, and says which were given', () => {
    const { state, given } = parseQuery('?embed=1&panel=0&present=1&story=second-tour&step=3&remote=1&session=talk-42&id=story-1&lang=ES&theme=dark&region=africa&country=', ctx);
    expect(state).toMatchObject({ embed: true, panel: false, present: true, story: 'second-tour', step: 3, remote: true, session: 'talk-42', id: 'story-1', lang: 'es', theme: 'dark', region: 'africa', country: null });
    expect([...given].sort()).toEqual(['country', 'embed', 'id', 'lang', 'panel', 'present', 'region', 'remote', 'session', 'step', 'story', 'theme']);
  });
});

describe('serialiseQuery', () => {
  it('writes only what differs from the defaults', () => {
    expect(serialiseQuery(DEFAULT_URL_STATE)).toBe('');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, date: isoToDay('2025-03-31') as number, country: 'SLV' })).toBe('?date=2025-03-31&country=SLV');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, view: 'table', panel: false })).toBe('?view=table&panel=0');
  });
  it('writes a step’s date, country and region in full, so a link keeps the reader’s own', () => {
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, step: 2 }, last)).toBe('?date=2026-05-15&country=&region=world&step=2');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, step: 2, country: 'AGO', region: 'africa', date: first }, last)).toBe('?date=2019-07-26&country=AGO&region=africa&step=2');
  });
});

/** Any state a URL can hold in this context. */
const urlStateArb: fc.Arbitrary<UrlState> = fc.record({
  date: fc.option(fc.integer({ min: first, max: last }), { nil: null }),
  country: fc.option(fc.constantFrom('SLV', 'AGO', 'XKX'), { nil: null }),
  view: fc.constantFrom(...VIEWS),
  lang: fc.option(fc.constantFrom('en', 'es'), { nil: null }),
  theme: fc.constantFrom(...THEMES),
  region: fc.constantFrom(...REGIONS),
  present: fc.boolean(),
  story: fc.option(fc.constantFrom('tour', 'second-tour'), { nil: null }),
  step: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
  remote: fc.boolean(),
  session: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{4,64}$/), { nil: null }),
  embed: fc.boolean(),
  panel: fc.boolean(),
  id: fc.option(fc.stringMatching(/^[\w.:-]{1,64}$/), { nil: null }),
}) as fc.Arbitrary<UrlState>;

describe('the URL state, for any value', () => {
  it('covers every parameter of the table', () => {
    fc.assert(
      fc.property(urlStateArb, (s) => {
        expect(Object.keys(s).sort()).toEqual(Object.keys(URL_PARAMS).sort());
      }),
      { numRuns: 5 },
    );
  });
  it('parse(serialise(s)) is s, with no warning', () => {
    fc.assert(
      fc.property(urlStateArb, (s) => {
        const { state, warnings } = parseQuery(serialiseQuery(s, last), ctx);
        // With a step, a date left at the default is written as the latest day it stands for.
        const expected = s.step !== null && s.date === null ? { ...s, date: last } : s;
        expect(warnings).toEqual([]);
        expect(state).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('parse never throws on any string, and always gives a whole state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        const { state } = parseQuery(raw, ctx);
        expect(Object.keys(state).sort()).toEqual(Object.keys(URL_PARAMS).sort());
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(URL_PARAMS), 'x', '__proto__'), fc.string()), { maxLength: 12 }), (pairs) => {
        const q = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        expect(() => parseQuery(q, ctx)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
