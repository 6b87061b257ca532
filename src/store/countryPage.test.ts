import { describe, expect, it, vi } from 'vitest';
import { countryPageIsos, countryPagePath, readPageCountry, shareLink, siteRoot, withPageCountry } from './countryPage.ts';
import { DEFAULT_URL_STATE, parseQuery, serialiseQuery } from './urlState.ts';

const ctx = { isCountry: (a3: string) => ['SLV', 'MEX', 'LCA'].includes(a3), domain: [0, 30000] as const };

describe('country pages in the app', () => {
  it('names a page folder by the code in lower case', () => {
    expect(countryPagePath('SLV')).toBe('country/slv/');
  });

  it('gives a page to every country with a status at the horizon, sorted', () => {
    const index = { allAt: (day: number) => new Map(day === 9 ? [['SLV', {}], ['AGO', {}]] : []) } as never;
    expect(countryPageIsos(index, 9)).toEqual(['AGO', 'SLV']);
  });

  it('makes the page’s country the default of country=, as given; an explicit country= (even empty) wins', () => {
    const plain = withPageCountry(parseQuery('?view=table', ctx), 'SLV');
    expect(plain.state.country).toBe('SLV');
    expect(plain.given.has('country')).toBe(true);
    expect(withPageCountry(parseQuery('?country=mex', ctx), 'SLV').state.country).toBe('MEX');
    expect(withPageCountry(parseQuery('?country=', ctx), 'SLV').state.country).toBeNull();
    expect(withPageCountry(parseQuery('', ctx), null).state.country).toBeNull();
  });

  it('writes no country= while the page’s country is selected, country= when none is, and another country as usual', () => {
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, country: 'SLV' }, null, 'SLV')).toBe('');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, country: null }, null, 'SLV')).toBe('?country=');
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, country: 'MEX' }, null, 'SLV')).toBe('?country=MEX');
    // Round trip: what is written reads back to the same state on the same page.
    for (const country of ['SLV', 'MEX', null]) {
      const q = serialiseQuery({ ...DEFAULT_URL_STATE, country }, null, 'SLV');
      expect(withPageCountry(parseQuery(q, ctx), 'SLV').state.country).toBe(country);
    }
    // Elsewhere nothing changes.
    expect(serialiseQuery({ ...DEFAULT_URL_STATE, country: null })).toBe('');
  });

  it('shares a selected country with a page as that page, with the rest of the query', () => {
    const base = { siteRoot: 'https://example.org/map/', page: 'https://example.org/map/', pageCountry: null, hasPage: true };
    expect(shareLink({ ...base, query: '?country=SLV', country: 'SLV' })).toBe('https://example.org/map/country/slv/');
    expect(shareLink({ ...base, query: '?date=2025-05-01&country=SLV&view=table', country: 'SLV' })).toBe('https://example.org/map/country/slv/?date=2025-05-01&view=table');
    // No page for it (dev, or no status at the horizon): the page itself, as before.
    expect(shareLink({ ...base, query: '?country=SLV', country: 'SLV', hasPage: false })).toBe('https://example.org/map/?country=SLV');
    expect(shareLink({ ...base, query: '?view=table', country: null, hasPage: false })).toBe('https://example.org/map/?view=table');
    // From a country page: another country's page, or the site's root with nothing selected.
    const onPage = { ...base, page: 'https://example.org/map/country/slv/', pageCountry: 'SLV' };
    expect(shareLink({ ...onPage, query: '?country=MEX', country: 'MEX' })).toBe('https://example.org/map/country/mex/');
    expect(shareLink({ ...onPage, query: '?view=table', country: null, hasPage: false })).toBe('https://example.org/map/?view=table');
  });

  it('reads the page’s country from its meta, and ignores (with a warning) one that is no country', () => {
    const doc = (content: string | null) => ({ querySelector: () => (content === null ? null : { getAttribute: () => content }) }) as never;
    expect(readPageCountry(doc('slv'), ctx.isCountry)).toBe('SLV');
    expect(readPageCountry(doc(null), ctx.isCountry)).toBeNull();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readPageCountry(doc('ZZZ'), ctx.isCountry)).toBeNull();
    expect(readPageCountry(doc('<script>'), ctx.isCountry)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('finds the site’s root from the document’s base', () => {
    expect(siteRoot({ baseURI: 'https://example.org/map/index.html?x=1' })).toBe('https://example.org/map/');
    // A country page: its <base href="../../"> already resolved by the browser.
    expect(siteRoot({ baseURI: 'https://example.org/map/' })).toBe('https://example.org/map/');
  });
});
