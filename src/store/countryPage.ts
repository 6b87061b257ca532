/**
 * Country pages (docs/INTERFACES.md, "Files the site serves"): the build writes
 * `country/<iso3 in lower case>/index.html` for every country with a status at the latest date the
 * sources reach, each with its own title, description and link preview
 * (scripts/vite/countryPages.ts). The page is the embed page's app, unchanged: its head has
 * `<base href="../../">` (so every relative address the page and the app use is the site's own,
 * as on index.html) and `<meta name="tcdm-country" content="SLV">`, which is the default of the
 * `country` URL parameter on that page. So `country/slv/` opens as `?country=SLV` does, the
 * address bar keeps no `country=` while El Salvador is selected, and `country=` (empty) says the
 * reader cleared it.
 *
 * Pure, but for the two readers of the document at the end.
 */
import type { StatusIndex } from '../data/statusIndex.ts';
import type { ParseResult } from './urlState.ts';

/** The <meta> whose content names the page's country (ISO 3166-1 alpha-3, upper case). */
export const COUNTRY_META = 'tcdm-country';

/** The folder of a country's page, relative to the site's root: `country/slv/`. */
export const countryPagePath = (iso: string): string => `country/${iso.toLowerCase()}/`;

/** The countries that get a page: those with a status at the latest day the sources reach, sorted. */
export function countryPageIsos(index: Pick<StatusIndex, 'allAt'>, horizon: number): string[] {
  return [...index.allAt(horizon).keys()].sort();
}

/**
 * The URL's state on a page whose country is `pageCountry`: the page's country where the query
 * names none (given, as `?country=` would be, so a story step's own country yields to it).
 */
export function withPageCountry(parsed: ParseResult, pageCountry: string | null): ParseResult {
  if (pageCountry === null || parsed.given.has('country')) return parsed;
  return { ...parsed, state: { ...parsed.state, country: pageCountry }, given: new Set([...parsed.given, 'country']) };
}

export interface LinkInput {
  /** The address of the site's root folder (where index.html is), absolute, ending in '/'. */
  siteRoot: string;
  /** The page's own address without its query (what the link was before country pages). */
  page: string;
  /** The query of what is shown, serialised against the plain defaults ('' or '?…'). */
  query: string;
  /** The country selected, or null. */
  country: string | null;
  /** Whether the build has a page for `country` (never in dev, which has no country pages). */
  hasPage: boolean;
  /** The country of the page the reader is on, or null. */
  pageCountry: string | null;
}

/**
 * The link to what is shown: with a country that has a page selected, that page (`…/country/slv/`,
 * with the rest of the query: the date when it is not the latest, the view, …); otherwise the page
 * itself with the query, or, from a country page, the site's root.
 */
export function shareLink(o: LinkInput): string {
  const q = new URLSearchParams(o.query);
  if (o.country !== null && o.hasPage) {
    if (q.get('country') === o.country) q.delete('country');
    const rest = q.toString();
    return `${o.siteRoot}${countryPagePath(o.country)}${rest ? `?${rest}` : ''}`;
  }
  return `${o.pageCountry === null ? o.page : o.siteRoot}${o.query}`;
}

/** The page's country, from its <meta> (null on any other page, or a value that is no country). */
export function readPageCountry(doc: Pick<Document, 'querySelector'>, isCountry: (a3: string) => boolean): string | null {
  const v = doc.querySelector(`meta[name="${COUNTRY_META}"]`)?.getAttribute('content')?.trim().toUpperCase() ?? '';
  if (v === '') return null;
  if (/^[A-Z]{3}$/.test(v) && isCountry(v)) return v;
  console.warn(`<meta name="${COUNTRY_META}"> ignored: "${v.slice(0, 40)}" is not a country's ISO 3166-1 alpha-3 code`);
  return null;
}

/** The site's root folder as an absolute address: the page's folder, or its <base> on a country page. */
export function siteRoot(doc: Pick<Document, 'baseURI'>): string {
  return new URL('./', doc.baseURI).href;
}
