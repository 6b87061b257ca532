/** Language and theme: two labelled selects in the header. */
import { LANGS, loadedCatalogue } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import type { Theme } from '../store/urlState.ts';
import { displayName } from '../i18n/displayNames.ts';

const THEMES: Theme[] = ['auto', 'light', 'dark'];

/** A language's own name ("Español"), from its catalogue if loaded, else from Intl. */
function ownName(lang: string): string {
  const name = loadedCatalogue(lang)?.langName ?? displayName(lang, 'language', lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
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
        <span className="setting-label">{t.settings.language}</span>
        <select value={lang} onChange={(e) => setLang(e.currentTarget.value)} data-testid="lang-select">
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>{ownName(l)}</option>
          ))}
        </select>
      </label>
      <label className="setting">
        <span className="setting-label">{t.settings.theme}</span>
        <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)} data-testid="theme-select">
          {THEMES.map((th) => (
            <option key={th} value={th}>{themeLabel[th]}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
