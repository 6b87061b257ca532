/** Language and theme: two labelled selects in the header. */
import { LANGS, loadedCatalogue } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import type { Theme } from '../store/urlState.ts';
import { capitalise, displayName } from '../i18n/displayNames.ts';

const THEMES: Theme[] = ['auto', 'light', 'dark'];

/** A language's own name ("Español"), from its catalogue if loaded, else from Intl. */
function ownName(lang: string): string {
  const name = loadedCatalogue(lang)?.langName ?? displayName(lang, 'language', lang) ?? lang;
  return capitalise(name, lang);
}

export function Settings() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const setLang = useApp((s) => s.setLang);
  const setTheme = useApp((s) => s.setTheme);
  const themeLabel: Record<Theme, string> = { auto: t.settings.themeAuto, light: t.settings.themeLight, dark: t.settings.themeDark };
  return (
    <div className="settings">
      <label className="setting">
        <GlobeIcon />
        <span className="visually-hidden">{t.settings.language}</span>
        <select value={lang} onChange={(e) => setLang(e.currentTarget.value)} data-testid="lang-select">
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>{ownName(l)}</option>
          ))}
        </select>
      </label>
      <label className="setting">
        <ContrastIcon />
        <span className="visually-hidden">{t.settings.theme}</span>
        <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)} data-testid="theme-select">
          {THEMES.map((th) => (
            <option key={th} value={th}>{themeLabel[th]}</option>
          ))}
        </select>
      </label>
    </div>
  );
}

function GlobeIcon() {
  return (
    <svg className="setting-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.3">
        <circle cx="8" cy="8" r="6.3" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.3" />
        <path d="M1.9 6h12.2M1.9 10h12.2" />
      </g>
    </svg>
  );
}

function ContrastIcon() {
  return (
    <svg className="setting-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M8 1.7a6.3 6.3 0 0 1 0 12.6z" fill="currentColor" />
    </svg>
  );
}
