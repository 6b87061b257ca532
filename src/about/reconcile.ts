/**
 * About's "Other published counts": each count someone else published (data/counts/, compiled into
 * the data set's `counts`) beside the map's own count on the same date, made the same way, and the
 * difference country by country. Pure and tested (reconcile.test.ts); Reconciliation.tsx draws it.
 */
import { countryName } from '../data/countries.ts';
import { countDifferences, mapCountries } from '../data/counts.ts';
import { formatDay, formatPartialDate } from '../data/dates.ts';
import type { Catalogue } from '../i18n/langs.ts';
import type { UrlState } from '../store/urlState.ts';
import type { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledCount, CompiledEvent, CompiledQuote, CountReasonCode, Status } from '../data/types.ts';

/** One country of a count's table. */
export interface CountRow {
  country: string;
  /** They name it for this figure. */
  theirs: boolean;
  /** The map counts it, by the same measure on the same date. */
  map: boolean;
  /** The map's status for it on the count's day (null: none). */
  status: Status | null;
  /** Why it differs (null where it does not, or where they name too few countries to say). */
  reason: CountReasonCode | null;
  /** The reason's note, in the reader's language where the data has it. */
  note: string | null;
  /** The language of `note`. */
  noteLang: string;
  /** The words of a source the note rests on, if any. */
  quotes: CompiledQuote[];
}

export interface CountReconciliation {
  count: CompiledCount;
  /** Who counted, in the reader's language where the data writes it differently. */
  by: string;
  /** The count's own note, in the reader's language where the data has it; and that language. */
  note: string | null;
  lang: string;
  /** How many countries the map counts the same way on the count's day. */
  mapFigure: number;
  /**
   * The countries: those they name, in their order, then those only the map counts, by name. For a
   * count that names none, the map's own countries.
   */
  rows: CountRow[];
}

/** A count beside the map: the map's figure on its day and every country either side counts. */
export function reconcileCount(
  count: CompiledCount, events: readonly CompiledEvent[], index: StatusIndex, lang: string, locale = lang,
): CountReconciliation {
  const map = mapCountries(count, events, index);
  const inMap = new Set(map);
  const { theirsOnly, mapOnly } = countDifferences(count.countries, count.complete === true, map);
  const differ = new Set([...theirsOnly, ...mapOnly]);
  const tr = lang === 'en' ? undefined : count.tr?.[lang];
  const reasons = new Map((count.reasons ?? []).map((r) => [r.country, r]));
  const row = (country: string, theirs: boolean): CountRow => {
    const r = differ.has(country) ? reasons.get(country) : undefined;
    const translated = r ? tr?.reasons?.[country] : undefined;
    return {
      country,
      theirs,
      map: inMap.has(country),
      status: index.statusAt(country, count.day)?.status ?? null,
      reason: r?.reason ?? null,
      note: translated ?? r?.note ?? null,
      noteLang: translated ? lang : 'en',
      quotes: r?.quotes ?? [],
    };
  };
  const named = count.countries ?? [];
  const namedSet = new Set(named);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const others = map.filter((c) => !namedSet.has(c)).sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale)));
  const noteTr = count.note !== undefined ? tr?.note : undefined;
  return {
    count,
    by: tr?.by ?? count.by,
    note: noteTr ?? count.note ?? null,
    lang: noteTr ? lang : 'en',
    mapFigure: map.length,
    rows: [...named.map((c) => row(c, true)), ...others.map((c) => row(c, false))],
  };
}

/** Every published count of the data set, in its order (by the day compared at). */
export function reconcileAll(
  counts: readonly CompiledCount[] | undefined, events: readonly CompiledEvent[], index: StatusIndex, lang: string, locale = lang,
): CountReconciliation[] {
  return (counts ?? []).map((c) => reconcileCount(c, events, index, lang, locale));
}

/**
 * Where a country's link goes: the map on the count's day with the country selected (the app's URL
 * codec, src/store/urlState.ts), keeping the reader's language and theme.
 */
export function mapLinkState(base: UrlState, day: number, country: string): UrlState {
  return { ...base, view: 'map', date: day, country, story: base.story, step: null, present: false, remote: false, session: null };
}

/** When a count holds, as its heading says it: a date ("as of June 2025") or a period. */
export function countWhen(count: Pick<CompiledCount, 'asOf' | 'from' | 'day' | 'measure'>, t: Pick<Catalogue, 'locale' | 'reconcile'>): string {
  if (count.from === undefined) return t.reconcile.asOf(formatPartialDate(count.asOf, t.locale));
  if (count.from === count.asOf) return formatPartialDate(count.asOf, t.locale);
  return t.reconcile.period(formatPartialDate(count.from, t.locale), formatDay(count.day, t.locale));
}
