/** The link the share button copies and the embed dialog offers (src/store/countryPage.ts, shareLink). */
import { isCountryCode } from '../data/countries.ts';
import { urlContext, type Model } from '../model/model.ts';
import type { AppStore } from '../store/appStore.ts';
import { readPageCountry, shareLink, siteRoot } from '../store/countryPage.ts';
import { stateQuery } from '../store/urlSync.ts';

/** Whether the build wrote a page for the country (one with a status at the horizon; none in dev). */
export function hasCountryPage(model: Pick<Model, 'index' | 'horizon'>, country: string | null): country is string {
  return !import.meta.env.DEV && country !== null && model.index.statusAt(country, model.horizon) !== null;
}

/** The link to what is shown now: the selected country's page when it has one (src/store/countryPage.ts). */
export function linkToShown(store: AppStore, model: Model): string {
  const { country } = store.getState();
  return shareLink({
    siteRoot: siteRoot(document),
    page: `${location.origin}${location.pathname}`,
    // The store, not the address bar (which is written a moment later): the link is what is shown now.
    query: stateQuery(store, urlContext(model)),
    country,
    hasPage: hasCountryPage(model, country),
    pageCountry: readPageCountry(document, isCountryCode),
  });
}
