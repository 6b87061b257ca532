import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent } from '../data/types.ts';
import { markClusters, markTarget, playStart, sliderKeyStep, stepDay } from './timelineLogic.ts';

const ev = (id: string, date: string): CompiledEvent =>
  ({ id, date, country: 'SLV', sender: 'USA', status: 'approached', summary: '', quotes: [], day: isoToDay(date) as number, added: '2026-11-23' });
const index = new StatusIndex([ev('a', '2019-07-26'), ev('b', '2025-01-31'), ev('c', '2025-05-05')]);
const d = (iso: string) => isoToDay(iso) as number;
const iso = (day: number | null) => (day === null ? null : dayToIso(day));

describe('timeline steps', () => {
  it('steps event by event, staying inside the timeline', () => {
    expect(iso(stepDay(d('2025-02-01'), 'prevEvent', index))).toBe('2025-01-31');
    expect(iso(stepDay(d('2025-01-31'), 'prevEvent', index))).toBe('2019-07-26');
    expect(iso(stepDay(d('2019-07-26'), 'prevEvent', index))).toBe('2019-07-26');
    expect(iso(stepDay(d('2025-01-31'), 'nextEvent', index))).toBe('2025-05-05');
    expect(iso(stepDay(d('2025-05-05'), 'nextEvent', index))).toBe('2025-05-05');
  });
  it('steps a month, clamped to the timeline', () => {
    expect(iso(stepDay(d('2025-01-31'), 'nextMonth', index))).toBe('2025-02-28');
    expect(iso(stepDay(d('2025-04-20'), 'nextMonth', index))).toBe('2025-05-05');
    expect(iso(stepDay(d('2019-08-01'), 'prevMonth', index))).toBe('2019-07-26');
  });
  it('jumps to the start and the end', () => {
    expect(iso(stepDay(d('2022-01-01'), 'start', index))).toBe('2019-07-26');
    expect(iso(stepDay(d('2022-01-01'), 'end', index))).toBe('2025-05-05');
  });
  it('restarts play from the first day once it has reached the end', () => {
    expect(iso(playStart(d('2025-05-05'), index))).toBe('2019-07-26');
    expect(iso(playStart(d('2022-01-01'), index))).toBe('2022-01-01');
  });
});

describe('keys', () => {
  it('follow docs/INTERFACES.md on the slider (the page keys: src/app/keyboard.test.ts)', () => {
    expect(sliderKeyStep('ArrowLeft', false)).toBe('prevEvent');
    expect(sliderKeyStep('ArrowRight', true)).toBe('nextMonth');
    expect(sliderKeyStep('PageDown', false)).toBe('prevMonth');
    expect(sliderKeyStep('End', false)).toBe('end');
    expect(sliderKeyStep('a', false)).toBeNull();
  });
});

describe('marks of events for every destination', () => {
  const at = (id: string, date: string) => ({ id, day: d(date) });
  const events = [at('feb25', '2026-02-25'), at('mar11', '2026-03-11'), at('mar16', '2026-03-16'), at('jun23', '2025-06-23')];
  const first = d('2019-07-26');
  const last = d('2026-05-15');
  it('draws events closer than a fortieth of the span as one mark, in date order', () => {
    const marks = markClusters(events, first, last);
    expect(marks.map((m) => m.events.map((e) => e.id))).toEqual([['jun23'], ['feb25', 'mar11', 'mar16']]);
    expect(iso(marks[1]?.day ?? null)).toBe('2026-02-25');
  });
  it('keeps events apart on a short timeline', () => {
    expect(markClusters(events, d('2026-01-01'), d('2026-05-15')).map((m) => m.events.length)).toEqual([1, 1, 1, 1]);
  });
  it('steps through a mark’s events, then back to its first', () => {
    const [, mark] = markClusters(events, first, last);
    if (!mark) throw new Error('no mark');
    expect(iso(markTarget(mark, d('2026-01-01')))).toBe('2026-02-25');
    expect(iso(markTarget(mark, d('2026-02-25')))).toBe('2026-03-11');
    expect(iso(markTarget(mark, d('2026-03-11')))).toBe('2026-03-16');
    expect(iso(markTarget(mark, d('2026-03-16')))).toBe('2026-02-25');
  });
});
