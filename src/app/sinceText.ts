import { formatPartialDate } from '../data/dates.ts';
import type { CompiledEvent } from '../data/types.ts';
import { LOCALE, S } from '../i18n/strings.ts';

/** "since 5 May 2025", or "by 26 January 2025" when the date is only that of the report. */
export function sinceText(e: CompiledEvent): string {
  return `${e.dateBasis === 'reported' ? S.by : S.since} ${formatPartialDate(e.date, LOCALE)}`;
}
