import { countryName } from '../data/countries.ts';
import { formatPartialDate } from '../data/dates.ts';
import type { CompiledEvent } from '../data/types.ts';
import { useAppStore } from '../store/appStore.ts';
import { StatusChip } from '../app/StatusChip.tsx';
import { useT } from '../i18n/useT.ts';
import { eventPeopleText } from '../app/peopleText.ts';
import { QuoteCard } from './QuoteCard.tsx';

export function EventCard({ event, showCountry }: { event: CompiledEvent; showCountry: boolean }) {
  const t = useT();
  const store = useAppStore();
  const moved = eventPeopleText(event, t);
  return (
    <article className="event" data-event={event.id} data-country={event.country}>
      <header className="event-head">
        <time dateTime={event.date} className="event-date">
          {event.dateBasis === 'reported' ? `${t.by} ` : ''}
          {formatPartialDate(event.date, t.locale)}
        </time>
        {showCountry && (
          <button type="button" className="link-button event-country" onClick={() => store.getState().setCountry(event.country)}>
            {countryName(event.country, t.locale)}
          </button>
        )}
        <StatusChip status={event.status} />
      </header>
      <p className="event-summary">{event.summary}</p>
      {moved && <p className="event-people" data-people={event.people} data-basis={event.peopleBasis ?? 'transfer'}>{moved}</p>}
      {event.dateNote && <p className="event-note">{event.dateNote}</p>}
      {event.conflict && (
        <p className="event-conflict" role="note">
          <strong className="event-conflict-label">{t.conflict}</strong> {event.conflict}
        </p>
      )}
      {event.quotes.map((q, i) => (
        <QuoteCard key={i} quote={q} />
      ))}
    </article>
  );
}
