import { describe, expect, it } from 'vitest';
import { datesFromHistory, substance, type Snapshot } from './dataHistory.ts';

const snap = (day: string, records: Record<string, unknown>): Snapshot => ({ day, records: new Map(Object.entries(records)) });

describe('substance', () => {
  it('ignores field order, layout and the record’s own dates (at the top level only)', () => {
    expect(substance({ b: 1, a: { y: 2, x: 1 } })).toBe(substance({ a: { x: 1, y: 2 }, b: 1, added: '2026-01-01', updated: '2026-02-01' }));
    expect(substance({ q: [{ updated: 1 }] })).not.toBe(substance({ q: [{}] }));
  });
});

describe('datesFromHistory', () => {
  it('dates a record by the first commit holding it and the last that changed its substance', () => {
    const dates = datesFromHistory([
      snap('2026-11-23', { 'event:a': { id: 'a', s: 1 }, 'event:b': { id: 'b' } }),
      snap('2026-11-23', { 'event:a': { id: 'a', s: 2 }, 'event:b': { id: 'b' } }),
      snap('2026-11-25', { 'event:a': { s: 2, id: 'a' }, 'event:b': { id: 'b', t: 1 }, 'event:c': { id: 'c' } }),
      snap('2026-12-01', { 'event:a': { id: 'a', s: 2 }, 'event:b': { id: 'b', t: 2 }, 'event:c': { id: 'c' } }),
      snap('2026-12-06', { 'event:a': { id: 'a', s: 2 }, 'event:b': { id: 'b', t: 2 }, 'event:c': { id: 'c' } }),
    ]);
    // a changed on the day it was added, then only its field order: never updated.
    expect(dates.get('event:a')).toEqual({ added: '2026-11-23' });
    expect(dates.get('event:b')).toEqual({ added: '2026-11-23', updated: '2026-12-01' });
    expect(dates.get('event:c')).toEqual({ added: '2026-11-25' });
  });

  it('keeps the first added of a record that leaves and comes back, changed', () => {
    const dates = datesFromHistory([
      snap('2026-11-23', { 'source:x': { id: 'x', text: 'one' } }),
      snap('2026-11-24', {}),
      snap('2026-11-25', { 'source:x': { id: 'x', text: 'two' } }),
    ]);
    expect(dates.get('source:x')).toEqual({ added: '2026-11-23', updated: '2026-11-25' });
  });
});
