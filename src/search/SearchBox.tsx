/**
 * The country search: a WAI-ARIA 1.2 combobox (an input with a listbox popup, list autocomplete
 * with the first option automatically active). Type a name in any shipped language, or an ISO
 * alpha-3 code; ↓/↑ move, Enter picks, Escape closes then clears, Tab leaves. With nothing typed,
 * ↓ lists the countries that have events, so a keyboard reader can pick one without a name.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import rows from '../data/countries.json';
import { countryName } from '../data/countries.ts';
import { displayName } from '../i18n/displayNames.ts';
import { LANGS } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import { useModel } from '../model/model.ts';
import { useApp } from '../store/appStore.ts';
import type { SearchHit, SearchIndex } from './searchLogic.ts';
import './search.css';
import { destinationCountries } from '../data/scope.ts';

/** At most this many matches are listed: keep typing to narrow. */
const LIMIT = 8;
/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 600;

const nameOf = (a2: string, locale: string) => displayName(a2, 'region', locale);

/** The matching (src/search/searchLogic.ts) loads when the box is first focused (docs/ARCHITECTURE.md, "Code on start"). */
type Logic = typeof import('./searchLogic.ts');
let loading: Promise<Logic> | null = null;
const loadLogic = (): Promise<Logic> => (loading ??= import('./searchLogic.ts').catch((e: unknown) => ((loading = null), Promise.reject(e))));
const NOTHING: SearchHit[] = [];

