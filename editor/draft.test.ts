import { describe, expect, it } from 'vitest';
import {
  addQuote, eventToSend, formatTranslations, kebab, lines, newEvent, newSource, parseTranslations, previewPath, quoteAt, setField, suggestEventId, suggestSourceId, translationFor, withVersions,
} from './draft.ts';

describe('the editor page\'s logic', () => {
  it('takes a quote as exactly the selected characters, white space at the ends left off', () => {
    const text = 'First line.\n\n  “Angola said it does not accept individuals,” he said.  \nLast.';
    const start = text.indexOf('“');
    const end = text.indexOf('  \nLast');
    expect(quoteAt(text, start - 2, end + 2)).toBe('“Angola said it does not accept individuals,” he said.');
    // A selection made backwards (Shift + ←) is the same selection.
    expect(quoteAt(text, end, start)).toBe(quoteAt(text, start, end));
    expect(quoteAt(text, 3, 3)).toBeNull();
    expect(quoteAt(text, 11, 13)).toBeNull();
    const q = quoteAt(text, start, end) as string;
    expect(text.includes(q)).toBe(true);
  });

  it('adds a quote once, naming its source', () => {
    const e = addQuote({ id: 'x', quotes: [] }, 's', 'a');
    expect(e.quotes).toEqual([{ source: 's', text: 'a' }]);
    expect(addQuote(e, 's', 'a')).toBe(e);
    expect(addQuote(e, 't', 'a').quotes).toHaveLength(2);
    expect(addQuote({ id: 'x' }, 's', 'a').quotes).toEqual([{ source: 's', text: 'a' }]);
  });

  it('removes an optional field left empty, keeps a required one', () => {
    expect(setField({ a: 1, via: 'x' }, 'via', '')).toEqual({ a: 1 });
    expect(setField({ a: 1 }, 'via', 'site')).toEqual({ a: 1, via: 'site' });
    expect(setField({ headline: 'x' }, 'headline', '', true)).toEqual({ headline: '' });
    expect(setField({ authors: ['a'] }, 'authors', [], true)).toEqual({ authors: [] });
    expect(setField({ alsoAt: ['a'] }, 'alsoAt', [])).toEqual({});
    expect(setField({ status: 'agreement' }, 'status', null, true)).toEqual({ status: null });
  });

  it('reads lists typed one per line', () => {
    expect(lines(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(parseTranslations('es: elsalvadornow.org\n fr : site : x \nde')).toEqual([{ lang: 'es', by: 'elsalvadornow.org' }, { lang: 'fr', by: 'site : x' }, { lang: 'de', by: '' }]);
    expect(formatTranslations([{ lang: 'es', by: 'x' }])).toBe('es: x');
    expect(parseTranslations(formatTranslations([{ lang: 'es', by: 'x' }, { lang: 'pt', by: 'y' }]))).toEqual([{ lang: 'es', by: 'x' }, { lang: 'pt', by: 'y' }]);
    expect(formatTranslations(undefined)).toBe('');
  });

  it('suggests kebab-case ids', () => {
    expect(kebab('Agence France-Presse — Éswatini!')).toBe('agence-france-presse-eswatini');
    expect(suggestEventId({ country: 'AGO', date: '2025-05-05', status: 'refused' })).toBe('ago-2025-05-05-refused');
    expect(suggestEventId({ country: 'USA', date: '2026-02', status: null })).toBe('usa-2026-02-context');
    expect(suggestSourceId({ publisher: 'Associated Press', published: '2025-06-26', headline: 'US signs agreements with Guatemala and Honduras' })).toBe('associated-press-2025-06-26-us-signs-agreements-with');
  });

  it('sends the prose to translate: the event\'s prose fields, no others', () => {
    expect(translationFor({ summary: 'a', dateNote: 'b' }, { summary: 'x', conflict: 'stale' })).toEqual({ summary: 'x', dateNote: '' });
    expect(translationFor({ summary: 'a' }, {})).toEqual({ summary: '' });
    const d = newEvent(['es']);
    expect(eventToSend({ ...d, record: { ...d.record, conflict: 'c' }, tr: { es: { summary: 's', dateNote: 'gone' } } }).tr).toEqual({ es: { summary: 's', conflict: '' } });
  });

  it('starts new records with the fields every record has', () => {
    expect(newSource()).toMatchObject({ originalId: null, text: '', record: { authors: [], textKind: 'original', language: 'en' } });
    expect(newEvent(['es', 'fr'])).toMatchObject({ originalId: null, record: { sender: 'USA', status: null, quotes: [] }, tr: { es: {}, fr: {} } });
  });

  it('shows the map at the event\'s date with its country, none for a sender-wide event', () => {
    expect(previewPath({ date: '2025-05-05', country: 'AGO', sender: 'USA' })).toBe('/?date=2025-05-05&country=AGO');
    expect(previewPath({ date: '2026', country: 'USA', sender: 'USA' })).toBe('/?date=2026');
    expect(previewPath({ date: '', country: 'AGO' })).toBeNull();
    expect(previewPath({ date: '2025-5-5', country: 'AGO' })).toBeNull();
  });

  it('keeps the version a file was opened at until that record is opened or saved again', () => {
    const opened = { 'events/AGO.json': 'v1' };
    expect(withVersions(opened, { 'events/AGO.json': 'v2', 'meta.json': 'm' }, false)).toEqual({ 'events/AGO.json': 'v1', 'meta.json': 'm' });
    expect(withVersions(opened, { 'events/AGO.json': 'v2' }, true)).toEqual({ 'events/AGO.json': 'v2' });
  });
});
