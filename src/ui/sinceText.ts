import { formatDay, formatPartialDate } from '../data/dates.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';

/**
 * "since 5 May 2025", or "by 26 January 2025" when the date is only that of the report; at the
 * latest date the sources reach (`asOf`), "…, as of 15 May 2026": what is shown holds as of then.
 */
export function sinceText(e: CompiledEvent, t: Catalogue, asOf: number | null = null): string {
  const since = `${e.dateBasis === 'reported' ? t.by : t.since} ${formatPartialDate(e.date, t.locale)}`;
  return asOf === null ? since : `${since}, ${t.asOf(formatDay(asOf, t.locale))}`;
}
