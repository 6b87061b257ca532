/**
 * The editor's reads and writes of the data folder (data/README.md, "The editor"): a file's
 * version (a hash of its bytes), the check of a draft (plan.ts, then the validator on the whole
 * data set with the draft's files standing in), and the save: versions compared with what the page
 * opened (a file changed on disk since is not overwritten: the conflict goes back to the page),
 * the data set validated with the change (refused with the validator's file, record and reason),
 * then each changed file written whole (scripts/dataFile.ts `writeFileAtomic`). Every path comes
 * from paths.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Conflict, Draft, Issue, Rec, Versions } from '../../editor/protocol.ts';
import { compileData } from '../compileData.ts';
import { dataFiles, writeFileAtomic } from '../dataFile.ts';
import { inDataDir, META_FILE, sourceFiles, translationsFile } from './paths.ts';
import { planSave, type Disk, type Plan } from './plan.ts';

/** A file's version: a hash of its bytes; null for a file that is not there. */
export function versionOf(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);
}

/** The data folder on disk, read through paths.ts only. */
export function diskOf(dataDir: string): Disk {
  return {
    read(rel) {
      const path = inDataDir(dataDir, rel);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
    eventsFiles() {
      const dir = join(dataDir, 'events');
      return existsSync(dir) ? readdirSync(dir).filter((f) => /^[A-Z]{3}\.json$/.test(f)).sort().map((f) => `events/${f}`) : [];
    },
  };
}

/** The version of every file the editor may write (the data folder's JSON, and the sources' texts). */
export function allVersions(dataDir: string): Versions {
  const disk = diskOf(dataDir);
  const out: Versions = {};
  for (const rel of dataFiles(dataDir).map((f) => f.split('\\').join('/'))) {
    try {
      out[rel] = versionOf(disk.read(rel));
      if (rel.startsWith('sources/')) out[rel.replace(/\.json$/, '.txt')] = versionOf(disk.read(rel.replace(/\.json$/, '.txt')));
    } catch {
      // A file the editor would never write (a name the id rules refuse): no version.
    }
  }
  return out;
}

/** The data folder as messages name it: its own name ("data"). */
export const dataLabel = (dataDir: string): string => basename(resolve(dataDir));

/** The validator's messages on the whole data set with the plan's files standing in. */
function validateWith(dataDir: string, files: ReadonlyMap<string, string>): Issue[] {
  const dir = resolve(dataDir);
  return compileData(dirname(dir), { dataDir: dir, overlay: files }).errors;
}

/** A draft checked: the plan's own problems first, else the validator's. */
export function check(dataDir: string, draft: Draft, today: string): { plan: Plan; errors: Issue[] } {
  const plan = planSave(draft, diskOf(dataDir), today, dataLabel(dataDir));
  return { plan, errors: plan.issues.length > 0 ? plan.issues : validateWith(dataDir, plan.files) };
}

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a changed file holds now of the draft's record, for the page to show beside the draft. */
function nowOf(rel: string, text: string | null, draft: Draft): unknown {
  if (text === null) return null;
  if (rel.endsWith('.txt')) return text;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return text;
  }
  const eventId = draft.event?.record.id;
  if (rel.startsWith('events/') && Array.isArray(doc)) return doc.find((e) => isRec(e) && e.id === eventId) ?? null;
  if (rel.startsWith('i18n/') && isRec(doc) && isRec(doc.events) && typeof eventId === 'string') return doc.events[eventId] ?? null;
  return doc;
}

export type SaveResult =
  | { ok: true; written: string[]; versions: Versions; source: Rec | null; event: Rec | null }
  | { ok: false; errors: Issue[]; conflicts: Conflict[] };

/**
 * Saves the draft: refused with the plan's or the validator's messages, or with the files that
 * changed on disk since the page opened them (`versions`); else each changed file written whole.
 */
export function save(dataDir: string, draft: Draft, versions: Versions, today: string): SaveResult {
  const { plan, errors } = check(dataDir, draft, today);
  if (errors.length > 0) return { ok: false, errors, conflicts: [] };
  const disk = diskOf(dataDir);
  const conflicts: Conflict[] = [];
  for (const rel of plan.files.keys()) {
    const text = disk.read(rel);
    const now = versionOf(text);
    if (now !== (versions[rel] ?? null)) conflicts.push({ file: rel, now: nowOf(rel, text, draft), version: now });
  }
  if (conflicts.length > 0) return { ok: false, errors: [], conflicts };
  // The source's text before its JSON, the events before their translations: a reader between two
  // writes sees a source without its event (valid but for "not used"), never a quote without its text.
  const order = (rel: string): number => (rel.endsWith('.txt') ? 0 : rel.startsWith('sources/') ? 1 : rel.startsWith('events/') ? 2 : 3);
  const written = [...plan.files.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  for (const rel of written) writeFileAtomic(inDataDir(dataDir, rel), plan.files.get(rel) as string);
  const after: Versions = {};
  for (const rel of written) after[rel] = versionOf(disk.read(rel));
  return { ok: true, written, versions: after, source: plan.source, event: plan.event };
}

/** A source as the page opens it: its record, its text and the versions of its two files. */
export function openSource(dataDir: string, id: string): { record: Rec; text: string; versions: Versions } | null {
  const disk = diskOf(dataDir);
  const files = sourceFiles(id);
  const json = disk.read(files.json);
  const text = disk.read(files.text);
  let record: unknown;
  try {
    record = json === null ? null : JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRec(record)) return null;
  return { record, text: text ?? '', versions: { [files.json]: versionOf(json), [files.text]: versionOf(text) } };
}

/** An event as the page opens it: its record, its prose in each language, the versions of the files. */
export function openEvent(dataDir: string, id: string, langs: readonly string[]): { record: Rec; tr: Record<string, Rec>; versions: Versions } | null {
  const disk = diskOf(dataDir);
  for (const file of disk.eventsFiles()) {
    const text = disk.read(file);
    let list: unknown;
    try {
      list = JSON.parse(text ?? 'null');
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    const record = list.find((e) => isRec(e) && e.id === id) as Rec | undefined;
    if (!record) continue;
    const versions: Versions = { [file]: versionOf(text), [META_FILE]: versionOf(disk.read(META_FILE)) };
    const tr: Record<string, Rec> = {};
    for (const lang of langs) {
      const rel = translationsFile(lang);
      const trText = disk.read(rel);
      versions[rel] = versionOf(trText);
      try {
        const doc = JSON.parse(trText ?? 'null') as unknown;
        const entry = isRec(doc) && isRec(doc.events) && Object.hasOwn(doc.events, id) ? doc.events[id] : null;
        tr[lang] = isRec(entry) ? entry : {};
      } catch {
        tr[lang] = {};
      }
    }
    return { record, tr, versions };
  }
  return null;
}
