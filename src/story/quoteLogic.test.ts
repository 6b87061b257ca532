import en from '../i18n/catalogues/en.ts';
import { describe, expect, it } from 'vitest';
import type { CompiledEvent, CompiledQuote, SourceWithText } from '../data/types.ts';
import { eventProse, orderQuotes, panelEvents, provenanceLabel, quoteLink, splitForHighlight, translationLabel } from './quoteLogic.ts';

const src: SourceWithText = {
  id: 's', publisher: 'CBS News', headline: 'h', authors: [], published: '2025-05-05',
  url: 'https://exbulletin.com/world/international/3029992/', via: 'exbulletin.com', language: 'en',
  textKind: 'machine-translation', text: 'x', translations: [{ lang: 'es', by: 'elsalvadornow.org' }], added: '2026-11-23',
};

describe('quoteLink', () => {
  it('adds a text fragment for a short quote, escaping - , &', () => {
    expect(quoteLink(src, 'Mexico, El Salvador - and more & less')).toBe(
      'https://exbulletin.com/world/international/3029992/#:~:text=Mexico%2C%20El%20Salvador%20%2D%20and%20more%20%26%20less',
    );
  });
  it('uses textStart,textEnd for a long quote', () => {
    const q = 'one two three four five six seven eight nine ten eleven twelve';
    expect(quoteLink(src, q)).toBe(`${src.url}#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve`);
  });
  it('keeps typographic quotes as the page has them, and respects linkFragments: false', () => {
    expect(quoteLink(src, '“Angola said”')).toBe(`${src.url}#:~:text=%E2%80%9CAngola%20said%E2%80%9D`);
    expect(quoteLink({ ...src, linkFragments: false }, 'Angola')).toBe(src.url);
  });
});

describe('provenanceLabel', () => {
  it('says who published it, where we read it and what our text is', () => {
    expect(provenanceLabel(src, en)).toBe('CBS News, via exbulletin.com, 5 May 2025 — machine translation');
    expect(provenanceLabel({ ...src, textKind: 'copy', publisher: 'AP', via: 'Yahoo News Canada' }, en)).toBe('AP, via Yahoo News Canada, 5 May 2025');
    expect(provenanceLabel({ ...src, textKind: 'rewrite', via: 'getpoint.club' }, en)).toBe('CBS News, via getpoint.club, 5 May 2025 — rewritten by getpoint.club, not the original wording');
    const { via: _via, ...own } = src;
    expect(provenanceLabel({ ...own, textKind: 'original' }, en)).toBe('CBS News, 5 May 2025');
    expect(provenanceLabel({ ...own, textKind: 'original', publishedInferred: true, publishedNote: 'n' }, en)).toBe('CBS News, 5 May 2025 (date inferred)');
    expect(provenanceLabel({ ...src, textKind: 'excerpt', publisher: 'Associated Press', via: 'LatestLY' }, en)).toBe('Associated Press, via LatestLY, 5 May 2025 — excerpt');
  });
  it('cites a tracker page as one, with its last-updated date', () => {
    const { via: _via, ...own } = src;
    expect(provenanceLabel({ ...own, publisher: 'Third Country Deportation Watch (Human Rights First & Refugees International)', kind: 'tracker', pageUpdated: '2025-12-05', published: '2025-12-05', textKind: 'excerpt' }, en))
      .toBe('Third Country Deportation Watch (Human Rights First & Refugees International), tracker page, last updated 5 December 2025 — excerpt');
  });
  it('labels a translated quote', () => {
    expect(translationLabel(src, { source: 's', text: 't', lang: 'es', at: [0, 1] }, en)).toBe('Spanish translation by elsalvadornow.org');
    expect(translationLabel(src, { source: 's', text: 't', lang: 'en', at: [0, 1] }, en)).toBeNull();
  });
});

describe('panelEvents', () => {
  const e = (id: string, country: string, day: number) => ({ id, country, day }) as CompiledEvent;
  const events = [e('a', 'SLV', 1), e('b', 'AGO', 2), e('c', 'SLV', 3), e('d', 'SLV', 5)];
  it('without a selection: everything up to the day, newest first', () => {
    expect(panelEvents(events, 3, null).shown.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(panelEvents(events, 3, null).later).toEqual([]);
  });
  it("with a country: its events up to the day, and what's still to come", () => {
    const p = panelEvents(events, 3, 'SLV');
    expect(p.shown.map((x) => x.id)).toEqual(['c', 'a']);
    expect(p.later.map((x) => x.id)).toEqual(['d']);
  });
});

describe('splitForHighlight', () => {
  it('splits around the span', () => {
    expect(splitForHighlight('abcdef', [2, 4])).toEqual(['ab', 'cd', 'ef']);
    expect(splitForHighlight('abc', null)).toEqual(['abc', '', '']);
  });
});

describe('eventProse', () => {
  const e = { summary: 'S', dateNote: 'D', tr: { es: { summary: 'Se', dateNote: 'De' } } };
  it("gives the reader's language where the data translates the event, else English, with its tag", () => {
    expect(eventProse(e, 'es')).toEqual({ lang: 'es', summary: 'Se', dateNote: 'De' });
    expect(eventProse(e, 'en')).toEqual({ lang: 'en', summary: 'S', dateNote: 'D' });
    expect(eventProse(e, 'fr')).toEqual({ lang: 'en', summary: 'S', dateNote: 'D' });
  });
  it('never mixes languages: an incomplete translation falls back to English', () => {
    expect(eventProse({ summary: 'S', conflict: 'C', tr: { es: { summary: 'Se' } } }, 'es')).toEqual({ lang: 'en', summary: 'S', conflict: 'C' });
  });
});

describe('orderQuotes', () => {
  const q = (source: string, lang: string, at: number): CompiledQuote => ({ source, text: 't', lang, at: [at, at + 1] });
  const sources = new Map([['b', { language: 'en', translations: [{ lang: 'es', by: 'elsalvadornow.org' }] }], ['x', { language: 'en' }]]);
  it("puts the reader's language first in each passage given in both languages", () => {
    const quotes = [q('b', 'en', 0), q('b', 'es', 100), q('b', 'en', 10), q('b', 'es', 110)];
    expect(orderQuotes(quotes, sources, 'es').map((x) => x.at[0])).toEqual([100, 0, 110, 10]);
    expect(orderQuotes(quotes, sources, 'en').map((x) => x.at[0])).toEqual([0, 100, 10, 110]);
  });
  it('leaves quotes from sources without a translation in their order', () => {
    const quotes = [q('x', 'en', 0), q('x', 'es', 5)];
    expect(orderQuotes(quotes, sources, 'es').map((x) => x.at[0])).toEqual([0, 5]);
  });
});
