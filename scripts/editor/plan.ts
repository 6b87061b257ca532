/**
 * What a save of the editor writes (data/README.md, "The editor"): the draft (editor/protocol.ts)
 * turned into the new text of each data file it changes, in the one canonical form
 * (scripts/dataFile.ts), so saving an unchanged record changes no byte and a diff shows only what
 * the editor changed. Pure: the files are read through `Disk`, and nothing is written here
 * (save.ts checks the versions, validates and writes).
 *
 * - A source: `sources/<id>.json` and `sources/<id>.txt` (its text as pasted; a text that differs
 *   from the file's only in its line endings keeps the file's).
 * - An event: its place in `events/<ISO3>.json` (an edit stays where it was unless its date
 *   changed; a new or re-dated event goes after the last one on or before its date, so on the same
 *   date it is the later one and wins; a change of country moves it to the other file), and its
 *   prose in each `i18n/<lang>.json` (a new one placed after the translation of the event before
 *   it, in the files' order).
 * - Dates (data/README.md, "Dated changes"): a new record gets `added` = today; a saved record
 *   whose substance (scripts/dataHistory.ts `substance`) differs from the one on disk gets
 *   `updated` = today (unless it was added today); an unchanged one keeps its dates as they are.
 *   The page's own `added` and `updated` are never taken.
 */
import { isoToDay } from '../../src/data/dates.ts';
import { ID } from '../../src/data/schema.ts';
import type { Draft, EventDraft, Issue, Rec, SourceDraft } from '../../editor/protocol.ts';
import { formatDataFile } from '../dataFile.ts';
import { substance } from '../dataHistory.ts';
import { eventsFile, META_FILE, PathError, sourceFiles, translationsFile } from './paths.ts';

/** The data folder as the plan reads it: a file's text by its path in the folder (null: absent). */
export interface Disk {
  read(rel: string): string | null;
  /** The events files there are (`events/<ISO3>.json`), in name order. */
  eventsFiles(): string[];
}

export interface Plan {
  /** The new text of each file the save changes (files it would leave as they are are not here). */
  files: Map<string, string>;
  /** Why the draft cannot be saved as it is (before the validator sees it): file, record, reason. */
  issues: Issue[];
  /** The records as they would be saved, dates set. */
  source: Rec | null;
  event: Rec | null;
}

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A record's `added` and `updated`, by the rule above; `before` is the record on disk (null: new). */
export function dated(record: Rec, before: Rec | null, today: string, extra: Rec = {}, extraBefore: Rec = {}): Rec {
  const { added: _a, updated: _u, ...rest } = record;
  if (!before) return { ...rest, added: today };
  const out: Rec = { ...rest };
  if (before.added !== undefined) out.added = before.added;
  if (before.updated !== undefined) out.updated = before.updated;
  const changed = substance({ ...record, ...extra }) !== substance({ ...before, ...extraBefore });
  if (changed && typeof before.added === 'string' && today > before.added) out.updated = today;
  return out;
}

/** The day an event's date starts on; an unreadable date sorts last. */
const dayOf = (e: unknown): number => (isRec(e) && typeof e.date === 'string' ? isoToDay(e.date) : null) ?? Infinity;

/** The list with `event` inserted after the last event on or before its date. */
export function insertByDate(events: readonly unknown[], event: Rec): unknown[] {
  const day = dayOf(event);
  let at = events.length;
  while (at > 0 && dayOf(events[at - 1]) > day) at--;
  return [...events.slice(0, at), event, ...events.slice(at)];
}

/** The map with `key` set: in place if it is there, else after the nearest of `before` that is (else first). */
export function placeEntry(map: Rec, key: string, value: unknown, before: readonly string[]): Rec {
  if (Object.hasOwn(map, key)) return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, k === key ? value : v]));
  const after = [...before].reverse().find((k) => Object.hasOwn(map, k));
  const entries = Object.entries(map);
  const at = after === undefined ? 0 : entries.findIndex(([k]) => k === after) + 1;
  return Object.fromEntries([...entries.slice(0, at), [key, value], ...entries.slice(at)]);
}

interface Ctx {
  disk: Disk;
  today: string;
  /** The data folder as messages name it ("data"). */
  label: string;
  files: Map<string, string>;
  issues: Issue[];
}

const issue = (ctx: Ctx, file: string, record: string, reason: string): void => {
  ctx.issues.push({ file: `${ctx.label}/${file}`, record, reason });
};

/** The JSON of a file as the plan will write it: what it has planned, else what is on disk. */
function current(ctx: Ctx, rel: string): unknown {
  return parse(ctx.files.get(rel) ?? ctx.disk.read(rel));
}

