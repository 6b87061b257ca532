/**
 * The data's changes (data/README.md, "Dated changes"): each event with the day it entered the
 * data or last changed, newest first. What About's "Recent changes" lists (RecentChanges.tsx) and
 * what the build's Atom feed is made of (scripts/vite/feed.ts): one order, one title, one link
 * for both. Pure.
 */
import { countryName } from '../data/countries.ts';
import { dayToIso, formatPartialDate } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import type { UrlState } from '../store/urlState.ts';

/** One change: an event, whether it was added or changed, and on which day (YYYY-MM-DD). */
export interface Change {
  event: CompiledEvent;
  kind: 'added' | 'updated';
  /** The event's `updated`, else its `added`. */
  on: string;
}

/** The build's Atom feed of every change (scripts/vite/feed.ts), beside index.html. */
export const FEED_FILE = 'feed.xml';

/** How many changes About lists. */
const RECENT_CHANGES = 10;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every event as a change, newest first: by the day of the change, then (the same day) the later
 * event first, then by id. The order depends on the data alone, never on the order of its files.
 */
export function changes(events: readonly CompiledEvent[]): Change[] {
  return events
    .map((event): Change => (event.updated !== undefined ? { event, kind: 'updated', on: event.updated } : { event, kind: 'added', on: event.added }))
    .sort((a, b) => byString(b.on, a.on) || b.event.day - a.event.day || byString(a.event.id, b.event.id));
}

/** The `n` most recent changes. */
export function recentChanges(events: readonly CompiledEvent[], n = RECENT_CHANGES): Change[] {
  return changes(events).slice(0, n);
}

/** The country a link to the event selects: none for an event of every destination (a US-wide ruling). */
function linkCountry(e: Pick<CompiledEvent, 'country' | 'sender'>): string | null {
  return isSenderWide(e) ? null : e.country;
}

/**
 * The query that opens the map at the event's country and first day, as the URL codec writes it
 * (src/store/urlState.ts: `date`, then `country`): "?date=2025-03-15&country=SLV". For the build,
 * which cannot load the codec (its catalogues are found by Vite's import.meta.glob); the unit test
 * holds the two to the same string.
 */
export function mapQuery(e: Pick<CompiledEvent, 'country' | 'sender' | 'day'>): string {
  const country = linkCountry(e);
  return `?date=${dayToIso(e.day)}${country ? `&country=${country}` : ''}`;
}

/**
 * The state a link to the event opens: the reader's own (language, theme, story) with the map at
 * the event's first day and country, outside any story step. The date is always written, even the
 * latest day: the link names a day, not "the latest".
 */
export function changeTarget(current: UrlState, e: Pick<CompiledEvent, 'country' | 'sender' | 'day'>): UrlState {
  return { ...current, view: 'map', date: e.day, country: linkCountry(e), step: null };
}

/**
 * A change's title, in a catalogue's language: where, what status (or context), and the event's
 * date at its source's precision, "El Salvador: Receiving deportees (15 March 2025)".
 */
export function changeTitle(e: Pick<CompiledEvent, 'country' | 'sender' | 'status' | 'date' | 'dateBasis'>, t: Catalogue): string {
  const place = isSenderWide(e) ? t.senderWide.tag : countryName(e.country, t.locale);
  const status = e.status ? t.status.labels[e.status] : t.context;
  const date = `${e.dateBasis === 'reported' ? `${t.by} ` : ''}${formatPartialDate(e.date, t.locale)}`;
  return t.changes.title(place, status, date);
}
