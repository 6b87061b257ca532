/**
 * The editor API's request bodies, parsed at the edge: whatever the page (or anything else) sends
 * becomes a typed Draft, Versions or id, or a reason it was refused (400). What the records hold
 * is the validator's business (src/data/validate.ts); here only the shape the server relies on.
 */
import type { Draft, EventDraft, Rec, SourceDraft, Versions } from '../../editor/protocol.ts';

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const idOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';

function sourceDraft(x: unknown): SourceDraft | string {
  if (!isRec(x) || !idOrNull(x.originalId) || !isRec(x.record) || typeof x.text !== 'string') return 'source must be {originalId, record, text}';
  return { originalId: x.originalId, record: x.record, text: x.text };
}

function eventDraft(x: unknown): EventDraft | string {
  if (!isRec(x) || !idOrNull(x.originalId) || !isRec(x.record) || !isRec(x.tr)) return 'event must be {originalId, record, tr}';
  const tr: Record<string, Rec> = {};
  for (const [lang, t] of Object.entries(x.tr)) {
    if (!isRec(t)) return `event.tr.${lang} must be an object`;
    tr[lang] = t;
  }
  return { originalId: x.originalId, record: x.record, tr };
}

/** A draft from a request body's `draft`, or why not. */
export function parseDraft(x: unknown): Draft | string {
  if (!isRec(x)) return 'draft must be an object';
  const source = x.source === null || x.source === undefined ? null : sourceDraft(x.source);
  if (typeof source === 'string') return source;
  const event = x.event === null || x.event === undefined ? null : eventDraft(x.event);
  if (typeof event === 'string') return event;
  if (!source && !event && x.checkedToday !== true) return 'the draft holds no source and no event';
  return { source, event, checkedToday: x.checkedToday === true };
}

/** The versions a save was opened with, or why not. */
export function parseVersions(x: unknown): Versions | string {
  if (!isRec(x)) return 'versions must be an object of file: version';
  const out: Versions = {};
  for (const [file, v] of Object.entries(x)) {
    if (v !== null && typeof v !== 'string') return `versions["${file}"] must be a string or null`;
    out[file] = v;
  }
  return out;
}

/** A record id from a request body's `id`, or null (its form is checked where it names a file). */
export function parseId(x: unknown): string | null {
  return typeof x === 'string' && x.length > 0 && x.length <= 200 ? x : null;
}
