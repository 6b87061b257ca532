/**
 * A country's history at a glance (the status strip, StatusStrip.tsx): its statuses over a stretch
 * of days as runs, and the runs as text in the reader's language. Pure.
 */
import { dayNumber, formatDay, formatPartialDate } from '../data/dates.ts';
import type { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, Status } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';

/** Where the strip starts: 1 January 2019, before the first event of the data. */
export const STRIP_START = dayNumber(2019, 1, 1);

/** One run of a status (or of none): the days from `from` up to but not including `to`. */
export interface StatusSpan {
  from: number;
  to: number;
  status: Status | null;
  /** The event that began the run (it may be dated before `from`); null for a run of no status. */
  event: CompiledEvent | null;
}

/**
 * The runs of a country's statuses over the days `fromDay` to `toDay` (both included), in order:
 * they follow on from one another, the first from `fromDay` and the last to `toDay + 1`, so each
 * day is in exactly one and a run's length is its number of days. A new event with the status in
 * force does not begin a new run; of events on the same day the later one counts (as in
 * StatusIndex). Empty when `toDay` is before `fromDay`.
 */
export function statusSpans(
  index: Pick<StatusIndex, 'statusAt' | 'statusStartEvent' | 'statusEvents'>, iso: string, fromDay: number, toDay: number,
): StatusSpan[] {
  if (toDay < fromDay) return [];
  const end = toDay + 1;
  const first = index.statusAt(iso, fromDay);
  const spans: StatusSpan[] = [{ from: fromDay, to: end, status: first?.status ?? null, event: first ? index.statusStartEvent(iso, fromDay) : null }];
  for (const e of index.statusEvents(iso)) {
    if (e.day <= fromDay || e.day > toDay) continue;
    const last = spans[spans.length - 1] as StatusSpan;
    if (e.status === last.status) continue;
    if (e.day === last.from) {
      // A later event of the same day: it, not the one before it, sets the day's status.
      const before = spans[spans.length - 2];
      if (before && before.status === e.status) {
        spans.pop();
        before.to = end;
      } else Object.assign(last, { status: e.status, event: e });
      continue;
    }
    last.to = e.day;
    spans.push({ from: e.day, to: end, status: e.status, event: e });
  }
  return spans;
}

/**
 * The strip's text: "Approached from 5 May 2025; agreement from 14 May 2025", each run dated by the
 * event that began it at its source's precision ("by" when that date is only the report's); for a
 * country with no status, that there was none up to the last day.
 */
export function spansText(spans: readonly StatusSpan[], t: Catalogue): string {
  const runs = spans.filter((s): s is StatusSpan & { status: Status; event: CompiledEvent } => s.status !== null && s.event !== null);
  if (runs.length === 0) return t.strip.none(formatDay((spans[spans.length - 1]?.to ?? 1) - 1, t.locale));
  return runs
    .map((s, i) => t.strip.span(t.status.labels[s.status], formatPartialDate(s.event.date, t.locale), s.event.dateBasis === 'reported', i === 0))
    .join('; ');
}

/** Where a day falls along the strip of `fromDay` to `toDay`, as a percentage of its width (its middle; clamped to the strip). */
export function stripPercent(day: number, fromDay: number, toDay: number): number {
  const days = toDay + 1 - fromDay;
  if (days <= 0) return 0;
  return Math.min(100, Math.max(0, ((day - fromDay + 0.5) / days) * 100));
}

/** Where a run lies along the strip of `fromDay` to `toDay`: its left edge and width, as percentages of the strip's width. */
export function spanPercent(span: Pick<StatusSpan, 'from' | 'to'>, fromDay: number, toDay: number): { left: number; width: number } {
  const days = toDay + 1 - fromDay;
  if (days <= 0) return { left: 0, width: 0 };
  return { left: ((span.from - fromDay) / days) * 100, width: ((span.to - span.from) / days) * 100 };
}
