import { describe, expect, it } from 'vitest';
import rows from '../data/countries.json';
import { displayName } from '../i18n/displayNames.ts';
import { LANGS } from '../i18n/langs.ts';
import { browse, buildIndex, foldForSearch, search, Tier, type NameSource } from './searchLogic.ts';

const nameOf = (a2: string, locale: string) => displayName(a2, 'region', locale);
/** As the app builds it: the reader's catalogue locale first, then every shipped language. */
const sources = (lang: string, locale: string): NameSource[] => [{ lang, locale }, ...LANGS.map((l) => ({ lang: l, locale: l }))];
const WITH_EVENTS = new Set(['SWZ', 'MEX', 'SLV', 'GTM', 'CRI', 'PAN', 'UGA', 'GNQ', 'IND']);
const enIndex = buildIndex(rows, sources('en', 'en-GB'), nameOf, WITH_EVENTS);
const esIndex = buildIndex(rows, sources('es', 'es'), nameOf, WITH_EVENTS);
const top = (q: string, lang = 'en') => search(lang === 'en' ? enIndex : esIndex, q, lang)[0];

describe('foldForSearch', () => {
  it('drops diacritics and case, and makes spaces and punctuation one space', () => {
    expect(foldForSearch('México')).toBe('mexico');
    expect(foldForSearch('  Perú ')).toBe('peru');
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(foldForSearch("COTE  D'IVOIRE")).toBe('cote d ivoire');
    expect(foldForSearch('Guinea-Bissau')).toBe('guinea bissau');
    expect(foldForSearch('St. Kitts & Nevis')).toBe('st kitts nevis');
    expect(foldForSearch('Åland')).toBe('aland');
    expect(foldForSearch('Curaçao')).toBe('curacao');
    expect(foldForSearch('São Tomé & Príncipe')).toBe('sao tome principe');
    expect(foldForSearch('Føroyar')).toBe('foroyar');
    expect(foldForSearch('...')).toBe('');
  });
});

describe('buildIndex', () => {
  it('holds every country of the table, with a name in every shipped language', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'es']));
    expect(enIndex).toHaveLength(rows.length);
    for (const c of enIndex) for (const lang of LANGS) expect(c.names.some((n) => n.lang === lang), `${c.a3} ${lang}`).toBe(true);
    expect(enIndex.find((c) => c.a3 === 'SWZ')?.hasEvents).toBe(true);
    expect(enIndex.find((c) => c.a3 === 'CAN')?.hasEvents).toBe(false);
  });
});

