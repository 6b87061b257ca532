/**
 * Compare mode (URL `compare`, docs/INTERFACES.md): what changed between an earlier day A and the
 * page's day B. Pure functions of the status index, so the map, the legend, the table, the story
 * panel and the downloads all show one change set.
 *
 * A country changed when its status at A differs from its status at B, "no status" counting as a
 * status (a country that gets its first status between the two is a change from none). A country
 * whose status changes and changes back by B did not change: it is not in the set (its events are
 * still among the events between the two days).
 */
import type { StatusAt, StatusIndex } from '../data/statusIndex.ts';
import { addMonths } from '../data/dates.ts';
import { STATUSES, type CompiledEvent, type Status } from '../data/types.ts';

export interface CountryChange {
  iso: string;
  /** The status in force at A (null: none yet). */
  from: StatusAt | null;
  /** The status in force at B (a country that had one at A still has one at B: a status never lapses). */
  to: StatusAt;
  /** The events (A, B] that changed its status from the one before, in date order: at least one. */
  steps: CompiledEvent[];
  /** The day it took the status it has at B: the last of `steps`. */
  changedOn: number;
}

export interface ChangeSet {
  /** A, the earlier day, and B, the page's day. */
  from: number;
  to: number;
  /** The countries whose status at B differs from their status at A, by iso. */
  changes: ReadonlyMap<string, CountryChange>;
  /** The countries with a status at B that did not change (the map draws them quiet). */
  unchanged: readonly string[];
  /** How many changed countries have each status at B. */
  byStatus: Record<Status, number>;
}

/** The change set between day `from` (A) and day `to` (B); `from` must be before `to`. */
export function changesBetween(index: StatusIndex, from: number, to: number): ChangeSet {
  const changes = new Map<string, CountryChange>();
  const unchanged: string[] = [];
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const iso of index.countries()) {
    const b = index.statusAt(iso, to);
    if (!b) continue;
    const a = index.statusAt(iso, from);
    if (a?.status === b.status) {
      unchanged.push(iso);
      continue;
    }
    const steps: CompiledEvent[] = [];
    let status: Status | null = a?.status ?? null;
    for (const e of index.statusEvents(iso)) {
      if (e.day <= from || e.day > to) continue;
      if (e.status !== status) steps.push(e);
      status = e.status;
    }
    // The same-day events of one country: only the last one stands (statusAt's rule), so a step
    // overruled on its own day is no step.
    const real = steps.filter((e, i) => steps[i + 1]?.day !== e.day);
    const last = real[real.length - 1] ?? b.event;
    changes.set(iso, { iso, from: a, to: b, steps: real, changedOn: last.day });
    byStatus[b.status]++;
  }
  return { from, to, changes, unchanged, byStatus };
}

/**
 * The events after A up to B (a < day <= b), newest first: all of them, or one country's and
 * those that apply to every destination (as the story panel lists them).
 */
export function eventsBetween(events: readonly CompiledEvent[], from: number, to: number, keep: (e: CompiledEvent) => boolean = () => true): CompiledEvent[] {
  const out: CompiledEvent[] = [];
  for (const e of events) if (e.day > from && e.day <= to && keep(e)) out.push(e);
  return out.reverse();
}

/** A default A for a B: a year before it, or the timeline's first day when that is later; null when B is the first day. */
export function defaultCompareDay(to: number, firstDay: number): number | null {
  if (to <= firstDay) return null;
  return Math.max(firstDay, addMonths(to, -12));
}

const lastSets = new WeakMap<StatusIndex, ChangeSet>();

/**
 * changesBetween, the last answer kept per index: the map, the legend, the table and the story
 * panel ask for the same two days in one update (callers must not mutate it).
 */
export function changeSet(index: StatusIndex, from: number, to: number): ChangeSet {
  const last = lastSets.get(index);
  if (last?.from === from && last.to === to) return last;
  const set = changesBetween(index, from, to);
  lastSets.set(index, set);
  return set;
}

export interface ChangeRow extends CountryChange {
  /** The country's name in the reader's language. */
  name: string;
}

/** The changed countries as the table lists them: by their status at B (the legend's order), then by name. */
export function changeRows(set: ChangeSet, name: (iso: string) => string, locale: string): ChangeRow[] {
  const rank = (s: Status) => STATUSES.indexOf(s);
  const collator = new Intl.Collator(locale);
  return [...set.changes.values()]
    .map((c) => ({ ...c, name: name(c.iso) }))
    .sort((x, y) => rank(x.to.status) - rank(y.to.status) || collator.compare(x.name, y.name));
}
