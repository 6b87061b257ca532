import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { REGIONS } from '../data/regions.ts';
import { VIEWS } from '../views/views.ts';
import { SORT_KEYS, SORTS } from '../table/tableSort.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery, THEMES, URL_PARAMS, type QueryParam, type UrlState } from './urlState.ts';

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
    const { state, warnings } = parseQuery('?date=2025-02-30&country=ZZZ&view=globe&lang=fr&panel=2&step=0&id=a%20b&theme=sepia&region=mars&story=nope&session=x&sort=name', ctx);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(12);
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

describe('sort, the table’s order', () => {
  it('reads a column, or a column with "-" for descending', () => {
    for (const k of SORT_KEYS) {
      expect(parseQuery(`?sort=${k}`, ctx)).toEqual({ state: { ...DEFAULT_URL_STATE, sort: k }, given: new Set(['sort']), warnings: [] });
      expect(parseQuery(`?sort=-${k}`, ctx).state.sort).toBe(`-${k}`);
    }
  });
  it('defaults to the table’s own order, by status, and never writes it', () => {
    expect(DEFAULT_URL_STATE.sort).toBe('status');
    expect(serialiseQuery(DEFAULT_URL_STATE)).toBe('');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, sort: 'status' })).toBe('');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, view: 'table', sort: '-people' })).toBe('?view=table&sort=-people');
  });
  it('reads an invalid value as the default, with one warning naming it', () => {
    for (const raw of ['name', 'People', '--people', 'people-', '-', '']) {
      const { state, given, warnings } = parseQuery(`?view=table&sort=${encodeURIComponent(raw)}`, ctx);
      expect(state).toEqual({ ...DEFAULT_URL_STATE, view: 'table' });
      expect(given.has('sort')).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`sort="${raw}" ignored`);
    }
  });
  it('round-trips every value', () => {
    for (const sort of SORTS) {
      const q = serialiseQuery({ ...DEFAULT_URL_STATE, sort });
      const { state, warnings } = parseQuery(q, ctx);
      expect(warnings).toEqual([]);
      expect(state.sort).toBe(sort);
    }
  });
});

