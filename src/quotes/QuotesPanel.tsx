import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { countryName } from '../data/countries.ts';
import { formatDay } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import { StatusChip } from '../app/StatusChip.tsx';
import { sinceText } from '../app/sinceText.ts';
import { LOCALE, S } from '../i18n/strings.ts';
import { countryPeopleText } from '../app/peopleText.ts';
import { EventCard } from './EventCard.tsx';
import { panelEvents } from './quoteLogic.ts';

export function QuotesPanel() {
  const { dataset, index, people } = useModel();
  // The panel can be long; let the map and slider keep up while it catches up.
  const day = useDeferredValue(useApp((s) => s.day));
  const country = useApp((s) => s.country);
  const setCountry = useApp((s) => s.setCountry);
  const { shown, later } = useMemo(() => panelEvents(dataset.events, day, country), [dataset, day, country]);
  const now = country ? index.statusAt(country, day) : null;
  const section = useRef<HTMLElement>(null);
  const shownCountry = useRef(country);

  // On a phone the panel sits below the map: bring a newly selected country's story into view.
  useEffect(() => {
    if (country === shownCountry.current) return;
    shownCountry.current = country;
    if (country && window.matchMedia('(max-width: 820px)').matches) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      section.current?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    }
  }, [country]);
  const since = country && now ? index.since(country, day) : null;
  const moved = country ? countryPeopleText(people, country, day) : null;

  return (
    <section ref={section} className="panel" aria-labelledby="panel-title" data-testid="quotes-panel">
      <header className="panel-head">
        {country ? (
          <>
            <h2 id="panel-title">{countryName(country)}</h2>
            <p className="panel-status">
              <StatusChip status={now?.status ?? null} /> {since ? sinceText(since) : S.noStatus}
            </p>
            {moved && <p className="panel-people" data-testid="panel-people">{moved}</p>}
            <button type="button" className="link-button" onClick={() => setCountry(null)}>
              ← {S.showAll}
            </button>
          </>
        ) : (
          <h2 id="panel-title">{S.panelAll(formatDay(day, LOCALE))}</h2>
        )}
      </header>
      {shown.length === 0 && <p className="panel-empty">{country ? S.panelCountryNone : S.panelNone}</p>}
      {shown.map((e) => (
        <EventCard key={e.id} event={e} showCountry={country === null} />
      ))}
      {later.length > 0 && <p className="panel-later">{S.later(later.length)}</p>}
    </section>
  );
}
