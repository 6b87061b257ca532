/** What the "About the data" view shows, computed from the data set: pure, tested functions. */
import { formatPartialDate } from '../data/dates.ts';
import { destinationCountries, isSenderWide } from '../data/scope.ts';
import type { CompiledCount, CompiledEvent, Dataset, SourceWithText } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import { provenanceLabel } from '../story/quoteLogic.ts';
import { capitalise } from '../i18n/displayNames.ts';

export interface DatasetCounts {
  /** Destination countries with at least one event (with a status or context only). */
  countries: number;
  /** Events that apply to every destination (US-wide rulings and decisions). */
  senderWide: number;
  events: number;
  sources: number;
  quotes: number;
}

export function datasetCounts(d: Pick<Dataset, 'events' | 'sources'>): DatasetCounts {
  return {
    countries: destinationCountries(d.events).size,
    senderWide: d.events.filter(isSenderWide).length,
    events: d.events.length,
    sources: d.sources.length,
    quotes: d.events.reduce((n, e) => n + e.quotes.length, 0),
  };
}

/** How many events quote each source (an event quoting a source twice counts once). */
export function citingEvents(events: readonly Pick<CompiledEvent, 'quotes'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    for (const id of new Set(e.quotes.map((q) => q.source))) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

/**
 * A source's date as the list prints it: "5 May 2025", "2023 (date inferred)", or for an
 * organisation's tracker page "Tracker page, last updated 5 December 2025".
 */
export function sourceDateText(s: Pick<SourceWithText, 'kind' | 'pageUpdated' | 'published' | 'publishedInferred'>, t: Catalogue): string {
  if (s.kind === 'tracker' && s.pageUpdated) return capitalise(t.provenance.tracker(formatPartialDate(s.pageUpdated, t.locale)), t.locale);
  return `${formatPartialDate(s.published, t.locale)}${s.publishedInferred ? ` ${t.provenance.inferred}` : ''}`;
}

/** How many published counts quote each source (in their figures' quotes or their reasons'). */
export function citingCounts(counts: readonly Pick<CompiledCount, 'quotes' | 'reasons'>[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of counts ?? []) {
    const ids = new Set([...c.quotes, ...(c.reasons ?? []).flatMap((r) => r.quotes ?? [])].map((q) => q.source));
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

export interface SourceRow {
  id: string;
  publisher: string;
  /** The site we read it on, when it is not the original publisher's page. */
  via: string | null;
  /** null when the page we read showed no headline. */
  headline: string | null;
  date: string;
  /** Who published it, where we read it and what our text is (the quotes panel's line). */
  provenance: string;
  note: string | null;
  /** How the publication date was established, when it is not printed plainly. */
  dateNote: string | null;
  url: string;
  alsoAt: string[];
  language: string;
  citedBy: number;
  /** How many published counts quote it. */
  countsCiting: number;
}

/** Every source, by publisher (in the reader's collation), then date, then id. */
export function sourceRows(d: Pick<Dataset, 'events' | 'sources' | 'counts'>, t: Catalogue): SourceRow[] {
  const cited = citingEvents(d.events);
  const counted = citingCounts(d.counts);
  const collator = new Intl.Collator(t.locale, { sensitivity: 'base' });
  return [...d.sources]
    .sort((a, b) => collator.compare(a.publisher, b.publisher) || compareIso(a.published, b.published) || compareIso(a.id, b.id))
    .map((s) => ({
      id: s.id,
      publisher: s.publisher,
      via: s.via ?? null,
      headline: s.headline.trim() === '' ? null : s.headline,
      date: sourceDateText(s, t),
      provenance: provenanceLabel(s, t),
      note: s.note ?? null,
      dateNote: s.publishedNote ?? null,
      url: s.url,
      alsoAt: s.alsoAt ?? [],
      language: s.language,
      citedBy: cited.get(s.id) ?? 0,
      countsCiting: counted.get(s.id) ?? 0,
    }));
}

export interface TextPart {
  text: string;
  code: boolean;
}

/** Splits an interface text at backticks: "edit `data/` now" → plain, code, plain. */
export function codeParts(text: string): TextPart[] {
  return text
    .split('`')
    .map((t, i) => ({ text: t, code: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/** ISO dates at any precision compare as strings ("2025" < "2025-01" < "2025-01-05"). */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
