/**
 * Dated changes from the history of data/ (data/README.md, "Dated changes"): when each event and
 * source entered the data (`added`: the day of the first commit that held it) and when its
 * substance last changed (`updated`: the day of the last commit that changed it, when that is
 * after `added`). Pure: scripts/backfillDates.ts reads the commits and writes the dates.
 *
 * What counts as a change is the record's substance, not its form: fields are compared whatever
 * their order or layout, `added`/`updated` themselves are left out, and a source's text counts as
 * part of the source (the caller puts it in the record).
 */

/** One commit's records: its day (YYYY-MM-DD) and each record's content by key ("event:<id>"). */
export interface Snapshot {
  day: string;
  records: ReadonlyMap<string, unknown>;
}

export interface Dated {
  added: string;
  updated?: string;
}

const DATE_FIELDS = new Set(['added', 'updated']);

/** A record's substance as one string: keys sorted at every level, its own date fields left out. */
export function substance(record: unknown): string {
  const norm = (x: unknown, top: boolean): unknown => {
    if (Array.isArray(x)) return x.map((y) => norm(y, false));
    if (typeof x !== 'object' || x === null) return x;
    const out: Record<string, unknown> = {};
    const entries = Object.entries(x as Record<string, unknown>)
      .filter(([k]) => !(top && DATE_FIELDS.has(k)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of entries) out[k] = norm(v, false);
    return out;
  };
  return JSON.stringify(norm(record, true));
}

/**
 * The dates of every record in the snapshots (oldest first). A record that leaves the data and
 * comes back keeps its first `added`; a change is a snapshot whose substance differs from the
 * previous snapshot that held the record.
 */
export function datesFromHistory(snapshots: readonly Snapshot[]): Map<string, Dated> {
  const out = new Map<string, Dated>();
  const last = new Map<string, string>();
  for (const snap of snapshots) {
    for (const [key, record] of snap.records) {
      const s = substance(record);
      const seen = out.get(key);
      if (!seen) out.set(key, { added: snap.day });
      else if (last.get(key) !== s && snap.day > seen.added) out.set(key, { added: seen.added, updated: snap.day });
      last.set(key, s);
    }
  }
  return out;
}
