/**
 * Status at a date. A country's status at day D is that of its latest status-bearing event on
 * or before D (an event dated to a month or year takes effect on the first day of that period;
 * on the same day the event listed later wins). The index answers "every country at D" with
 * one binary search per country, so scrubbing the timeline stays cheap at 100× the data.
 */
import type { CompiledEvent, Status } from './types.ts';

export interface StatusAt {
  status: Status;
  /** The event that set the status. */
  event: CompiledEvent;
}

interface CountryTrack {
  days: Int32Array;
  events: CompiledEvent[];
}

export class StatusIndex {
  private readonly tracks = new Map<string, CountryTrack>();
  /** Every distinct event day, ascending (timeline ticks and previous/next stepping). */
  readonly eventDays: number[];
  readonly firstDay: number;
  readonly lastDay: number;

  /**
   * `events` must be sorted by day (stable, file order within a day), as the validator emits them.
   * `until` extends the timeline past the last event, to where the sources reach (sourcesReach).
   */
  constructor(events: readonly CompiledEvent[], options: { until?: number } = {}) {
    const grouped = new Map<string, CompiledEvent[]>();
    for (const e of events) {
      if (e.status === null) continue;
      let list = grouped.get(e.country);
      if (!list) grouped.set(e.country, (list = []));
      list.push(e);
    }
    for (const [country, list] of grouped) {
      this.tracks.set(country, { days: Int32Array.from(list, (e) => e.day), events: list });
    }
    this.eventDays = [...new Set(events.map((e) => e.day))].sort((a, b) => a - b);
    this.firstDay = this.eventDays[0] ?? 0;
    this.lastDay = Math.max(this.eventDays[this.eventDays.length - 1] ?? 0, options.until ?? 0);
  }

  /** Countries that ever have a status. */
  countries(): IterableIterator<string> {
    return this.tracks.keys();
  }

  /** A country's status-bearing events, by day (file order within a day); empty for a country without any. */
  statusEvents(country: string): readonly CompiledEvent[] {
    return this.tracks.get(country)?.events ?? [];
  }

  statusAt(country: string, day: number): StatusAt | null {
    const t = this.tracks.get(country);
    if (!t) return null;
    const i = lastAtOrBefore(t.days, day);
    if (i < 0) return null;
    const event = t.events[i] as CompiledEvent;
    return { status: event.status as Status, event };
  }

  private lastAll: { day: number; result: ReadonlyMap<string, StatusAt> } | null = null;

  /**
   * Every country that has a status at `day`. The map, the legend and the table all ask for
   * the same day in one update, so the last answer is kept (callers must not mutate it).
   */
  allAt(day: number): ReadonlyMap<string, StatusAt> {
    if (this.lastAll?.day === day) return this.lastAll.result;
    const out = new Map<string, StatusAt>();
    for (const [country, t] of this.tracks) {
      const i = lastAtOrBefore(t.days, day);
      if (i >= 0) {
        const event = t.events[i] as CompiledEvent;
        out.set(country, { status: event.status as Status, event });
      }
    }
    this.lastAll = { day, result: out };
    return out;
  }

  /**
   * The day a country's current status began: the earliest event of the unbroken run of
   * events with the same status ending at the one in force (a second "receiving" event does
   * not restart "since").
   */
  statusStartEvent(country: string, day: number): CompiledEvent | null {
    const t = this.tracks.get(country);
    if (!t) return null;
    let i = lastAtOrBefore(t.days, day);
    if (i < 0) return null;
    const status = (t.events[i] as CompiledEvent).status;
    while (i > 0 && (t.events[i - 1] as CompiledEvent).status === status) i--;
    return t.events[i] as CompiledEvent;
  }

  /** The next event day strictly after `day`, or null. */
  nextEventDay(day: number): number | null {
    const i = lastAtOrBefore(this.eventDays, day) + 1;
    return i < this.eventDays.length ? (this.eventDays[i] as number) : null;
  }

  /** The previous event day strictly before `day`, or null. */
  prevEventDay(day: number): number | null {
    const i = lastAtOrBefore(this.eventDays, day - 1);
    return i >= 0 ? (this.eventDays[i] as number) : null;
  }
}

/** Index of the last element <= x in an ascending array, or -1. */
export function lastAtOrBefore(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function countByStatus(statuses: ReadonlyMap<string, StatusAt>): Record<Status, number> {
  const out: Record<Status, number> = { approached: 0, agreement: 0, receiving: 0, refused: 0, ended: 0 };
  for (const s of statuses.values()) out[s.status]++;
  return out;
}
