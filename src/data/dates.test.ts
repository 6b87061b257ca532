import { describe, expect, it } from 'vitest';
import { addMonths, dayToIso, formatPartialDate, isoToDay, isoToEndDay, parsePartialDate } from './dates.ts';

describe('dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parsePartialDate('2025-03-15')?.precision).toBe('day');
    expect(parsePartialDate('2025-03')?.precision).toBe('month');
    expect(parsePartialDate('2019')?.precision).toBe('year');
    for (const bad of ['2025-02-29', '2025-00', '2025-1-5', '25-01-01', '2025/01/01', '', '2025-03-15T00:00']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
  });
  it('round-trips day numbers', () => {
    expect(dayToIso(isoToDay('2025-03-31') as number)).toBe('2025-03-31');
    expect(dayToIso(isoToDay('2025-03') as number)).toBe('2025-03-01');
  });
  it('gives the last day a date covers: a month ends on its last day, a year on 31 December', () => {
    expect(dayToIso(isoToEndDay('2025-03-15') as number)).toBe('2025-03-15');
    expect(dayToIso(isoToEndDay('2024-02') as number)).toBe('2024-02-29');
    expect(dayToIso(isoToEndDay('2026-01') as number)).toBe('2026-01-31');
    expect(dayToIso(isoToEndDay('2025') as number)).toBe('2025-12-31');
    expect(isoToEndDay('2025-13')).toBeNull();
  });
  it('adds months, clamping the day', () => {
    expect(dayToIso(addMonths(isoToDay('2025-01-31') as number, 1))).toBe('2025-02-28');
    expect(dayToIso(addMonths(isoToDay('2025-01-15') as number, -1))).toBe('2024-12-15');
  });
  it('formats at the precision given', () => {
    expect(formatPartialDate('2025-05-05')).toBe('5 May 2025');
    expect(formatPartialDate('2025-02')).toBe('February 2025');
    expect(formatPartialDate('2019')).toBe('2019');
  });
});
