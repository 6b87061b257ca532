/**
 * A published count beside the map's own (data/README.md, "Adding a published count"): which
 * countries the map counts on the same date, the same way, and which differ from the ones they
 * name. Pure; the validator uses it to hold every difference to a reason, About to show them.
 */
import { isSenderWide } from './scope.ts';
import type { StatusIndex } from './statusIndex.ts';
import type { CompiledEvent, CountMeasure, Status } from './types.ts';

/** What the map needs of a count to count the same way. */
export interface CountMeasureSpec {
  measure: CountMeasure;
  /** For measure "status": the statuses that count. */
  statuses?: readonly Status[];
  /** The day compared at: for "status" the date, for "received" the period's last day. */
  day: number;
  /** For "received": the period's first day (none: from the beginning of the data). */
  fromDay?: number;
}

/**
 * The countries the map counts, sorted by code: for "status", those whose status on the day is one
 * of the statuses; for "received", those with a transfer (an event with the status "receiving")
 * dated in the period.
 */
export function mapCountries(spec: CountMeasureSpec, events: readonly CompiledEvent[], index: StatusIndex): string[] {
  const out = new Set<string>();
  if (spec.measure === 'status') {
    const wanted = new Set(spec.statuses ?? []);
    for (const [country, at] of index.allAt(spec.day)) if (wanted.has(at.status)) out.add(country);
  } else {
    const from = spec.fromDay ?? -Infinity;
    for (const e of events) {
      if (e.status === 'receiving' && !isSenderWide(e) && e.day >= from && e.day <= spec.day) out.add(e.country);
    }
  }
  return [...out].sort();
}

export interface CountDifferences {
  /** Named by them, not in the map's count. */
  theirsOnly: string[];
  /** In the map's count, not named by them: only when they name every country of their figure. */
  mapOnly: string[];
}

/**
 * The countries a count and the map disagree on. A count that names only some of its countries
 * (or none) cannot be said to leave a country out, so then only the countries it names can differ.
 */
export function countDifferences(named: readonly string[] | undefined, complete: boolean, map: readonly string[]): CountDifferences {
  const theirs = new Set(named ?? []);
  const ours = new Set(map);
  return {
    theirsOnly: [...theirs].filter((c) => !ours.has(c)),
    mapOnly: complete ? map.filter((c) => !theirs.has(c)) : [],
  };
}
