/**
 * The embed's one line of credit: a link to the full view at the same state, in a new tab (the
 * selected country's page when the build wrote one, docs/INTERFACES.md "Country pages"), and how far
 * the sources reach.
 */
import { urlContext, useModel } from '../model/model.ts';
import { formatDay } from '../data/dates.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { stateQuery } from '../store/urlSync.ts';
import { countryPagePath, siteRoot } from '../store/countryPage.ts';
import { hasCountryPage } from '../ui/shareLink.ts';
import { fullPage } from './snippet.ts';

export function EmbedCredit() {
  const t = useT();
  const store = useAppStore();
  const model = useModel();
  const { horizon } = model;
  // Re-rendered as what is shown changes, so the link always opens the same moment.
  useApp((s) => `${s.day}|${s.compare}|${s.country}|${s.region}|${s.storyStep}|${s.lang}|${s.theme}|${s.view}`);
  const q = new URLSearchParams(stateQuery(store, urlContext(model)));
  for (const k of ['embed', 'panel', 'id']) q.delete(k);
  const { country } = store.getState();
  const onPage = hasCountryPage(model, country);
  if (onPage && q.get('country') === country) q.delete('country');
  const query = q.toString();
  const href = `${onPage ? `${siteRoot(document)}${countryPagePath(country)}` : fullPage(location.pathname)}${query ? `?${query}` : ''}`;
  return (
    <p className="embed-credit" data-testid="embed-credit">
      <a href={href} target="_blank" rel="noopener">
        {t.embed.credit}
        <span className="visually-hidden"> {t.newTab}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
      {' · '}
      {t.horizon(formatDay(horizon, t.locale))}
    </p>
  );
}
