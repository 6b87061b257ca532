import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import { parseIncoming, reportedHeight, type ProtocolContext } from './protocol.ts';

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
    expect(ok({ target: 'tcdm', type: 'play' })).toEqual({ type: 'play' });
    expect(ok({ target: 'tcdm', type: 'pause' })).toEqual({ type: 'pause' });
  });
  it('refuses anything else, saying why', () => {
    const cases: unknown[] = [
      null, undefined, 'set', 42, [], new Date(), Object.create({ target: 'tcdm', type: 'play' }),
      { type: 'play' }, { target: 'other', type: 'play' }, { target: 'tcdm' }, { target: 'tcdm', type: 'destroy' },
      { target: 'tcdm', type: 'play', date: '2025' }, { target: 'tcdm', type: 'set' },
      { target: 'tcdm', type: 'set', date: '2025-02-30' }, { target: 'tcdm', type: 'set', date: 20250101 }, { target: 'tcdm', type: 'set', date: '2025-01-01T00:00' },
      { target: 'tcdm', type: 'set', country: 'ZZZ' }, { target: 'tcdm', type: 'set', country: '<img src=x>' }, { target: 'tcdm', type: 'set', country: 1 },
      { target: 'tcdm', type: 'set', region: 'mars' }, { target: 'tcdm', type: 'set', step: 0 }, { target: 'tcdm', type: 'set', step: 6 }, { target: 'tcdm', type: 'set', step: 1.5 },
      { target: 'tcdm', type: 'set', theme: 'sepia' }, { target: 'tcdm', type: 'set', lang: 'fr' }, { target: 'tcdm', type: 'set', zoom: 3 },
      JSON.parse('{"target":"tcdm","type":"set","__proto__":{"polluted":true}}'), JSON.parse('{"target":"tcdm","type":"set","constructor":{"prototype":{"x":1}}}'),
    ];
    for (const c of cases) expect(refused(c), JSON.stringify(c) ?? String(c)).toEqual(expect.any(String));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the height the page reports', () => {
  it('is whole pixels, at least one', () => {
    expect(reportedHeight(612.2)).toBe(613);
    expect(reportedHeight(0)).toBe(1);
  });
});
