import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { REGIONS } from '../data/regions.ts';
import { parseIncoming, reportedHeight, type Incoming, type ProtocolContext } from './protocol.ts';

const ctx: ProtocolContext = { isCountry: (a3) => ['SLV', 'AGO'].includes(a3), isLang: (l) => ['en', 'es'].includes(l), steps: 5 };
const ok = (data: unknown) => {
  const r = parseIncoming(data, ctx);
  if (!r.ok) throw new Error(r.reason);
  return r.message;
};
const refused = (data: unknown) => {
  const r = parseIncoming(data, ctx);
  return r.ok ? null : r.reason;
};

describe('what a host may send', () => {
  it('accepts set with any of its fields, and play and pause', () => {
    expect(ok({ target: 'tcdm', type: 'set', date: '2025-03', country: 'slv', region: 'africa', step: 2, theme: 'dark', lang: 'es' })).toEqual({
      type: 'set', day: isoToDay('2025-03-01'), country: 'SLV', region: 'africa', step: 2, theme: 'dark', lang: 'es',
    });
    expect(ok({ target: 'tcdm', type: 'set', country: null })).toEqual({ type: 'set', country: null });
    expect(ok({ target: 'tcdm', type: 'set', compare: '2025-03-01', date: '2025-08' })).toEqual({ type: 'set', compare: isoToDay('2025-03-01'), day: isoToDay('2025-08-01') });
    expect(ok({ target: 'tcdm', type: 'set', compare: null })).toEqual({ type: 'set', compare: null });
    expect(ok({ target: 'tcdm', type: 'play' })).toEqual({ type: 'play' });
    expect(ok({ target: 'tcdm', type: 'pause' })).toEqual({ type: 'pause' });
  });
  it('refuses anything else, saying why', () => {
    const cases: unknown[] = [
      null, undefined, 'set', 42, [], new Date(), Object.create({ target: 'tcdm', type: 'play' }),
      { type: 'play' }, { target: 'other', type: 'play' }, { target: 'tcdm' }, { target: 'tcdm', type: 'destroy' },
      { target: 'tcdm', type: 'play', date: '2025' }, { target: 'tcdm', type: 'set' },
      { target: 'tcdm', type: 'set', date: '2025-02-30' }, { target: 'tcdm', type: 'set', date: 20250101 }, { target: 'tcdm', type: 'set', date: '2025-01-01T00:00' },
      { target: 'tcdm', type: 'set', compare: '2025-02-30' }, { target: 'tcdm', type: 'set', compare: 20250101 }, { target: 'tcdm', type: 'set', compare: false },
      { target: 'tcdm', type: 'set', country: 'ZZZ' }, { target: 'tcdm', type: 'set', country: '<img src=x>' }, { target: 'tcdm', type: 'set', country: 1 },
      { target: 'tcdm', type: 'set', region: 'mars' }, { target: 'tcdm', type: 'set', step: 0 }, { target: 'tcdm', type: 'set', step: 6 }, { target: 'tcdm', type: 'set', step: 1.5 },
      { target: 'tcdm', type: 'set', theme: 'sepia' }, { target: 'tcdm', type: 'set', lang: 'fr' }, { target: 'tcdm', type: 'set', zoom: 3 },
      JSON.parse('{"target":"tcdm","type":"set","__proto__":{"polluted":true}}'), JSON.parse('{"target":"tcdm","type":"set","constructor":{"prototype":{"x":1}}}'),
    ];
    for (const c of cases) expect(refused(c), JSON.stringify(c) ?? String(c)).toEqual(expect.any(String));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/**
 * Fuzzing what a host may send (docs/INTERFACES.md, "Embed message protocol"): whatever arrives,
 * parseIncoming answers (never throws), accepts exactly the documented shapes, turns an accepted
 * message into a command that says the same thing when sent again, and leaves Object.prototype
 * alone. Every property counts the inputs it was given, and the counts are checked, so a run that
 * quietly tried fewer than it says fails.
 */
describe('what a host may send, fuzzed', () => {
  const FIELDS = ['target', 'type', 'date', 'compare', 'country', 'region', 'step', 'theme', 'lang'] as const;
  /** Keys a prototype-pollution attempt uses, and keys an Object has by inheritance. */
  const TRICK_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];
  const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
  const protoSymbols = Object.getOwnPropertySymbols(Object.prototype).length;
  const unpolluted = () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
    expect(Object.getOwnPropertySymbols(Object.prototype)).toHaveLength(protoSymbols);
    const probe = {} as Record<string, unknown>;
    for (const k of ['polluted', 'x', 'target', 'type', 'date', 'country']) expect(probe[k], k).toBeUndefined();
  };

  /** An answer of the right shape: a message, or a refusal with a reason. */
  const wellFormed = (r: ReturnType<typeof parseIncoming>) => {
    if (r.ok) expect(['set', 'play', 'pause']).toContain(r.message.type);
    else expect(r.reason).toMatch(/\S/);
    // A refusal names at most 40 characters of what it was sent (a host may send a megabyte).
    if (!r.ok) expect(r.reason.length).toBeLessThan(200);
  };

  /** The date rule stated on its own: YYYY, YYYY-MM or YYYY-MM-DD, a real day, years 1900–2999. */
  const realDate = (v: unknown): boolean => {
    if (typeof v !== 'string') return false;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
    if (!m) return false;
    const [y, mo = 1, d = 1] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
    if (y < 1900 || y > 2999 || mo < 1 || mo > 12) return false;
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  };
  /** Each field's rule, as the protocol states it (independently of protocol.ts). */
  const VALID: Record<Exclude<(typeof FIELDS)[number], 'target' | 'type'>, (v: unknown) => boolean> = {
    date: realDate,
    compare: (v) => v === null || realDate(v),
    country: (v) => v === null || (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v) && ['SLV', 'AGO'].includes(v.toUpperCase())),
    region: (v) => (REGIONS as readonly unknown[]).includes(v),
    step: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= ctx.steps,
    theme: (v) => v === 'light' || v === 'dark' || v === 'auto',
    lang: (v) => v === 'en' || v === 'es',
  };
  /** Whether the protocol accepts a message: a plain object, target "tcdm", a known type, only its fields, each valid. */
  const accepted = (m: unknown): boolean => {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) return false;
    const proto = Object.getPrototypeOf(m) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    const o = m as Record<string, unknown>;
    const keys = Object.keys(o);
    if (o.target !== 'tcdm') return false;
    if (o.type === 'play' || o.type === 'pause') return keys.every((k) => k === 'target' || k === 'type');
    if (o.type !== 'set') return false;
    if (!keys.every((k) => (FIELDS as readonly string[]).includes(k))) return false;
    const given = keys.filter((k) => k !== 'target' && k !== 'type') as (keyof typeof VALID)[];
    return given.length > 0 && given.every((k) => VALID[k](o[k]));
  };

  /** The command as a host would send it: an accepted message must come back as itself. */
  const toWire = (m: Incoming): Record<string, unknown> => {
    if (m.type !== 'set') return { target: 'tcdm', type: m.type };
    const { day, compare, ...rest } = m;
    return { target: 'tcdm', ...rest, ...(day === undefined ? {} : { date: dayToIso(day) }), ...(compare === undefined ? {} : { compare: compare === null ? null : dayToIso(compare) }) };
  };
  const roundTrips = (m: Incoming) => {
    const again = parseIncoming(toWire(m), ctx);
    expect(again).toEqual({ ok: true, message: m });
    if (m.type === 'set') {
      expect(Object.keys(m).length).toBeGreaterThan(1);
      if (m.day !== undefined) expect(Number.isInteger(m.day)).toBe(true);
      if (typeof m.country === 'string') expect(m.country).toMatch(/^(SLV|AGO)$/);
    }
  };

  const validValue = {
    date: fc.oneof(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.integer({ min: 1900, max: 2999 }).map(String),
      fc.tuple(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    ),
    country: fc.constantFrom('SLV', 'slv', 'AGO', 'aGo', null),
    compare: fc.oneof(fc.constant(null), fc.integer({ min: 1900, max: 2999 }).map(String), fc.constantFrom('2025-03-01', '2025-03')),
    region: fc.constantFrom(...REGIONS),
    step: fc.integer({ min: 1, max: 5 }),
    theme: fc.constantFrom('light', 'dark', 'auto'),
    lang: fc.constantFrom('en', 'es'),
  };
  /** Values that look like a field's but are not: impossible dates, look-alike codes, wrong types, markup, huge. */
  const nearValue = fc.oneof(
    fc.constantFrom(
      '2025-02-29', '2024-02-30', '2025-13', '2025-00-10', '1899-12-31', '3000-01-01', '2025-1-5', '2025-03-15T00:00', ' 2025', '２０２５',
      '+2025', '0002025', 'SLV\u200B', '\u200BSLV', 'S\u200BLV', '\u0410GO', 'AG\u041E', 'SL\u13D9', 'ZZZ', 'USA', 'SLVA', '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>', 'world\u202E', '\u2066africa', 'Africa', 'WORLD', 'EN', 'fr', 'en-GB', 'Light', 'sepia', '', ' ',
      '__proto__', 'constructor', '0', '1', 'tcdm ', 'TCDM', 'set ', 'SET', 'Play',
    ),
    fc.constantFrom(0, -1, 1.5, 6, 2 ** 53, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_VALUE, true, false, undefined, 20250101),
    fc.constantFrom([], {}, [1], ['SLV'], { toString: 'SLV' }, new Date(0), /SLV/),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.bigInt(),
  );
  /** A message made field by field: mostly the right names, each valid or nearly; sometimes a trick key. */
  const nearMessage = fc
    .record(
      {
        target: fc.oneof({ weight: 20, arbitrary: fc.constant('tcdm') }, { weight: 1, arbitrary: nearValue }),
        type: fc.oneof({ weight: 12, arbitrary: fc.constant('set') }, { weight: 3, arbitrary: fc.constantFrom('play', 'pause') }, { weight: 1, arbitrary: nearValue }),
        date: fc.oneof({ weight: 12, arbitrary: validValue.date }, { weight: 1, arbitrary: nearValue }),
        compare: fc.oneof({ weight: 12, arbitrary: validValue.compare }, { weight: 1, arbitrary: nearValue }),
        country: fc.oneof({ weight: 12, arbitrary: validValue.country }, { weight: 1, arbitrary: nearValue }),
        region: fc.oneof({ weight: 12, arbitrary: validValue.region }, { weight: 1, arbitrary: nearValue }),
        step: fc.oneof({ weight: 12, arbitrary: validValue.step }, { weight: 1, arbitrary: nearValue }),
        theme: fc.oneof({ weight: 12, arbitrary: validValue.theme }, { weight: 1, arbitrary: nearValue }),
        lang: fc.oneof({ weight: 12, arbitrary: validValue.lang }, { weight: 1, arbitrary: nearValue }),
      },
      { requiredKeys: ['target', 'type'] },
    )
    .chain((m) =>
      fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TRICK_KEYS, 'zoom', 'Date', 'target ', ''), nearValue) }).map((extra) => {
        if (!extra) return m as Record<string, unknown>;
        // Own keys, even "__proto__": as JSON.parse (and a structured clone) would make them.
        const out = JSON.parse(JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '{}') as Record<string, unknown>;
        Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
        return out;
      }),
    );

  /** Objects with a pollution key as an own key, written as JSON text as a host (or its attacker) would. */
  const pollutingJson = fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '{"target":"tcdm","type":"play"}', 'null', '1', '"x"', '[]'),
      fc.subarray(['"target":"tcdm"', '"type":"set"', '"type":"play"', '"country":"SLV"', '"date":"2025-03"']),
      fc.boolean(),
    )
    .map(([key, value, fields, nested]) => {
      const inner = `{${[...fields, `"${key}":${value}`].join(',')}}`;
      return nested ? `{"target":"tcdm","type":"set","country":${inner}}` : inner;
    });

  it('answers 20,000 arbitrary values (every kind of value, odd objects, odd keys) without throwing', () => {
    let tried = 0;
    const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...FIELDS, ...TRICK_KEYS));
    const values = fc.constantFrom<unknown>('tcdm', 'set', 'play', 'pause', 'SLV', '2025-03', 'africa', 2, null);
    fc.assert(
      fc.property(
        fc.anything({
          key, values: [values, fc.string({ unit: 'binary' })], maxDepth: 4, maxKeys: 10, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true,
          withSet: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withSparseArray: true, stringUnit: 'binary',
        }),
        (v) => {
          tried++;
          const r = parseIncoming(v, ctx);
          wellFormed(r);
          expect(r.ok).toBe(accepted(v));
          if (r.ok) roundTrips(r.message);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(tried).toBe(20_000);
    unpolluted();
  });

  it('accepts exactly the messages the protocol allows, of 20,000 near-valid ones, and each accepted one round-trips', () => {
    let tried = 0;
    let ok = 0;
    fc.assert(
      fc.property(nearMessage, (m) => {
        tried++;
        const r = parseIncoming(m, ctx);
        wellFormed(r);
        expect(r.ok, JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(accepted(m));
        if (r.ok) {
          ok++;
          roundTrips(r.message);
        }
      }),
      { numRuns: 20_000 },
    );
    expect(tried).toBe(20_000);
    // Both sides of the line were reached: the generator is near enough to be accepted often, and not always.
    expect(ok).toBeGreaterThan(2_000);
    expect(ok).toBeLessThan(18_000);
    unpolluted();
  });

  it('refuses 5,000 objects with __proto__, constructor or prototype as an own key (from JSON.parse), and pollutes nothing', () => {
    let tried = 0;
    fc.assert(
      fc.property(pollutingJson, (json) => {
        tried++;
        const m = JSON.parse(json) as unknown;
        const r = parseIncoming(m, ctx);
        wellFormed(r);
        // A pollution key at the top is an unknown field; one nested in a field makes it the wrong type.
        expect(r.ok, json).toBe(false);
        unpolluted();
      }),
      { numRuns: 5_000 },
    );
    expect(tried).toBe(5_000);
  });

  it('answers huge and deep values at once, naming at most a little of them', () => {
    const mb = 'x'.repeat(1 << 20);
    let deep: unknown = { target: 'tcdm', type: 'play' };
    for (let i = 0; i < 100_000; i++) deep = { target: 'tcdm', type: 'set', country: deep };
    const wide: Record<string, unknown> = { target: 'tcdm', type: 'set' };
    for (let i = 0; i < 100_000; i++) wide[`k${i}`] = i;
    const long = new Array<unknown>(1_000_000).fill({ target: 'tcdm', type: 'play' });
    const huge: unknown[] = [
      mb, { target: mb }, { target: 'tcdm', type: mb }, { target: 'tcdm', type: 'set', date: mb }, { target: 'tcdm', type: 'set', country: mb },
      { target: 'tcdm', type: 'set', date: `2025-03-01${mb}` }, { target: 'tcdm', type: 'set', [mb]: 1 }, { target: 'tcdm', type: 'set', lang: mb },
      deep, wide, long, Object.assign(Object.create(null) as object, { target: 'tcdm', type: 'set', region: mb }),
    ];
    for (const v of huge) {
      const started = performance.now();
      const r = parseIncoming(v, ctx);
      // Each is refused quickly: nothing walks the whole value (a host may send a megabyte, thousands of times).
      expect(performance.now() - started).toBeLessThan(200);
      expect(r.ok).toBe(false);
      wellFormed(r);
    }
    // A null-prototype object is as good as a plain one (a structured clone never makes one, JSON never does).
    expect(parseIncoming(Object.assign(Object.create(null) as object, { target: 'tcdm', type: 'play' }), ctx)).toEqual({ ok: true, message: { type: 'play' } });
    unpolluted();
  });
});

describe('the height the page reports', () => {
  it('is whole pixels, at least one', () => {
    expect(reportedHeight(612.2)).toBe(613);
    expect(reportedHeight(0)).toBe(1);
  });
});
