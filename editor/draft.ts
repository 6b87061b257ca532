/**
 * The editor page's pure logic (data/README.md, "The editor"): new records, fields set and
 * cleared, lists typed one per line, a quote taken from the selected text, suggested ids, the
 * prose to translate, the preview's address. Tested in editor/draft.test.ts.
 */
import type { EventDraft, Rec, SourceDraft, Versions } from './protocol.ts';

/** The record with `key` set; an empty value removes an optional field (the data has no empty ones). */
export function setField(record: Rec, key: string, value: unknown, required = false): Rec {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && !required);
  if (empty && !required) {
    const { [key]: _gone, ...rest } = record;
    return rest;
  }
  return { ...record, [key]: value };
}

/** A list typed one item per line: lines trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

/** A source's translations typed one per line as `<lang>: <by>` ("es: elsalvadornow.org"). */
export function parseTranslations(text: string): { lang: string; by: string }[] {
  return lines(text).map((l) => {
    const at = l.indexOf(':');
    return at < 0 ? { lang: l, by: '' } : { lang: l.slice(0, at).trim(), by: l.slice(at + 1).trim() };
  });
}

export function formatTranslations(list: unknown): string {
  if (!Array.isArray(list)) return '';
  return list.map((t) => (typeof t === 'object' && t !== null ? `${String((t as Rec).lang ?? '')}: ${String((t as Rec).by ?? '')}` : '')).join('\n');
}

/**
 * The quote a selection of the source's text makes: the selected characters exactly, with the
 * white space at its ends left off; null when nothing but white space is selected.
 */
export function quoteAt(text: string, start: number, end: number): string | null {
  const q = text.slice(Math.min(start, end), Math.max(start, end)).trim();
  return q.length > 0 ? q : null;
}

/** The event with one more quote from `source` (a quote it already has is not added twice). */
export function addQuote(event: Rec, source: string, text: string): Rec {
  const quotes = Array.isArray(event.quotes) ? (event.quotes as Rec[]) : [];
  if (quotes.some((q) => q.source === source && q.text === text)) return event;
  return { ...event, quotes: [...quotes, { source, text }] };
}

/** Lower-case kebab-case of any text: letters and digits, the rest dashes. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An id for an event: `<country>-<date>-<status or context>` ("ago-2025-05-05-refused"). */
export function suggestEventId(record: Rec): string {
  const parts = [record.country, record.date, record.status ?? 'context'].map((p) => kebab(String(p ?? '')));
  return parts.filter(Boolean).join('-');
}

/** An id for a source: `<publisher>-<published>-<first words of the headline>`. */
export function suggestSourceId(record: Rec): string {
  const words = kebab(String(record.headline ?? '')).split('-').filter(Boolean).slice(0, 4).join('-');
  return [kebab(String(record.publisher ?? '')), kebab(String(record.published ?? '')), words].filter(Boolean).join('-');
}

/** The fields of an event that are our own prose, and so have a translation. */
export const PROSE_FIELDS = ['summary', 'dateNote', 'conflict'] as const;

/**
 * An event's prose in one language, as saved: a field for each prose field the event has (empty
 * where not yet translated: the validator then says so), none for the fields it has not.
 */
export function translationFor(record: Rec, tr: Rec): Rec {
  const out: Rec = {};
  for (const f of PROSE_FIELDS) if (typeof record[f] === 'string') out[f] = typeof tr[f] === 'string' ? tr[f] : '';
  return out;
}

/** A new source: the fields every source has, empty. */
export function newSource(): SourceDraft {
  return { originalId: null, record: { id: '', publisher: '', headline: '', authors: [], published: '', url: '', language: 'en', textKind: 'original' }, text: '' };
}

/** A new event: the fields every event has, sent by the US, no status yet. */
export function newEvent(langs: readonly string[]): EventDraft {
  return { originalId: null, record: { id: '', date: '', country: '', sender: 'USA', status: null, summary: '', quotes: [] }, tr: Object.fromEntries(langs.map((l) => [l, {}])) };
}

/** The draft's event with each language's prose cut to the event's fields (what the server is sent). */
export function eventToSend(d: EventDraft): EventDraft {
  return { ...d, tr: Object.fromEntries(Object.entries(d.tr).map(([lang, t]) => [lang, translationFor(d.record, t)])) };
}

/** The map at the event's date with its country selected (none for a sender-wide event); null without a date. */
export function previewPath(record: Rec): string | null {
  const date = typeof record.date === 'string' ? record.date : '';
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) return null;
  const q = new URLSearchParams({ date });
  if (typeof record.country === 'string' && /^[A-Z]{3}$/.test(record.country) && record.country !== record.sender) q.set('country', record.country);
  return `/?${q.toString()}`;
}

/**
 * The versions the page holds after an answer: a record opened or saved replaces the versions of
 * its files (`replace`); the list only adds the files the page has not opened, so a file opened
 * before keeps the version it was opened at, and a change on disk since shows as a conflict.
 */
export function withVersions(known: Versions, seen: Versions, replace: boolean): Versions {
  return replace ? { ...known, ...seen } : { ...seen, ...known };
}
