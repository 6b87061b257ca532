import en from '../i18n/catalogues/en.ts';
import { describe, expect, it } from 'vitest';
import type { CompiledEvent, CompiledQuote, SourceWithText } from '../data/types.ts';
import { citingEvents, codeParts, datasetCounts, sourceDateText, sourceRows } from './aboutLogic.ts';

const src = (id: string, publisher: string, published: string, extra: Partial<SourceWithText> = {}): SourceWithText => ({
  id, publisher, headline: `Headline ${id}`, authors: [], published, url: `https://example.org/${id}`,
  language: 'en', textKind: 'original', text: 'text', added: '2026-11-23', ...extra,
});
const q = (source: string): CompiledQuote => ({ source, text: 't', lang: 'en', at: [0, 1] });
const ev = (id: string, country: string, sources: string[]): CompiledEvent => ({
  id, country, date: '2025-01-01', day: 0, sender: 'USA', status: null, summary: '', quotes: sources.map(q), added: '2026-11-23',
});

const sources = [
  src('reuters-b', 'Reuters', '2025-02-01'),
  src('cbs', 'CBS News', '2025-05-05', { via: 'exbulletin.com', textKind: 'machine-translation', note: 'Machine translation.', alsoAt: ['https://copy.example/x'] }),
  src('reuters-a', 'Reuters', '2019-11-21', { headline: '' }),
  src('watch', 'a tracker', '2025-06-01', { kind: 'tracker', pageUpdated: '2025-12-05', textKind: 'excerpt' }),
  src('ncja', 'NCJA', '2023', { publishedInferred: true, publishedNote: 'From the page.' }),
];
const events = [ev('e1', 'SLV', ['cbs', 'cbs', 'reuters-a']), ev('e2', 'SLV', ['reuters-a']), ev('e3', 'AGO', ['cbs']), ev('e4', 'MEX', [])];

describe('codeParts', () => {
  it('marks the parts between backticks as code', () => {
    expect(codeParts('edit `data/events/<ISO3>.json` or `data/sources/`.')).toEqual([
      { text: 'edit ', code: false }, { text: 'data/events/<ISO3>.json', code: true }, { text: ' or ', code: false },
      { text: 'data/sources/', code: true }, { text: '.', code: false },
    ]);
    expect(codeParts('plain')).toEqual([{ text: 'plain', code: false }]);
    expect(codeParts('`npm run validate` checks')).toEqual([{ text: 'npm run validate', code: true }, { text: ' checks', code: false }]);
  });
});

describe('datasetCounts', () => {
  it('counts destination countries with events, events for every destination, events, sources and quotes', () => {
    expect(datasetCounts({ events, sources })).toEqual({ countries: 3, senderWide: 0, events: 4, sources: 5, quotes: 5 });
    const withUsWide = [...events, ev('e5', 'USA', ['cbs'])];
    expect(datasetCounts({ events: withUsWide, sources })).toEqual({ countries: 3, senderWide: 1, events: 5, sources: 5, quotes: 6 });
    expect(datasetCounts({ events: [], sources: [] })).toEqual({ countries: 0, senderWide: 0, events: 0, sources: 0, quotes: 0 });
  });
});

describe('citingEvents', () => {
  it('counts each citing event once, however often it quotes the source', () => {
    expect(Object.fromEntries(citingEvents(events))).toEqual({ cbs: 2, 'reuters-a': 2 });
  });
});

describe('sourceDateText', () => {
  it('prints the date at its precision, marks an inferred one, and cites a tracker by its update', () => {
    expect(sourceDateText(src('a', 'p', '2025-05-05'), en)).toBe('5 May 2025');
    expect(sourceDateText(src('a', 'p', '2023', { publishedInferred: true }), en)).toBe('2023 (date inferred)');
    expect(sourceDateText(src('a', 'p', '2025-06', { kind: 'tracker', pageUpdated: '2025-12-05' }), en)).toBe('Tracker page, last updated 5 December 2025');
  });
});

describe('sourceRows', () => {
  const rows = sourceRows({ events, sources }, en);
  it('sorts by publisher (ignoring case), then date', () => {
    expect(rows.map((r) => r.id)).toEqual(['watch', 'cbs', 'ncja', 'reuters-a', 'reuters-b']);
  });
  it('carries what the list shows for each source', () => {
    const cbs = rows.find((r) => r.id === 'cbs');
    expect(cbs).toMatchObject({
      publisher: 'CBS News', via: 'exbulletin.com', headline: 'Headline cbs', date: '5 May 2025',
      provenance: 'CBS News, via exbulletin.com, 5 May 2025 — machine translation', note: 'Machine translation.',
      url: 'https://example.org/cbs', alsoAt: ['https://copy.example/x'], citedBy: 2,
    });
    expect(rows.find((r) => r.id === 'reuters-a')).toMatchObject({ headline: null, via: null, note: null, alsoAt: [], citedBy: 2 });
    expect(rows.find((r) => r.id === 'reuters-b')?.citedBy).toBe(0);
    expect(rows.find((r) => r.id === 'ncja')).toMatchObject({ date: '2023 (date inferred)', dateNote: 'From the page.' });
    expect(rows.find((r) => r.id === 'watch')?.provenance).toBe('a tracker, tracker page, last updated 5 December 2025 — excerpt');
  });
});
