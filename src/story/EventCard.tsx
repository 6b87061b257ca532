import { memo } from 'react';
import { countryName } from '../data/countries.ts';
import { formatPartialDate } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent } from '../data/types.ts';
import { useAppStore } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { StatusChip } from '../ui/StatusChip.tsx';
import { useT } from '../i18n/useT.ts';
import { eventPeopleText } from '../ui/peopleText.ts';
import { QuoteCard } from './QuoteCard.tsx';
import { eventProse, orderQuotes } from './quoteLogic.ts';

/** One event's card. Memoised: a date change re-renders the panel, but a card only when its event or the language changes. */
export const EventCard = memo(function EventCard({ event, showCountry }: { event: CompiledEvent; showCountry: boolean }) {
  const t = useT();
  const store = useAppStore();
  const { sources } = useModel();
  const moved = eventPeopleText(event, t);
  // Our own prose in the reader's language where the data has it, else English, tagged as such.
  const prose = eventProse(event, t.lang);
  const everywhere = isSenderWide(event);
  return (
    <article className={everywhere ? 'event event-every-destination' : 'event'} data-event={event.id} data-country={event.country} data-applies-to={everywhere ? 'every-destination' : 'country'}>
      <header className="event-head">
        <time dateTime={event.date} className="event-date">
          {event.dateBasis === 'reported' ? `${t.by} ` : ''}
          {formatPartialDate(event.date, t.locale)}
        </time>
        {everywhere ? (
          <span className="event-scope">
            <span className="event-scope-mark" aria-hidden="true" />
            {t.senderWide.tag}
          </span>
        ) : (
          <>
            {showCountry && (
              <button type="button" className="link-button event-country" onClick={() => store.getState().setCountry(event.country)}>
                {countryName(event.country, t.locale)}
              </button>
            )}
            <StatusChip status={event.status} />
          </>
        )}
      </header>
      <p className="event-summary" lang={prose.lang}>{prose.summary}</p>
      {moved && <p className="event-people" data-people={event.people} data-basis={event.peopleBasis ?? 'transfer'}>{moved}</p>}
      {prose.dateNote && <p className="event-note" lang={prose.lang}>{prose.dateNote}</p>}
      {prose.conflict && (
        <p className="event-conflict" role="note">
          <strong className="event-conflict-label">{t.conflict}</strong> <span lang={prose.lang}>{prose.conflict}</span>
        </p>
      )}
      {orderQuotes(event.quotes, sources, t.lang).map((q) => (
        <QuoteCard key={`${q.source}:${q.at[0]}`} quote={q} />
      ))}
    </article>
  );
});
