/**
 * The scrub sequence: a seeded walk over the days across the whole timeline on which the map
 * changes, so that every step recolours some country, ending back at the load day. Pure.
 */
import { StatusIndex } from '../src/data/statusIndex.ts';
import type { Dataset } from '../src/data/types.ts';

/**
 * `n` scrub days (the last is the load day) over the countries on the basemap (`basemapIsos`), and
 * the load day (the timeline's last).
 */
export function scrubDays(dataset: Dataset, basemapIsos: ReadonlySet<string>, n: number): { days: number[]; loadDay: number } {
  const index = new StatusIndex(dataset.events);
  const key = (d: number) =>
    [...index.allAt(d)]
      .filter(([iso]) => basemapIsos.has(iso))
      .map(([iso, s]) => `${iso}:${s.status}`)
      .sort()
      .join(',');
  // Days on which some country on the map changes colour (and the first day).
  const changes: number[] = [];
  let prev = '';
  for (const d of index.eventDays) {
    const k = key(d);
    if (k !== prev) changes.push(d);
    prev = k;
  }
  // A seeded walk over them: each step jumps to another change day whose map differs.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const keys = new Map(changes.map((d) => [d, key(d)]));
  const days: number[] = [];
  let at = index.lastDay;
  // The last step returns to the load day, so the heap and DOM after the steps compare with after load.
  while (days.length < n - 1 || key(index.lastDay) === key(at)) {
    const d = changes[Math.floor(rand() * changes.length)] as number;
    if (keys.get(d) === key(at)) continue;
    days.push(d);
    at = d;
  }
  days.push(index.lastDay);
  return { days, loadDay: index.lastDay };
}

/** A day number (days since 1970-01-01) as YYYY-MM-DD. */
export const isoDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
