/**
 * The page's header. On a wide screen: the title, the search, the view switch, the settings and
 * the actions, all shown. On a phone (styles.css, max-width 820px) it is one bar: the title, a
 * button that shows the search in the bar (and focuses it), and a menu button (a disclosure) whose
 * panel holds the view switch, the settings and the actions. One tree for both: the phone's two
 * buttons are hidden on a wide screen, and there the panel's box gives way to its contents.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/useT.ts';
import { SearchBox } from '../../search/SearchBox.tsx';
import { useApp, useAppStore } from '../../store/appStore.ts';
import { CloseIcon, EmbedIcon, MenuIcon, PresentIcon, SearchIcon } from '../../ui/icons.tsx';
import { VIEWS, viewTraits, type View } from '../../views/views.ts';
import { Settings } from '../Settings.tsx';
import { ShareButton } from '../../ui/ShareButton.tsx';
import { CiteIcon } from '../../cite/CiteIcon.tsx';
import { useDisclosure } from '../useDisclosure.ts';

/** The page has one header: its search and its menu panel by name (for aria-controls). */
const searchId = 'app-search';
const menuId = 'app-menu';

export function Header({ view, onEmbed, onCite }: { view: View; onEmbed(): void; onCite(): void }) {
  const t = useT();
  const store = useAppStore();
  const setView = useApp((s) => s.setView);
  const { open: menuOpen, toggle: toggleMenu, close: closeMenu, buttonRef: menuButtonRef, panelRef: menuRef } = useDisclosure();
  const [searching, setSearching] = useState(false);
  const searchToggleRef = useRef<HTMLButtonElement>(null);
  const traits = viewTraits(view);

  const searchInput = () => document.getElementById(searchId)?.querySelector('input');
  const toggleSearch = () => {
    if (searching) return setSearching(false);
    // Shown and focused in the same tap, so a phone opens its keyboard.
    flushSync(() => setSearching(true));
    searchInput()?.focus();
  };
  const closeSearch = () => {
    setSearching(false);
    searchToggleRef.current?.focus();
  };
  // Escape in an empty search (its list closed, nothing typed) puts the bar back.
  const onSearchKey = (e: React.KeyboardEvent) => {
    if (searching && e.key === 'Escape' && !e.defaultPrevented) closeSearch();
  };

  return (
    <header className="app-head" data-search={searching ? 'open' : 'closed'} data-menu={menuOpen ? 'open' : 'closed'}>
      <div className="app-title">
        <h1>{t.title}</h1>
        <p className="app-subtitle">{t.subtitle}</p>
      </div>
      {traits.search && (
        <button ref={searchToggleRef} type="button" className="bar-button search-toggle" aria-expanded={searching} aria-controls={searchId} aria-label={t.menu.search} onClick={toggleSearch}>
          {searching ? <CloseIcon /> : <SearchIcon />}
        </button>
      )}
      <button ref={menuButtonRef} type="button" className="bar-button menu-toggle" aria-expanded={menuOpen} aria-controls={menuId} aria-label={t.menu.button} onClick={toggleMenu}>
        {menuOpen ? <CloseIcon /> : <MenuIcon />}
      </button>
      <div className="app-controls" onKeyDown={onSearchKey}>
        {traits.search && <SearchBox id={searchId} />}
        <div className="app-menu" id={menuId} ref={menuRef}>
          <div className="view-switch" role="group" aria-label={t.views.label}>
            {VIEWS.map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => { setView(v); closeMenu(); }} data-view={v}>
                {t.views[v]}
              </button>
            ))}
          </div>
          <Settings />
          <div className="app-actions">
            <ShareButton />
            <button type="button" className="present-enter" onClick={onEmbed} title={t.embed.title}>
              <EmbedIcon />
              <span className="action-text">{t.embed.button}</span>
            </button>
            <button type="button" className="present-enter" onClick={onCite} title={t.cite.title} data-testid="cite-button">
              <CiteIcon />
              <span className="action-text">{t.cite.button}</span>
            </button>
            <button type="button" className="present-enter" onClick={() => store.getState().setPresent(true)} aria-keyshortcuts="p" title={t.present.enter}>
              <PresentIcon />
              <span className="action-text">{t.present.enter}</span>
            </button>
          </div>
        </div>
      </div>
    </header>
  );
}
