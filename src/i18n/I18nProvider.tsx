/** Provides the catalogue of the store's language, loading it on demand; tags the page's lang. */
import { useEffect, useState, type ReactNode } from 'react';
import { useApp } from '../store/appStore.ts';
import { en, loadCatalogue, loadedCatalogue } from './langs.ts';
import { I18nContext } from './useT.ts';
import { countryName, isCountryCode } from '../data/countries.ts';
import { readPageCountry } from '../store/countryPage.ts';

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useApp((s) => s.lang);
  const [catalogue, setCatalogue] = useState(() => loadedCatalogue(lang) ?? en);
  useEffect(() => {
    let live = true;
    void loadCatalogue(lang).then((c) => {
      if (live) setCatalogue(c);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = catalogue.lang;
    // A country page keeps its country in the title, in the reader's language (src/store/countryPage.ts).
    const pageCountry = readPageCountry(document, isCountryCode);
    document.title = pageCountry ? catalogue.countryPage.title(countryName(pageCountry, catalogue.locale), catalogue.title) : catalogue.title;
  }, [catalogue]);
  return <I18nContext.Provider value={catalogue}>{children}</I18nContext.Provider>;
}