describe('compare, the earlier date', () => {
  it('reads a date before `date` (or before the last day without one), and writes it back', () => {
    const { state, warnings, given } = parseQuery('?date=2025-08-01&compare=2025-03', ctx);
    expect(warnings).toEqual([]);
    expect(state.compare).toBe(isoToDay('2025-03-01'));
    expect(given.has('compare')).toBe(true);
    expect(serialiseQuery(state)).toBe('?date=2025-08-01&compare=2025-03-01');
    expect(parseQuery('?compare=2026-05-14', ctx).state.compare).toBe(isoToDay('2026-05-14'));
  });
  it('ignores a compare date not before `date`, whichever comes first in the query, with one warning', () => {
    for (const q of ['?date=2025-03-01&compare=2025-03-01', '?compare=2025-08-01&date=2025-03-01', '?compare=2026-05-15']) {
      const { state, warnings, given } = parseQuery(q, ctx);
      expect(state.compare, q).toBeNull();
      expect(given.has('compare')).toBe(false);
      expect(warnings, q).toHaveLength(1);
      expect(warnings[0]).toContain('compare="');
      expect(warnings[0]).toContain('before the date shown');
    }
  });
  it('clamps a date before the timeline with one warning, and ignores one after it or not a date', () => {
    const early = parseQuery('?compare=2010-01-01', ctx);
    expect(early.state.compare).toBe(first);
    expect(early.warnings).toHaveLength(1);
    // Clamped to the first day, which is the date shown: one warning still, that it is ignored.
    const both = parseQuery(`?date=${dayToIso(first)}&compare=2010`, ctx);
    expect(both.state.compare).toBeNull();
    expect(both.warnings).toEqual([expect.stringContaining('before the date shown')]);
    for (const raw of ['2030-01-01', '2025-02-30', 'yesterday', '']) {
      const { state, warnings } = parseQuery(`?compare=${raw}`, ctx);
      expect(state.compare, raw).toBeNull();
      expect(warnings, raw).toHaveLength(1);
    }
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
  date: fc.option(fc.integer({ min: first + 1, max: last }), { nil: null }),
  compare: fc.option(fc.integer({ min: first, max: last - 1 }), { nil: null }),
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
  sort: fc.constantFrom(...SORTS),
}).map((s) => (s.compare !== null && s.compare >= (s.date ?? last) ? { ...s, compare: null } : s)) as fc.Arbitrary<UrlState>;

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

/**
 * Near-valid URLs: each parameter's own near misses (impossible dates, huge numbers, look-alike
 * and invisible characters, markup, bidi controls), repeated and unknown parameters, and the
 * query written with and without percent-encoding. The rule checked is the one docs/INTERFACES.md
 * states, written out here on its own: a valid value is read, anything else falls back to its
 * default, and each unknown parameter, each repeated one (once, however often) and each invalid
 * value (or a date outside the timeline, clamped) costs exactly one warning, naming it.
 */
describe('near-valid URLs', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
  const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
  const MARKUP = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', '<b>', "javascript:alert('x')", '&lt;b&gt;', '{{7*7}}', '${alert(1)}'];
  const mangled = (v: string) =>
    fc.oneof(
      fc.constantFrom(...BIDI, ...INVISIBLE).map((c) => `${c}${v}`),
      fc.constantFrom(...BIDI, ...INVISIBLE).map((c) => `${v}${c}`),
      fc.constantFrom(...MARKUP).map((m) => `${v}${m}`),
      fc.constant(` ${v}`),
      fc.constant(v.toUpperCase() === v ? v.toLowerCase() : v.toUpperCase()),
    );
  const huge = fc.oneof(fc.constant('9'.repeat(400)), fc.constant('1e309'), fc.constant(String(Number.MAX_SAFE_INTEGER + 2)), fc.constant('x'.repeat(10_000)), fc.constant('-0'), fc.constant('NaN'), fc.constant('Infinity'));
  const near = (valid: readonly string[], misses: readonly string[]) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...valid) },
      { weight: 2, arbitrary: fc.constantFrom(...misses) },
      { weight: 2, arbitrary: fc.constantFrom(...valid).chain(mangled) },
      { weight: 1, arbitrary: fc.constantFrom(...MARKUP, ...BIDI, '') },
      { weight: 1, arbitrary: huge },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    );
  const inDomain = fc.integer({ min: first, max: last }).map(dayToIso);
  const anyDay = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const VALUES: Record<QueryParam, fc.Arbitrary<string>> = {
    date: fc.oneof(
      { weight: 3, arbitrary: inDomain },
      { weight: 2, arbitrary: fc.oneof(inDomain.map((d) => d.slice(0, 7)), inDomain.map((d) => d.slice(0, 4))) },
      // Outside the timeline: clamped, with a warning.
      { weight: 1, arbitrary: anyDay },
      {
        weight: 3,
        arbitrary: near(['2025-03-31', '2025-03', '2025'], [
          '2025-02-29', '2023-02-29', '2025-04-31', '2025-13', '2025-00', '2025-12-32', '0000', '1899', '3000', '99999', '2025-1-1', '2025-03-31T00:00',
          '2025/03/31', '31-03-2025', '２０２５', '٢٠٢٥', '2025-03-3', '+2025', '-2025', '2025-03-31Z', '20250331', '2025-W13',
        ]),
      },
    ),
    // Before the timeline: clamped, with a warning; after it, or not before `date`: ignored, one warning.
    compare: fc.oneof(
      { weight: 3, arbitrary: inDomain },
      { weight: 1, arbitrary: inDomain.map((d) => d.slice(0, 7)) },
      { weight: 1, arbitrary: anyDay },
      { weight: 2, arbitrary: near(['2025-03-31', '2025-03', '2019'], ['2025-02-29', '2025-13', '1899', '3000', '2025/03/31', '20250331', '+2025']) },
    ),
    country: near(['SLV', 'slv', 'aGo', 'XKX', ''], ['ZZZ', 'SL', 'SLVV', 'US', 'usa', 'S\u200BLV', '\u0421LV', 'SL\u0412', '\u0405LV', 'ＳＬＶ', 'S L V', '999', 'AG0']),
    view: near(VIEWS, ['globe', 'Map', 'tables', 'map?', 'about ']),
    lang: near(['en', 'es', 'EN', 'Es'], ['fr', 'en-GB', 'eng', 'spa', 'e', 'xx']),
    theme: near(THEMES, ['sepia', 'Light', 'night', 'system']),
    region: near(REGIONS, ['mars', 'Africa', 'middle-east', 'europe,asia', 'world ']),
    present: near(['0', '1'], ['2', 'true', 'yes', '01', '１', '-1', '1.0']),
    story: near(['tour', 'second-tour'], ['Tour', 'third-tour', '__proto__', 'constructor', 'toString', 'length']),
    step: near(['1', '2', '9999'], ['0', '01', '10000', '-1', '1.5', '1e3', '0x10', '١', '²', '1 ', '9007199254740993']),
    remote: near(['0', '1'], ['2', 'on', '']),
    session: near(['talk-42', 'abcd', 'A_b-9'.repeat(12)], ['abc', 'a'.repeat(65), 'talk 42', 'talk/42', 'tälk-42', 'talk.42']),
    embed: near(['0', '1'], ['2', 'true', 'Y']),
    panel: near(['0', '1'], ['2', 'false', 'no']),
    id: near(['newsroom-1', 'a.b:c_d', 'x'.repeat(64)], ['x'.repeat(65), 'a b', 'a/b', 'a#b', 'é', '<script>']),
    sort: near(SORTS, ['name', 'Status', '--people', '+people', 'people-', '-', 'since,people', 'people desc']),
  };
  const KNOWN = Object.keys(URL_PARAMS) as QueryParam[];
  const UNKNOWN = ['foo', 'Date', 'DATE', 'date ', ' date', 'dat\u200Be', 'countr\u0443', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'x[]', ...MARKUP, ...BIDI.map((b) => `${b}view`)];
  const pair = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...KNOWN).chain((k) => VALUES[k].map((v) => [k, v] as [string, string])) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNKNOWN), fc.string({ unit: 'grapheme', maxLength: 8 })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })) },
  );
  /** The same list of parameters, written plainly encoded, or with some characters left as they are and others percent-encoded. */
  const encodeAll = (s: string) => encodeURIComponent(s);
  const encodeSome = (s: string, mask: number) =>
    [...s].map((ch, i) => (/[&=+%#\s]/.test(ch) || ((mask >> i % 31) & 1) === 1 ? encodeURIComponent(ch) : ch)).join('');
  const query = fc
    .tuple(fc.array(pair, { maxLength: 16 }), fc.boolean(), fc.integer({ min: 0, max: 2 ** 31 - 1 }))
    .chain(([pairs, plain, mask]) =>
      // Now and then a parameter given twice or three times, its copies anywhere after it.
      fc.array(fc.nat(), { maxLength: 3 }).map((dups) => {
        const all = [...pairs];
        for (const d of dups) if (pairs.length > 0) all.splice(all.length === 0 ? 0 : (d % all.length) + 1, 0, pairs[d % pairs.length] as [string, string]);
        const enc = plain ? encodeAll : (s: string) => encodeSome(s, mask);
        return { pairs: all, search: `?${all.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` };
      }),
    );

  const REAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  /** Each parameter's rule as docs/INTERFACES.md states it: the value read, or undefined when invalid. */
  const RULES: Record<QueryParam, (raw: string) => unknown> = {
    date: (raw) => {
      const m = REAL_DATE.exec(raw);
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
      if (y < 1900 || y > 2999 || mo < 1 || mo > 12) return undefined;
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
      return Math.round(t.getTime() / 86_400_000);
    },
    compare: (raw) => {
      const day = RULES.date(raw) as number | undefined;
      return day === undefined || day > last ? undefined : Math.max(first, day);
    },
    country: (raw) => (raw === '' ? null : /^[A-Za-z]{3}$/.test(raw) && ctx.isCountry(raw.toUpperCase()) ? raw.toUpperCase() : undefined),
    view: (raw) => ((VIEWS as readonly string[]).includes(raw) ? raw : undefined),
    lang: (raw) => (['en', 'es'].includes(raw.toLowerCase()) ? raw.toLowerCase() : undefined),
    theme: (raw) => ((THEMES as readonly string[]).includes(raw) ? raw : undefined),
    region: (raw) => ((REGIONS as readonly string[]).includes(raw) ? raw : undefined),
    present: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    story: (raw) => (ctx.stories.includes(raw) ? raw : undefined),
    step: (raw) => (/^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) : undefined),
    remote: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    session: (raw) => (/^[A-Za-z0-9_-]{4,64}$/.test(raw) ? raw : undefined),
    embed: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    panel: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    id: (raw) => (/^[A-Za-z0-9_.:-]{1,64}$/.test(raw) ? raw : undefined),
    sort: (raw) => (/^-?(country|status|since|people)$/.test(raw) ? raw : undefined),
  };
  const isKnown = (k: string): k is QueryParam => (KNOWN as string[]).includes(k);

  it('reads 10,000 near-valid queries as the documented rules say, with exactly one warning per unknown, repeated or invalid parameter', () => {
    let tried = 0;
    let warned = 0;
    fc.assert(
      fc.property(query, ({ pairs, search }) => {
        tried++;
        const { state, warnings } = parseQuery(search, ctx);
        const expected: Record<string, unknown> = { ...DEFAULT_URL_STATE };
        const seen = new Set<string>();
        const repeated = new Set<string>();
        /** What each warning must name, in order. */
        const named: string[] = [];
        /** Where compare's warning goes (before the next parameter's), and whether its parse gave one (clamped). */
        let compareAt: { at: number; warned: boolean } | null = null;
        for (const [k, raw] of pairs) {
          if (seen.has(k)) {
            if (!repeated.has(k)) named.push(k);
            repeated.add(k);
            continue;
          }
          seen.add(k);
          if (!isKnown(k)) {
            named.push(k);
            continue;
          }
          const v = RULES[k](raw);
          if (v === undefined) {
            named.push(k);
            continue;
          }
          if (k === 'date') {
            const day = v as number;
            const clamped = Math.min(last, Math.max(first, day));
            if (clamped !== day) named.push(k);
            expected.date = clamped;
          } else if (k === 'compare') {
            const clamped = RULES.date(raw) !== v;
            compareAt = { at: named.length, warned: clamped };
            if (clamped) named.push(k);
            expected.compare = v;
          } else expected[k] = v;
        }
        // A compare day not before the date shown is ignored: one warning, in its place.
        if (compareAt && (expected.compare as number) >= ((expected.date as number | null) ?? last)) {
          expected.compare = null;
          if (!compareAt.warned) named.splice(compareAt.at, 0, 'compare');
        }
        warned += warnings.length;
        expect(state).toEqual(expected);
        expect(warnings).toHaveLength(named.length);
        // Each warning names its parameter (the first 40 characters of it), and says no more than a line.
        warnings.forEach((w, i) => {
          const k = named[i] as string;
          expect(w).toContain(k.length > 40 ? k.slice(0, 40) : k);
          expect(w.length).toBeLessThan(300);
        });
        // What is written back holds only the parsed, typed values: nothing of the URL's own text but them.
        expect(serialiseQuery(state, last)).toMatch(/^(\?[A-Za-z0-9%=&._*+-]*)?$/);
      }),
      { numRuns: 10_000 },
    );
    expect(tried).toBe(10_000);
    // The generator is near enough to be read often and wrong often.
    expect(warned).toBeGreaterThan(5_000);
  });

  it('never throws on 5,000 raw query strings of any characters, and warns at most once per parameter given', () => {
    let tried = 0;
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(fc.constantFrom('&', '=', '?', '%', '%%', '%zz', '%E2%80', '%ED%A0%80', '+', '#', ';', ...MARKUP, ...BIDI, ...INVISIBLE), fc.constantFrom(...KNOWN), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(raw, (search) => {
        tried++;
        const { state, warnings } = parseQuery(search, ctx);
        expect(Object.keys(state).sort()).toEqual(KNOWN.slice().sort());
        expect(warnings.length).toBeLessThanOrEqual([...new URLSearchParams(search)].length);
        expect(serialiseQuery(state, last)).toMatch(/^(\?[A-Za-z0-9%=&._*+-]*)?$/);
      }),
      { numRuns: 5_000 },
    );
    expect(tried).toBe(5_000);
  });

  it('reads a markup or bidi-laden value in every parameter as invalid, one warning each', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '\u202Eworld', 'map\u2066', '"><b>']) {
      const { state, warnings } = parseQuery(`?${KNOWN.map((k) => `${k}=${encodeURIComponent(bad)}`).join('&')}`, ctx);
      expect(state, bad).toEqual(DEFAULT_URL_STATE);
      expect(warnings, bad).toHaveLength(KNOWN.length);
      KNOWN.forEach((k, i) => expect(warnings[i]).toContain(`URL parameter ${k}="`));
    }
  });
});
