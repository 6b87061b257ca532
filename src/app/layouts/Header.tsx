/**
 * The page's header. On a wide screen: the title, the search, the view switch, the settings and
 * the actions, all shown. On a phone (styles.css, max-width 820px) it is one bar: the title, a
 * button that shows the search in the bar (and focuses it), and a menu button (a disclosure) whose
 * panel holds the view switch, the settings and the actions. One tree for both: the phone's two
 * buttons are hidden on a wide screen, and there the panel's box gives way to its contents.
 */
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/useT.ts';
import { SearchBox } from '../../search/SearchBox.tsx';
import { useApp, useAppStore } from '../../store/appStore.ts';
import { CloseIcon, EmbedIcon, MenuIcon, PresentIcon, SearchIcon } from '../../ui/icons.tsx';
import { VIEWS, viewTraits, type View } from '../../views/views.ts';
import { Settings } from '../Settings.tsx';
import { ShareButton } from '../ShareButton.tsx';
import { useDisclosure } from '../useDisclosure.ts';

export function Header({ view, onEmbed }: { view: View; onEmbed(): void }) {
  const t = useT();
  const store = useAppStore();
  const setView = useApp((s) => s.setView);
  const menu = useDisclosure();
  const [searching, setSearching] = useState(false);
  const searchToggle = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const searchId = `${ids}-search`;
  const menuId = `${ids}-menu`;
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
    searchToggle.current?.focus();
  };
  // Escape in an empty search (its list closed, nothing typed) puts the bar back.
  const onSearchKey = (e: React.KeyboardEvent) => {
    if (searching && e.key === 'Escape' && !e.defaultPrevented) closeSearch();
  };

  return (
    <header className="app-head" data-search={searching ? 'open' : 'closed'} data-menu={menu.open ? 'open' : 'closed'}>
      <div className="app-title">
        <h1>{t.title}</h1>
        <p className="app-subtitle">{t.subtitle}</p>
      </div>
      {traits.search && (
        <button ref={searchToggle} type="button" className="bar-button search-toggle" aria-expanded={searching} aria-controls={searchId} aria-label={t.menu.search} onClick={toggleSearch}>
          {searching ? <CloseIcon /> : <SearchIcon />}
        </button>
      )}
      <button ref={menu.button} type="button" className="bar-button menu-toggle" aria-expanded={menu.open} aria-controls={menuId} aria-label={t.menu.button} onClick={menu.toggle}>
        {menu.open ? <CloseIcon /> : <MenuIcon />}
      </button>
      <div className="app-controls" onKeyDown={onSearchKey}>
        {traits.search && <SearchBox id={searchId} />}
        <div className="app-menu" id={menuId} ref={menu.panel}>
          <div className="view-switch" role="group" aria-label={t.views.label}>
            {VIEWS.map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => { setView(v); menu.close(); }} data-view={v}>
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
