/**
 * What an event is about: one destination country, or the sending state as a whole. An event
 * whose country is its sender (`data/events/USA.json`: court rulings and policy decisions that
 * apply to every destination) is sender-wide: it is shown on the timeline, in the story panel, in
 * the table view's list of its own and in the downloads, and it never colours a country (the
 * validator gives it no status).
 */
import { isoToDay } from './dates.ts';
import type { CompiledEvent, Dataset } from './types.ts';

export function isSenderWide(e: Pick<CompiledEvent, 'country' | 'sender'>): boolean {
  return e.country === e.sender;
}

/** The destination countries with at least one event (a status or context). */
export function destinationCountries(events: readonly Pick<CompiledEvent, 'country' | 'sender'>[]): Set<string> {
  return new Set(events.filter((e) => !isSenderWide(e)).map((e) => e.country));
}

/** How far the sources reach: the latest day any event takes effect or any source was published or updated. */
export function sourcesReach(d: Pick<Dataset, 'events' | 'sources'>): number {
  let last = 0;
  for (const e of d.events) last = Math.max(last, e.day);
  for (const s of d.sources) {
    for (const iso of [s.published, s.pageUpdated]) {
      const day = iso === undefined ? null : isoToDay(iso);
      if (day !== null) last = Math.max(last, day);
    }
  }
  return last;
}