function planSource(ctx: Ctx, d: SourceDraft): Rec | null {
  const id = d.record.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    issue(ctx, 'sources/', String(id ?? '(no id)'), 'id must be lower-case kebab-case (it names the files sources/<id>.json and .txt)');
    return null;
  }
  const files = sourceFiles(id);
  if (d.originalId !== null && d.originalId !== id) {
    issue(ctx, files.json, id, `a saved source keeps its id ("${d.originalId}"): make a new source instead`);
    return null;
  }
  const onDisk = parse(ctx.disk.read(files.json));
  if (onDisk === undefined) {
    issue(ctx, files.json, id, 'the file on disk is not JSON: fix it by hand first (npm run validate says where)');
    return null;
  }
  if (d.originalId === null && onDisk !== null) {
    issue(ctx, files.json, id, 'a source with this id is already saved: open it to edit it, or choose another id');
    return null;
  }
  if (d.originalId !== null && !isRec(onDisk)) {
    issue(ctx, files.json, id, 'this source is no longer on disk');
    return null;
  }
  const before = isRec(onDisk) ? onDisk : null;
  const diskText = ctx.disk.read(files.text);
  // A textarea gives line feeds only: a text the same but for its line endings is the file's.
  const text = diskText !== null && diskText.replace(/\r\n?/g, '\n') === d.text.replace(/\r\n?/g, '\n') ? diskText : d.text;
  const record = dated(d.record, before, ctx.today, { text }, { text: diskText });
  ctx.files.set(files.json, formatDataFile('source', record));
  ctx.files.set(files.text, text);
  return record;
}

/** Where an event with this id is now: its file, the file's events and its index. */
function findEvent(ctx: Ctx, id: string): { file: string; list: unknown[]; index: number } | null {
  for (const file of ctx.disk.eventsFiles()) {
    const list = current(ctx, file);
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((e) => isRec(e) && e.id === id);
    if (index >= 0) return { file, list, index };
  }
  return null;
}

function planEvent(ctx: Ctx, d: EventDraft): Rec | null {
  const { id, country } = d.record;
  if (typeof id !== 'string' || !ID.test(id)) {
    issue(ctx, 'events/', String(id ?? '(no id)'), 'id must be lower-case kebab-case');
    return null;
  }
  let target: string;
  try {
    target = eventsFile(typeof country === 'string' ? country : '');
  } catch (e) {
    issue(ctx, 'events/', id, e instanceof PathError ? e.message : String(e));
    return null;
  }
  if (d.originalId !== null && d.originalId !== id) {
    issue(ctx, target, id, `a saved event keeps its id ("${d.originalId}"): stories and translations name it`);
    return null;
  }
  const found = findEvent(ctx, id);
  if (d.originalId === null && found) {
    issue(ctx, found.file, id, 'an event with this id is already saved: open it to edit it, or choose another id');
    return null;
  }
  if (d.originalId !== null && !found) {
    issue(ctx, target, id, 'this event is no longer on disk');
    return null;
  }
  const before = found ? (found.list[found.index] as Rec) : null;
  const record = dated(d.record, before, ctx.today);
  const onDisk = found?.file === target ? found.list : current(ctx, target);
  const targetList = onDisk === null ? [] : onDisk;
  if (!Array.isArray(targetList)) {
    issue(ctx, target, id, 'the file on disk is not a JSON list of events: fix it by hand first (npm run validate says where)');
    return null;
  }
  let list: unknown[];
  if (found && found.file === target) {
    const sameDate = before?.date === record.date;
    list = sameDate ? found.list.map((e, i) => (i === found.index ? record : e)) : insertByDate(found.list.filter((_, i) => i !== found.index), record);
  } else {
    if (found) ctx.files.set(found.file, formatDataFile('events', found.list.filter((_, i) => i !== found.index)));
    list = insertByDate(targetList, record);
  }
  ctx.files.set(target, formatDataFile('events', list));

  // Its prose in each language, placed after the event before it in the files' order.
  const order = ctx.disk.eventsFiles().includes(target) ? ctx.disk.eventsFiles() : [...ctx.disk.eventsFiles(), target].sort();
  const ids = order.flatMap((f) => {
    const l = current(ctx, f);
    return Array.isArray(l) ? l.map((e) => (isRec(e) && typeof e.id === 'string' ? e.id : '')) : [];
  });
  const preceding = ids.slice(0, ids.indexOf(id));
  for (const [lang, tr] of Object.entries(d.tr)) {
    let file: string;
    try {
      file = translationsFile(lang);
    } catch (e) {
      issue(ctx, 'i18n/', id, e instanceof PathError ? e.message : String(e));
      continue;
    }
    const doc = current(ctx, file);
    if (!isRec(doc) || !isRec(doc.events)) {
      issue(ctx, file, id, 'the file on disk is not a translation file ({"events": {...}}): fix it by hand first');
      continue;
    }
    ctx.files.set(file, formatDataFile('translations', { ...doc, events: placeEntry(doc.events, id, tr, preceding) }));
  }
  return record;
}

/** The files a save of the draft changes, or why it cannot be made. */
export function planSave(draft: Draft, disk: Disk, today: string, label: string): Plan {
  const ctx: Ctx = { disk, today, label, files: new Map(), issues: [] };
  const source = draft.source ? planSource(ctx, draft.source) : null;
  const event = draft.event ? planEvent(ctx, draft.event) : null;
  if (draft.checkedToday) {
    const meta = parse(disk.read(META_FILE));
    if (isRec(meta)) ctx.files.set(META_FILE, formatDataFile('meta', { ...meta, checked: today }));
    else issue(ctx, META_FILE, 'checked', 'meta.json is missing or not JSON');
  }
  for (const [rel, text] of ctx.files) if (disk.read(rel) === text) ctx.files.delete(rel);
  return { files: ctx.files, issues: ctx.issues, source, event };
}