describe('search', () => {
  it('finds "Esuatini" and "eswatini" alike', () => {
    const a = top('Esuatini');
    const b = top('eswatini');
    expect(a?.a3).toBe('SWZ');
    expect(b?.a3).toBe('SWZ');
    // In English the Spanish name that matched is shown in brackets.
    expect(a).toMatchObject({ name: 'Eswatini', alt: 'Esuatini', tier: Tier.Exact });
    expect(b).toMatchObject({ name: 'Eswatini', alt: null, tier: Tier.Exact });
    for (const q of ['ESWATINI', 'esuatíni', ' Eswat', 'SWZ', 'swz']) expect(top(q)?.a3, q).toBe('SWZ');
  });

  it('in Spanish shows the Spanish name, and the English one in brackets when that matched', () => {
    expect(top('Esuatini', 'es')).toMatchObject({ a3: 'SWZ', name: 'Esuatini', alt: null });
    expect(top('eswatini', 'es')).toMatchObject({ a3: 'SWZ', name: 'Esuatini', alt: 'Eswatini' });
  });

  it('ignores accents both ways: "Mexico" finds México, "peru" finds Perú', () => {
    expect(top('Mexico', 'es')).toMatchObject({ a3: 'MEX', name: 'México', alt: null });
    expect(top('méxico', 'en')).toMatchObject({ a3: 'MEX', name: 'Mexico', alt: null });
    expect(top('peru', 'es')).toMatchObject({ a3: 'PER', name: 'Perú', alt: null });
    expect(top('PERU', 'en')).toMatchObject({ a3: 'PER', name: 'Peru' });
  });

  it('matches the start of any word, punctuation and spacing aside', () => {
    expect(top('salvador')?.a3).toBe('SLV');
    expect(top('ivoire')?.a3).toBe('CIV');
    expect(top("cote d'ivoire")?.a3).toBe('CIV');
    expect(top('cotedivoire')?.a3).toBe('CIV');
    expect(top('guinea bissau')?.a3).toBe('GNB');
    expect(top('saint lucia')?.a3).toBe('LCA');
    expect(top('st kitts and nevis')?.a3).toBe('KNA');
    expect(top('Guinea Ecuatorial', 'en')).toMatchObject({ a3: 'GNQ', name: 'Equatorial Guinea', alt: 'Guinea Ecuatorial' });
  });

  it("prefers the reader's own name when it matches as well (no brackets)", () => {
    // "gu" begins "Guinea Ecuatorial" and a word of "Equatorial Guinea": both prefixes, English wins.
    const gnq = search(enIndex, 'gu', 'en').find((h) => h.a3 === 'GNQ');
    expect(gnq).toMatchObject({ alt: null, tier: Tier.WordPrefix });
    // ...and a whole-name prefix of another country ranks before it.
    const gu = search(enIndex, 'gu', 'en').map((h) => h.a3);
    expect(gu.indexOf('GTM')).toBeLessThan(gu.indexOf('GNQ'));
    // A better match in the other language still wins: exact beats a prefix.
    expect(top('mexico', 'es')).toMatchObject({ name: 'México', alt: null });
  });

  it('ranks exact, then prefixes, then substrings; countries with events first within each', () => {
    const guinea = search(enIndex, 'guinea', 'en');
    expect(guinea[0]?.a3).toBe('GIN'); // exact
    // Equatorial Guinea has events: first of the prefix matches, before Guinea-Bissau.
    expect(guinea[1]?.a3).toBe('GNQ');
    expect(guinea.map((h) => h.a3)).toEqual(expect.arrayContaining(['GNB', 'PNG']));
    const tiers = guinea.map((h) => (h.tier === Tier.Exact ? 0 : h.tier === Tier.Substring ? 2 : 1));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));

    // "ug": Uganda (prefix) before any substring match.
    const ug = search(enIndex, 'ug', 'en');
    expect(ug[0]?.a3).toBe('UGA');
    expect(ug.slice(1).every((h) => h.tier !== Tier.Exact)).toBe(true);

    // Within one tier, with events before without.
    const in_ = search(enIndex, 'in', 'en').filter((h) => h.tier === Tier.Prefix);
    const firstWithout = in_.findIndex((h) => !h.hasEvents);
    expect(in_.slice(firstWithout).every((h) => !h.hasEvents)).toBe(true);
    expect(in_[0]?.a3).toBe('IND');
  });

  it('an ISO alpha-3 code beats a name it begins', () => {
    expect(top('per')?.a3).toBe('PER');
    expect(top('ind')?.a3).toBe('IND');
  });

  it('finds nothing for nothing, or for a name no language gives', () => {
    expect(search(enIndex, '', 'en')).toEqual([]);
    expect(search(enIndex, '  -  ', 'en')).toEqual([]);
    expect(search(enIndex, 'atlantis', 'en')).toEqual([]);
  });

  it('each country appears once', () => {
    const hits = search(enIndex, 'a', 'en');
    expect(new Set(hits.map((h) => h.a3)).size).toBe(hits.length);
  });
});

describe('browse', () => {
  it('lists the countries with events, by name in the reader’s language', () => {
    const en = browse(enIndex, 'en');
    expect(en.map((h) => h.a3).sort()).toEqual([...WITH_EVENTS].sort());
    expect(en.map((h) => h.name)).toEqual([...en.map((h) => h.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(browse(esIndex, 'es').find((h) => h.a3 === 'MEX')?.name).toBe('México');
  });
});