/** `id` names the box, for a button elsewhere that shows it (the phone's header: aria-controls). */
export function SearchBox({ id: boxId }: { id?: string } = {}) {
  const t = useT();
  const country = useApp((s) => s.country);
  const setCountry = useApp((s) => s.setCountry);
  const { dataset } = useModel();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const input = useRef<HTMLInputElement>(null);

  // Built when the box is first focused, not before the map: every country's name in every
  // language is some 10 ms of Intl work the first paint need not wait for. The reader's own locale
  // first, so its names are the ones shown; then every shipped language.
  // Its code too loads then; until it has, nothing is listed (the list stays closed).
  const [logic, setLogic] = useState<Logic | null>(null);
  const want = () => {
    if (!logic) loadLogic().then(setLogic, (e: unknown) => console.warn('search unavailable:', e));
  };
  const indexWith = (l: Logic): SearchIndex => {
    const withEvents = destinationCountries(dataset.events);
    const sources = [{ lang: t.lang, locale: t.locale }, ...LANGS.map((lang) => ({ lang, locale: lang }))];
    return l.buildIndex(rows, sources, nameOf, withEvents);
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- indexWith reads exactly these
  const index = useMemo((): SearchIndex | null => (logic ? indexWith(logic) : null), [logic, dataset, t.lang, t.locale]);
  const search = (query: string): SearchHit[] => (logic && index ? logic.search(index, query, t.lang) : NOTHING);
  const browse = (): SearchHit[] => (logic && index ? logic.browse(index, t.lang) : NOTHING);

  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** Whether the list shows every country with events (opened with ↓ and nothing typed). */
  const [browsing, setBrowsing] = useState(false);
  const [active, setActive] = useState(-1);
  /** The country this box picked, while its name is what the box shows. */
  const [picked, setPicked] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const matches = useMemo(
    () => (logic && index ? (browsing ? logic.browse(index, t.lang) : logic.search(index, query, t.lang)) : NOTHING),
    [logic, browsing, index, query, t.lang],
  );
  const shown = browsing ? matches : matches.slice(0, LIMIT);
  const expanded = open && index !== null && (shown.length > 0 || query.trim() !== '');

  // What was typed (or ↓ pressed) before the matching had loaded: its first match is ready for Enter once it has.
  const [ready, setReady] = useState(false);
  if (index !== null && !ready) {
    setReady(true);
    if (open && active < 0 && matches.length > 0) setActive(0);
  }
  const activeHit = expanded ? shown[active] : undefined;
  const optionId = (h: SearchHit) => `${listId}-${h.a3}`;

  // Adjusted while rendering, not in an effect (react.dev, "You might not need an effect"):
  // another control chose a different country (or none), so the name here no longer holds; or the
  // language changed, so the picked country's name is shown in the new one.
  const [seen, setSeen] = useState({ country, locale: t.locale });
  if (seen.country !== country || seen.locale !== t.locale) {
    setSeen({ country, locale: t.locale });
    if (picked !== null && country !== picked) {
      setPicked(null);
      setQuery('');
    } else if (picked !== null && seen.locale !== t.locale) setQuery(countryName(picked, t.locale));
  }

  // Keep the active option in view when the list scrolls (browsing the whole list).
  const activeId = activeHit ? optionId(activeHit) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // The polite status: how many countries are listed, once typing pauses.
  const message = !expanded ? '' : shown.length === 0 ? t.search.noResults : t.search.found(shown.length, matches.length);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setAnnouncement(message), ANNOUNCE_DELAY);
    return () => window.clearTimeout(timer);
  }, [message]);
  // Only the count of the list as it is now, once it has held still: a closed list says nothing.
  const spoken = message !== '' && announcement === message ? message : '';

  const close = () => {
    setOpen(false);
    setBrowsing(false);
    setActive(-1);
  };

  const choose = (h: SearchHit) => {
    setCountry(h.a3);
    setPicked(h.a3);
    setQuery(countryName(h.a3, t.locale));
    close();
    input.current?.focus();
  };

  const onChange = (value: string) => {
    setQuery(value);
    setPicked(null);
    setBrowsing(false);
    setOpen(true);
    // List autocomplete with automatic selection: the best match is ready for Enter.
    setActive(search(value).length > 0 ? 0 : -1);
  };

  const move = (by: 1 | -1) => {
    const n = shown.length;
    if (n === 0) return;
    setActive((i) => (i < 0 ? (by === 1 ? 0 : n - 1) : (i + by + n) % n));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        const by = e.key === 'ArrowDown' ? 1 : -1;
        if (expanded && !e.altKey) {
          move(by);
          return;
        }
        // Open: the matches for what is typed, or with nothing typed every country with events.
        const typed = query.trim() !== '' && picked === null;
        const list = typed ? search(query).slice(0, LIMIT) : browse();
        setBrowsing(!typed);
        setOpen(true);
        // Alt+↓ only opens; otherwise the chosen country (if the box names one) or an end is active.
        const at = list.findIndex((h) => h.a3 === picked);
        setActive(e.altKey || list.length === 0 ? -1 : at >= 0 ? at : by === 1 ? 0 : list.length - 1);
        return;
      }
      case 'Enter':
        if (activeHit) {
          e.preventDefault();
          choose(activeHit);
        } else if (index === null && query.trim() !== '' && picked === null) {
          // Enter before the matching has loaded: what was typed gets its best match once it has.
          e.preventDefault();
          const typed = query;
          loadLogic().then(
            (l) => {
              const first = l.search(indexWith(l), typed, t.lang)[0];
              if (first && input.current?.value === typed) choose(first);
            },
            (err: unknown) => console.warn('search unavailable:', err),
          );
        }
        return;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          close();
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
          setPicked(null);
        }
        return;
      case 'Tab':
        close();
        return;
      default:
        return;
    }
  };

  return (
    <div className="search" id={boxId} data-testid="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t.search.label}
      </label>
      <span className="search-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={input}
        id={`${id}-input`}
        className="search-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={hintId}
        placeholder={t.search.label}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={want}
        onBlur={close}
      />
      <span id={hintId} className="visually-hidden">
        {t.search.hint}
      </span>
      {/* Pressing in the popup must not take focus from the input: the input stays the combobox. */}
      <div className="search-popup" hidden={!expanded} onMouseDown={(e) => e.preventDefault()}>
        <ul id={listId} role="listbox" aria-label={t.search.label} className={browsing ? 'search-list search-list-all' : 'search-list'}>
          {shown.map((h, i) => (
            <li
              key={h.a3}
              id={optionId(h)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              data-country={h.a3}
              onClick={() => choose(h)}
            >
              <span className="search-name">
                {h.name}
                {h.alt && <span className="search-alt"> ({h.alt})</span>}
              </span>
              {!h.hasEvents && (
                <span className="search-note">
                  <span className="visually-hidden">, </span>
                  {t.search.noEvents}
                </span>
              )}
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="search-empty">{t.search.noResults}</p>}
      </div>
      <span className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </span>
    </div>
  );
}
