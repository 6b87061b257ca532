import { formatPartialDate } from '../data/dates.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';

/** "since 5 May 2025", or "by 26 January 2025" when the date is only that of the report. */
export function sinceText(e: CompiledEvent, t: Catalogue): string {
  return `${e.dateBasis === 'reported' ? t.by : t.since} ${formatPartialDate(e.date, t.locale)}`;
}
