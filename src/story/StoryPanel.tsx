import { useEffect, useMemo, useRef, useState } from 'react';
import { countryName } from '../data/countries.ts';
import { formatDay } from '../data/dates.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { StatusChip, Swatch } from '../ui/StatusChip.tsx';
import { StatusStrip } from '../ui/StatusStrip.tsx';
import { sinceText } from '../ui/sinceText.ts';
import { useT } from '../i18n/useT.ts';
import { countryPeopleText } from '../ui/peopleText.ts';
import { EventCard } from './EventCard.tsx';
import { panelEvents } from './quoteLogic.ts';
import { eventsBetween } from '../compare/changes.ts';
import { isSenderWide } from '../data/scope.ts';
import { useSettled } from '../ui/useSettled.ts';

/**
 * Events drawn at once; more on request. The panel re-renders as the timeline moves, and every
 * card costs layout: a page keeps a scrub cheap however much the data grows.
 */
const PANEL_PAGE = 20;

export function StoryPanel() {
  const t = useT();
  const { dataset, index, people } = useModel();
  // The panel can be long: it follows the date once the map has painted it (src/ui/useSettled.ts),
  // never on a frame the map needs.
  const day = useSettled(useApp((s) => s.day));
  const country = useApp((s) => s.country);
  const setCountry = useApp((s) => s.setCountry);
  const compare = useApp((s) => s.compare);
  // Compare mode lists the events after the earlier date, up to the date shown (src/compare).
  const { shown, later } = useMemo(
    () => (compare === null
      ? panelEvents(dataset.events, day, country)
      : { shown: eventsBetween(dataset.events, compare, day, (e) => country === null || e.country === country || isSenderWide(e)), later: [] }),
    [dataset, day, country, compare],
  );
  const now = country ? index.statusAt(country, day) : null;
  const section = useRef<HTMLElement>(null);
  const shownCountry = useRef(country);
  const [limit, setLimit] = useState(PANEL_PAGE);

  // A newly selected country's story starts at its top (the panel, or the phone's bottom sheet, scrolls).
  useEffect(() => {
    if (country === shownCountry.current) return;
    shownCountry.current = country;
    setLimit(PANEL_PAGE);
    const scroller = section.current?.closest('.story');
    if (scroller) scroller.scrollTop = 0;
  }, [country]);
  const since = country && now ? index.statusStartEvent(country, day) : null;
  const moved = country ? countryPeopleText(people, country, day, t) : null;

  return (
    <section ref={section} id="story-panel" className="story-panel" aria-labelledby="story-title" data-testid="story-panel">
      <header className="story-head">
        {country ? (
          <>
            <h2 id="story-title">{countryName(country, t.locale)}</h2>
            <p className="story-status">
              {now ? <><StatusChip status={now.status} /> {since ? sinceText(since, t, day === index.lastDay ? day : null) : ''}</> : <><Swatch status={null} /> {t.noStatus}</>}
            </p>
            <StatusStrip iso={country} day={day} />
            {moved && <p className="story-people" data-testid="story-people">{moved}</p>}
            <button type="button" className="link-button" onClick={() => setCountry(null)}>
              ← {t.showAll}
            </button>
          </>
        ) : (
          <h2 id="story-title">{compare === null ? t.panelAll(formatDay(day, t.locale)) : t.compare.panelTitle(formatDay(compare, t.locale), formatDay(day, t.locale))}</h2>
        )}
      </header>
      {shown.length === 0 && <p className="story-empty">{compare !== null ? t.compare.panelNone : country ? t.panelCountryNone : t.panelNone}</p>}
      {shown.slice(0, limit).map((e) => (
        <EventCard key={e.id} event={e} showCountry={country === null} />
      ))}
      {shown.length > limit && (
        <button type="button" className="link-button story-more" onClick={() => setLimit((n) => n + PANEL_PAGE)}>
          {t.showEarlier(Math.min(PANEL_PAGE, shown.length - limit), shown.length - limit)}
        </button>
      )}
      {later.length > 0 && <p className="story-later">{t.later(later.length)}</p>}
    </section>
  );
}
