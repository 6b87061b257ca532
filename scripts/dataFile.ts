/**
 * The one writer of the JSON files under data/ (data/README.md, "Checking: `npm run validate`"):
 * every tool that saves a record goes through formatDataFile, so a file has one canonical form and
 * saving an unchanged record changes no byte. The form: each record's fields in the order its
 * schema declares them (src/data/schema.ts), fields the schema does not know kept after them in
 * the order given (the validator rejects them; the writer never drops data), maps keyed by id in
 * the order given, two-space indentation and a final newline. `npm run data:format` rewrites the
 * files of a data folder in that form; scripts/dataFile.test.ts holds every file to it.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  CountReasonSchema, CountSchema, CountTranslationSchema, EventSchema, EventTranslationSchema, MetaSchema, QuoteSchema, SourceSchema, StorySchema,
  StoryStepSchema, StoryTranslationSchema, TranslationFileSchema, TranslationSchema,
} from '../src/data/schema.ts';

/** How a value is laid out: a record (fields in schema order), a list of one shape, or a map by id. */
type Shape =
  | { kind: 'record'; keys: readonly string[]; fields?: Readonly<Record<string, Shape>> }
  | { kind: 'list'; of: Shape }
  | { kind: 'map'; of: Shape };

const record = (schema: { entries: object }, fields?: Record<string, Shape>): Shape => ({ kind: 'record', keys: Object.keys(schema.entries), ...(fields ? { fields } : {}) });
const list = (of: Shape): Shape => ({ kind: 'list', of });
const map = (of: Shape): Shape => ({ kind: 'map', of });

/** The kinds of file under data/, each with its layout. */
const SHAPES = {
  meta: record(MetaSchema),
  source: record(SourceSchema, { translations: list(record(TranslationSchema)) }),
  events: list(record(EventSchema, { quotes: list(record(QuoteSchema)) })),
  story: record(StorySchema, { steps: list(record(StoryStepSchema)) }),
  count: record(CountSchema, { quotes: list(record(QuoteSchema)), reasons: list(record(CountReasonSchema)) }),
  translations: record(TranslationFileSchema, {
    events: map(record(EventTranslationSchema)), stories: map(record(StoryTranslationSchema)), counts: map(record(CountTranslationSchema)),
  }),
} as const satisfies Record<string, Shape>;

export type DataFileKind = keyof typeof SHAPES;

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The value with its fields in canonical order; anything not of the expected shape is left as it is. */
function ordered(value: unknown, shape: Shape): unknown {
  if (shape.kind === 'list') return Array.isArray(value) ? value.map((x) => ordered(x, shape.of)) : value;
  if (!isPlainObject(value)) return value;
  const keys = shape.kind === 'record' ? [...shape.keys.filter((k) => Object.hasOwn(value, k)), ...Object.keys(value).filter((k) => !shape.keys.includes(k))] : Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const inner = shape.kind === 'map' ? shape.of : shape.fields?.[k];
    out[k] = inner ? ordered(value[k], inner) : value[k];
  }
  return out;
}

/** A data file's text in the canonical form. */
export function formatDataFile(kind: DataFileKind, value: unknown): string {
  return `${JSON.stringify(ordered(value, SHAPES[kind]), null, 2)}\n`;
}

/** The folders of a data folder whose JSON files have a kind, and that kind. */
const FOLDER_KINDS = { sources: 'source', events: 'events', stories: 'story', counts: 'count', i18n: 'translations' } as const satisfies Record<string, DataFileKind>;

/** The kind of a JSON file by its path inside a data folder (`sources/x.json`, `events/SLV.json`…), or null. */
export function dataFileKind(pathInDataDir: string): DataFileKind | null {
  const p = pathInDataDir.split(sep).join('/');
  if (p === 'meta.json') return 'meta';
  const m = /^([a-z0-9]+)\/[^/]+\.json$/.exec(p);
  return m && Object.hasOwn(FOLDER_KINDS, m[1] as string) ? FOLDER_KINDS[m[1] as keyof typeof FOLDER_KINDS] : null;
}

/** Every JSON file of a data folder that has a kind, as paths relative to it. */
export function dataFiles(dataDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(dataDir).map((f) => relative(dataDir, f)).filter((f) => dataFileKind(f) !== null).sort();
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is then
 * renamed over it, so a reader (the dev server's watcher, a crash mid-write) never sees half a file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Rewrites each file of a data folder in the canonical form, through a temporary file and a rename
 * (a reader never sees half a file). A file that is not JSON is reported and left alone. Returns the
 * files changed and the ones that could not be read.
 */
export function formatDataDir(dataDir: string): { changed: string[]; unreadable: string[] } {
  const changed: string[] = [];
  const unreadable: string[] = [];
  for (const rel of dataFiles(dataDir)) {
    const path = join(dataDir, rel);
    const text = readFileSync(path, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      unreadable.push(rel);
      continue;
    }
    const out = formatDataFile(dataFileKind(rel) as DataFileKind, value);
    if (out === text) continue;
    writeFileAtomic(path, out);
    changed.push(rel);
  }
  return { changed, unreadable };
}
