/**
 * Dates in the data keep the precision their source gives: "2025-03-15", "2025-03" or "2025".
 * Internally a date is a day number (days since 1970-01-01, UTC), so comparisons are integer
 * compares on the hot path and there is no time zone anywhere.
 */

type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses an ISO date at day, month or year precision; null if malformed or impossible. */
export function parsePartialDate(s: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The first day a partial date covers: an event dated "2025-03" takes effect on 2025-03-01. */
function startDay(d: PartialDate): number {
  return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day a partial date covers: "2025-03" ends on 2025-03-31, "2025" on 2025-12-31. */
function endDay(d: PartialDate): number {
  if (d.precision === 'day') return startDay(d);
  if (d.precision === 'month') return dayNumber(d.year, d.month as number, daysInMonth(d.year, d.month as number));
  return dayNumber(d.year, 12, 31);
}

/** endDay of an ISO string, or null when it is not a valid partial date. */
export function isoToEndDay(s: string): number | null {
  const d = parsePartialDate(s);
  return d ? endDay(d) : null;
}

/** startDay of an ISO string, or null when it is not a valid partial date. */
export function isoToDay(s: string): number | null {
  const d = parsePartialDate(s);
  return d ? startDay(d) : null;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar year a day falls in. */
export function yearOfDay(day: number): number {
  return dayToUtcDate(day).getUTCFullYear();
}

/** The day of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return dayNumber(year, 1, 1);
}

function dayToUtcDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Adds whole calendar months, clamping the day to the target month's length. */
export function addMonths(day: number, months: number): number {
  const d = dayToUtcDate(day);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayNumber(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

const fullFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = fullFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' ? { month: 'long' as const } : {}),
      ...(precision === 'day' ? { day: 'numeric' as const } : {}),
    });
    fullFormatters.set(key, f);
  }
  return f;
}

/** "5 May 2025", "May 2025" or "2025", depending on the precision. */
export function formatPartialDate(iso: string, locale = 'en-GB'): string {
  const d = parsePartialDate(iso);
  if (!d) return iso;
  return formatter(locale, d.precision).format(dayToUtcDate(startDay(d)));
}

export function formatDay(day: number, locale = 'en-GB'): string {
  return formatter(locale, 'day').format(dayToUtcDate(day));
}
