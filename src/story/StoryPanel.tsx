import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
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
import { afterPaint } from '../ui/afterPaint.ts';
import { cardsToDraw, heldBack, PANEL_PAGE } from './panelPage.ts';

/** The live map's box once its renderer has drawn (src/map/MapView.tsx). */
const MAP_READY = '[data-map-ready="true"]';

/**
 * Whether the panel draws the whole of its page yet: its first render (the static first paint's,
 * which the live page hydrates) draws only the first few events (./panelPage.ts), and the rest come
 * when the reader scrolls near the sentinel that stands after them, when focus enters the panel,
 * once the live map's first frame is on screen and the browser idle (src/ui/afterPaint.ts: never on
 * a frame the map needs), or at once as the page prints (src/print reads every card on `beforeprint`).
 */
function useFullPage(held: boolean, sentinel: RefObject<HTMLElement | null>): [boolean, () => void] {
  const [full, setFull] = useState(false);
  useEffect(() => {
    if (!held || full) return;
    const show = (): void => setFull(true);
    const print = (): void => flushSync(show);
    const printing = matchMedia('print');
    const onPrintMedia = (): void => { if (printing.matches) print(); };
    // (Capture: before the print code's own `beforeprint` listeners read the panel.)
    addEventListener('beforeprint', print, { capture: true });
    printing.addEventListener('change', onPrintMedia);
    let cancelLater: (() => void) | null = null;
    // Once the live map's first frame is on screen and the page idle: never on the frames it needs.
    const whenIdle = (): void => {
      cancelLater = afterPaint(show, 3);
    };
    let watch: MutationObserver | null = null;
    if (document.querySelector(MAP_READY)) whenIdle();
    else {
      watch = new MutationObserver(() => {
        if (!document.querySelector(MAP_READY)) return;
        watch?.disconnect();
        whenIdle();
      });
      watch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
    }
    let near: IntersectionObserver | null = null;
    const el = sentinel.current;
    if (el && typeof IntersectionObserver === 'function') {
      const scroller = el.closest('.story');
      const root = scroller && /auto|scroll/.test(getComputedStyle(scroller).overflowY) ? scroller : null;
      near = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) show(); }, { root, rootMargin: '0px 0px 50% 0px' });
      near.observe(el);
    }
    return () => {
      removeEventListener('beforeprint', print, { capture: true });
      printing.removeEventListener('change', onPrintMedia);
      watch?.disconnect();
      near?.disconnect();
      cancelLater?.();
    };
  }, [held, full, sentinel]);
  return [full, () => setFull(true)];
}

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
  const sentinel = useRef<HTMLDivElement>(null);
  const [full, showFull] = useFullPage(heldBack(shown.length, limit, false), sentinel);
  const drawn = cardsToDraw(shown.length, limit, full);
  const held = heldBack(shown.length, limit, full);

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
    <section ref={section} onFocus={held ? showFull : undefined} id="story-panel" className="story-panel" aria-labelledby="story-title" data-testid="story-panel">
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
      {shown.slice(0, drawn).map((e) => (
        <EventCard key={e.id} event={e} showCountry={country === null} />
      ))}
      {held && <div ref={sentinel} className="story-sentinel" aria-hidden="true" />}
      {!held && shown.length > limit && (
        <button type="button" className="link-button story-more" onClick={() => setLimit((n) => n + PANEL_PAGE)}>
          {t.showEarlier(Math.min(PANEL_PAGE, shown.length - limit), shown.length - limit)}
        </button>
      )}
      {later.length > 0 && <p className="story-later">{t.later(later.length)}</p>}
    </section>
  );
}
