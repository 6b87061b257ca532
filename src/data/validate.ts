/**
 * The data validator: turns the raw files of data/ into a typed Dataset, or says exactly which
 * file, which record and why not. Pure (no file system) so the rules are unit-tested one by one;
 * scripts/validate.ts does the reading and writing. Each record's shape (its fields, their kinds and
 * the message for each) is its schema in src/data/schema.ts; the rules written here are those that
 * look across fields, files or the sources' text: verbatim quotes, numbers in our prose, dates
 * against the data's checked date and each other, translations, stories, and published counts
 * against the map's own count.
 */
import * as valibot from 'valibot';
import { englishNames, isCountryCode } from './countries.ts';
import { countDifferences, mapCountries } from './counts.ts';
import { dayToIso, isoToDay, isoToEndDay, parsePartialDate } from './dates.ts';
import { findQuote, quoteMatchText, quoteMatchTextWithMap } from './quoteMatch.ts';
import {
  COUNT_FIELDS, COUNT_REASON_FIELDS, CountTranslationSchema, EVENT_FIELDS, EventTranslationSchema, ID, LANG, MetaSchema, QuoteSchema, SourceSchema, STORY_FIELDS,
  StoryStepSchema, StoryTranslationSchema, TranslationFileSchema,
} from './schema.ts';
import { isSenderWide, sourcesReach } from './scope.ts';
import { StatusIndex } from './statusIndex.ts';
import {
  STATUSES,
  type CompiledCount,
  type CompiledEvent,
  type CompiledQuote,
  type CountReason,
  type CountTranslation,
  type Dataset,
  type EventTranslation,
  type SourceWithText,
  type Status,
  type Story,
  type StoryStep,
  type StoryTranslation,
} from './types.ts';

export interface RawFile {
  /** Path shown in messages, e.g. "data/events/SLV.json". */
  file: string;
  /** The file's text (JSON or plain text). */
  content: string;
}

interface RawSource {
  json: RawFile;
  /** The text file beside the JSON; null when it is missing. */
  text: RawFile | null;
}

export interface RawData {
  meta: RawFile;
  sources: RawSource[];
  /** data/events/<ISO3>.json files, each an array of events for that country. */
  events: RawFile[];
  /**
   * data/i18n/<lang>.json files: our own prose of every event (summary, dateNote, conflict) in
   * another language, as {"events": {"<event id>": {"summary": ..., ...}}}, and of every story, as
   * {"stories": {"<story id>": {"title": ..., "captions": [...]}}}. Quotes are never translated.
   */
  translations?: RawFile[];
  /** data/stories/<id>.json files, each one story (data/README.md, "Adding a story"). */
  stories?: RawFile[];
  /** data/counts/<id>.json files, each one published count (data/README.md, "Adding a published count"). */
  counts?: RawFile[];
}

export interface ValidationIssue {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record: string;
  reason: string;
}

export interface ValidationResult {
  dataset: Dataset | null;
  errors: ValidationIssue[];
}

export function formatIssue(i: ValidationIssue): string {
  return `${i.file}: ${i.record}: ${i.reason}`;
}

type Obj = Record<string, unknown>;

/** The fields of an event that are our own prose, and so are translated in data/i18n/<lang>.json. */
const TRANSLATED_KEYS = Object.keys(EventTranslationSchema.entries) as (keyof EventTranslation)[];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

class Collector {
  readonly errors: ValidationIssue[] = [];
  add(file: string, record: string, reason: string): void {
    this.errors.push({ file, record, reason });
  }
}

function parseJson(c: Collector, f: RawFile): unknown {
  try {
    return JSON.parse(f.content) as unknown;
  } catch (e) {
    c.add(f.file, '(file)', `not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** A record's schema: an object of named fields (src/data/schema.ts). */
type RecordSchema = valibot.ObjectSchema<valibot.ObjectEntries, valibot.ErrorMessage<valibot.ObjectIssue> | undefined>;

function checkUnknownKeys(c: Collector, file: string, record: string, o: Obj, allowed: Readonly<Record<string, unknown>>): void {
  for (const k of Object.keys(o)) if (!Object.hasOwn(allowed, k)) c.add(file, record, `unknown field "${k}"`);
}

/** The message of one schema issue; a missing field gets what its own schema says of no value. */
function reasonOf(schema: RecordSchema, issue: valibot.BaseIssue<unknown>): string {
  const [at, ...deeper] = issue.path ?? [];
  if (at?.type === 'object' && at.origin === 'key' && deeper.length === 0) {
    const entry = schema.entries[at.key];
    if (entry) return valibot.safeParse(entry, undefined).issues?.[0]?.message ?? issue.message;
  }
  return issue.message;
}

/**
 * Checks a record against its schema: one error for each unknown field (a field the schema does
 * not name, nor `also`: the fields checked one by one elsewhere) and one for each field missing or
 * of the wrong kind, `prefix` before each reason ("quote 2: "). Returns what the schema makes of
 * the record (its own fields only), or null when anything is wrong.
 */
function checkShape<S extends RecordSchema>(
  c: Collector, file: string, record: string, schema: S, o: Obj, { prefix = '', also = [] }: { prefix?: string; also?: readonly string[] } = {},
): valibot.InferOutput<S> | null {
  const before = c.errors.length;
  checkUnknownKeys(c, file, record, o, { ...schema.entries, ...Object.fromEntries(also.map((k) => [k, true])) });
  const result = valibot.safeParse(schema, o);
  // An array with several bad items says so once.
  for (const reason of new Set((result.issues ?? []).map((i) => reasonOf(schema, i)))) c.add(file, record, `${prefix}${reason}`);
  return result.success && c.errors.length === before ? result.output : null;
}

/** A date field that is a real date (its form is the schema's) must not be after the data's checked date. */
function checkNotAfter(c: Collector, file: string, record: string, field: string, value: unknown, latestDay: number | null): void {
  const day = typeof value === 'string' ? isoToDay(value) : null;
  if (latestDay !== null && day !== null && day > latestDay) c.add(file, record, `${field} "${String(value)}" is after the date the data was checked`);
}

/**
 * A record's `added` and `updated` (data/README.md, "Dated changes"): neither after the data's
 * checked date, and `updated` after `added` (a record unchanged since it was added has none).
 */
function checkDated(c: Collector, file: string, record: string, o: Obj, latestDay: number | null): void {
  checkNotAfter(c, file, record, 'added', o.added, latestDay);
  checkNotAfter(c, file, record, 'updated', o.updated, latestDay);
  const added = typeof o.added === 'string' ? isoToDay(o.added) : null;
  const updated = typeof o.updated === 'string' ? isoToDay(o.updated) : null;
  if (added !== null && updated !== null && updated <= added) {
    c.add(file, record, `updated "${String(o.updated)}" must be after added "${String(o.added)}" (leave updated out until the record changes)`);
  }
}

function validateSource(c: Collector, raw: RawSource, checkedDay: number | null): SourceWithText | null {
  const file = raw.json.file;
  const v = parseJson(c, raw.json);
  if (v === undefined) return null;
  if (!isObj(v)) {
    c.add(file, '(file)', 'a source file must hold one JSON object');
    return null;
  }
  const rec = typeof v.id === 'string' ? v.id : '(source)';
  const before = c.errors.length;
  const source = checkShape(c, file, rec, SourceSchema, v);
  const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (typeof v.id === 'string' && v.id !== stem) c.add(file, rec, `id "${v.id}" does not match the file name "${stem}"`);
  checkNotAfter(c, file, rec, 'published', v.published, checkedDay);
  checkNotAfter(c, file, rec, 'pageUpdated', v.pageUpdated, checkedDay);
  checkDated(c, file, rec, v, checkedDay);
  if ((v.textKind === 'copy' || v.textKind === 'machine-translation' || v.textKind === 'rewrite') && !isNonEmptyString(v.via)) {
    c.add(file, rec, `a source whose text is a ${String(v.textKind)} must name the copying site in "via"`);
  }
  if (v.textKind === 'machine-translation' && !isNonEmptyString(v.note)) c.add(file, rec, 'a machine translation needs a note saying so');
  if (v.kind === 'tracker' && v.pageUpdated === undefined) c.add(file, rec, 'a tracker page is cited with its "last updated" date: pageUpdated is required');
  if (v.publishedInferred === true && !isNonEmptyString(v.publishedNote)) c.add(file, rec, 'an inferred publication date needs a publishedNote saying how it was worked out');
  if (!raw.text) c.add(file, rec, `the text file ${stem}.txt is missing`);
  else if (raw.text.content.trim().length === 0) c.add(raw.text.file, rec, 'the text file is empty');
  if (c.errors.length > before || !source || !raw.text) return null;
  return { ...source, text: raw.text.content };
}

interface SourceIndex {
  source: SourceWithText;
  matchText: ReturnType<typeof quoteMatchTextWithMap>;
}

function validateQuote(
  c: Collector, file: string, rec: string, q: unknown, n: number, sources: Map<string, SourceIndex>, used: Set<string>, label?: string,
): CompiledQuote | null {
  const where = label ?? `quote ${n + 1}`;
  if (!isObj(q)) {
    c.add(file, rec, `${where} must be an object`);
    return null;
  }
  if (isNonEmptyString(q.source)) used.add(q.source);
  const quote = checkShape(c, file, rec, QuoteSchema, q, { prefix: `${where}: ` });
  if (!quote) return null;
  const src = sources.get(quote.source);
  if (!src) {
    c.add(file, rec, `${where}: source "${quote.source}" does not exist (no data/sources/${quote.source}.json, or it is invalid)`);
    return null;
  }
  const at = findQuote(src.matchText, src.source.text, quote.text);
  if (!at) c.add(file, rec, `${where}: text not found verbatim in source "${quote.source}": "${quote.text.slice(0, 80)}${quote.text.length > 80 ? '…' : ''}"`);
  const known = [src.source.language, ...(src.source.translations ?? []).map((t) => t.lang)];
  if (quote.lang !== undefined && !known.includes(quote.lang)) {
    c.add(file, rec, `${where}: lang "${quote.lang}" is not a language of source "${quote.source}" (${known.join(', ')})`);
    return null;
  }
  return at ? { ...quote, lang: quote.lang ?? src.source.language, at } : null;
}

/**
 * Numbers written as words, by language: the languages of our sources (en, es, fr, pt, ro) for
 * quotes, and the languages of our own prose (en; es in data/i18n/es.json) for the number check.
 */
const NUMBER_WORDS_BY_LANG: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  // "one" and "uno" are pronouns as often as numbers ("no one", "one of the eight", "uno de
  // ellos"), and the articles that double as "one" (un, une, una, um) would match almost any
  // text: none of them counts as a number.
  en: {
    2: ['two'], 3: ['three'], 4: ['four'], 5: ['five'], 6: ['six'], 7: ['seven'], 8: ['eight'], 9: ['nine'], 10: ['ten'],
    11: ['eleven'], 12: ['twelve'], 13: ['thirteen'], 14: ['fourteen'], 15: ['fifteen'], 16: ['sixteen'],
    17: ['seventeen'], 18: ['eighteen'], 19: ['nineteen'], 20: ['twenty'], 30: ['thirty'], 40: ['forty'],
    50: ['fifty'], 60: ['sixty'], 70: ['seventy'], 80: ['eighty'], 90: ['ninety'], 100: ['hundred', 'hundreds'],
  },
  es: {
    2: ['dos'], 3: ['tres'], 4: ['cuatro'], 5: ['cinco'], 6: ['seis'], 7: ['siete'], 8: ['ocho'], 9: ['nueve'],
    // "once" (11) is Spanish only: in English it is "once upon a time". See quoteStatesNumber.
    10: ['diez'], 11: ['once'], 12: ['doce'], 13: ['trece'], 14: ['catorce'], 15: ['quince'],
    16: ['dieciséis'], 17: ['diecisiete'], 18: ['dieciocho'], 19: ['diecinueve'], 20: ['veinte'],
    30: ['treinta'], 40: ['cuarenta'], 50: ['cincuenta'], 60: ['sesenta'], 70: ['setenta'], 80: ['ochenta'],
    90: ['noventa'], 100: ['cien', 'cientos', 'centenar', 'centenares'],
  },
  fr: {
    2: ['deux'], 3: ['trois'], 4: ['quatre'], 5: ['cinq'], 6: ['six'], 7: ['sept'], 8: ['huit'], 9: ['neuf'], 10: ['dix'],
    11: ['onze'], 12: ['douze'], 13: ['treize'], 14: ['quatorze'], 15: ['quinze'], 16: ['seize'], 17: ['dix-sept'],
    18: ['dix-huit'], 19: ['dix-neuf'], 20: ['vingt'], 30: ['trente'], 40: ['quarante'], 50: ['cinquante'], 60: ['soixante'],
    100: ['cent'],
  },
  pt: {
    2: ['dois', 'duas'], 3: ['três'], 4: ['quatro'], 5: ['cinco'], 6: ['seis'], 7: ['sete'], 8: ['oito'], 9: ['nove'],
    10: ['dez'], 11: ['onze'], 12: ['doze'], 13: ['treze'], 14: ['catorze', 'quatorze'], 15: ['quinze'],
    16: ['dezasseis', 'dezesseis'], 17: ['dezassete', 'dezessete'], 18: ['dezoito'], 19: ['dezanove', 'dezenove'],
    20: ['vinte'], 30: ['trinta'], 40: ['quarenta'], 50: ['cinquenta'], 100: ['cem'],
  },
  ro: {
    2: ['doi', 'două'], 3: ['trei'], 4: ['patru'], 5: ['cinci'], 6: ['șase'], 7: ['șapte'], 8: ['opt'], 9: ['nouă'],
    10: ['zece'],
  },
};

/**
 * Every number word of every source language, for finding a number in a quote. Spanish "once"
 * (11) is left out here: a quote in English uses "once" as a word, not a number.
 */
const NUMBER_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
  const m = new Map<number, string[]>();
  for (const [lang, words] of Object.entries(NUMBER_WORDS_BY_LANG)) {
    for (const [n, ws] of Object.entries(words)) {
      const list = m.get(Number(n)) ?? [];
      for (const w of ws) if (!(lang === 'es' && w === 'once') && !list.includes(w)) list.push(w);
      m.set(Number(n), list);
    }
  }
  // The quote check has always accepted "one" and "uno" for a count of 1 ("One individual has arrived").
  m.set(1, ['one', 'uno']);
  return m;
})();

/**
 * A number is "stated" in a quote when its digits appear there (thousands separators allowed),
 * or when it is written out as a word ("seventeen", "huit").
 */
export function quoteStatesNumber(text: string, n: number): boolean {
  const digits = text.replace(/(\d)[,.\u202F\u00A0 ](?=\d{3}\b)/g, '$1');
  if (new RegExp(`(^|[^\\d.])${n}(?![\\d])`).test(digits)) return true;
  const words = NUMBER_WORDS.get(n);
  if (!words) return false;
  const lower = text.toLowerCase();
  return words.some((w) => new RegExp(`(^|[^\\p{L}-])${w}(?![\\p{L}-])`, 'u').test(lower));
}

/** A number as one canonical string: "5,728" and "5.728" are "5728", "7,5" and "7.5" are "7.5", "05" is "5". */
function canonicalNumber(token: string): string {
  // A separator followed by exactly three digits groups thousands; "." or "," before one or
  // two digits is a decimal point (English "7.5", Spanish "7,5").
  const parts = token.split(/[,.\u202F\u00A0]/);
  let int = parts[0] as string;
  let frac = '';
  for (const p of parts.slice(1)) {
    if (p.length === 3 && frac === '') int += p;
    else frac += p;
  }
  const i = String(Number(int));
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** A number found in a text, as written there ("eight", "5,728") and canonically ("8", "5728"). */
export interface NumberMention {
  written: string;
  value: string;
}

/**
 * Every number in a text: runs of digits (with thousands separators or a decimal point) and
 * number words of the given languages (all our source languages when none is given).
 * Ordinal words ("first", "tercer") are not numbers here.
 */
export function numbersIn(text: string, langs?: readonly string[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/\d+(?:[,.\u202F\u00A0]\d+)*/g)) out.push({ written: m[0], value: canonicalNumber(m[0]) });
  const lower = text.toLowerCase();
  const tables = langs
    ? langs.map((l) => NUMBER_WORDS_BY_LANG[l]).filter((t): t is Readonly<Record<number, readonly string[]>> => t !== undefined)
    : [Object.fromEntries(NUMBER_WORDS) as Record<number, readonly string[]>];
  for (const table of tables) {
    for (const [n, words] of Object.entries(table)) {
      for (const w of words) {
        // A hyphen is a boundary here ("two-year" says 2), unlike in quoteStatesNumber.
        const re = new RegExp(`(?:^|[^\\p{L}])(${w})(?![\\p{L}])`, 'gu');
        for (const m of lower.matchAll(re)) out.push({ written: m[1] as string, value: n });
      }
    }
  }
  return out;
}

/**
 * The numbers of an ISO date that prose writes: its year and day ("2025-05-06": 2025, 6). Not
 * its month, which prose names in words: "5 May" in a note on an event of 6 May is not its date.
 */
function dateNumbers(iso: string | undefined): string[] {
  if (!iso) return [];
  const [y, , d] = iso.split('-');
  return [y, d].filter((p): p is string => p !== undefined).map((p) => String(Number(p)));
}

/**
 * What our own prose about an event may say in numbers: what its quotes state (digits or words,
 * in any source language), its date, its people count; for a dateNote also the published and
 * updated dates of the sources it quotes, since a dateNote explains how a date was counted from
 * a report's date ("“On Monday”, in a report of 12 Mar 2026: 11 March").
 */
interface AllowedNumbers {
  prose: Set<string>;
  dateNote: Set<string>;
}

function allowedNumbers(e: Obj, sources: Map<string, SourceIndex>): AllowedNumbers {
  const prose = new Set<string>();
  if (typeof e.date === 'string') for (const n of dateNumbers(e.date)) prose.add(n);
  if (typeof e.people === 'number') prose.add(String(e.people));
  const quoted = new Set<string>();
  if (Array.isArray(e.quotes)) {
    for (const q of e.quotes) {
      if (!isObj(q)) continue;
      if (typeof q.text === 'string') for (const n of numbersIn(q.text)) prose.add(n.value);
      if (typeof q.source === 'string') quoted.add(q.source);
    }
  }
  const dateNote = new Set(prose);
  for (const id of quoted) {
    const s = sources.get(id)?.source;
    if (!s) continue;
    // All of a source's date, month too: a dateNote may cite it as the page's address has it ("2019/09/20").
    for (const d of [s.published, s.pageUpdated]) for (const p of d?.split('-') ?? []) dateNote.add(String(Number(p)));
  }
  return { prose, dateNote };
}

/**
 * The number words looked for in our own prose, by the language it is written in. Spanish
 * prose quotes English words now and then (“published last week”), but only as quoted, so
 * Spanish words are enough there.
 */
const PROSE_LANGS = { en: ['en'], es: ['es'] } as const satisfies Record<string, readonly string[]>;

/** The number words of our own prose in `lang` (digits always; English words for a language we have no list for). */
function proseLangs(lang: string): readonly string[] {
  return (PROSE_LANGS as Record<string, readonly string[]>)[lang] ?? PROSE_LANGS.en;
}

/**
 * Adds an error for each number in `text` that is not in `allowed`. `whose` says where an allowed
 * number comes from (an event's own prose by default; a story step's events for a caption).
 */
function checkProseNumbers(
  c: Collector, file: string, rec: string, field: string, text: unknown, allowed: Set<string>, langs: readonly string[],
  whose = `the event's quotes, its date or its people count${field.endsWith('dateNote') ? ' (nor the dates of the sources it quotes)' : ''}`,
): void {
  if (typeof text !== 'string') return;
  const seen = new Set<string>();
  for (const n of numbersIn(text, langs)) {
    if (allowed.has(n.value) || seen.has(n.written)) continue;
    seen.add(n.written);
    c.add(file, rec, `${field} says "${n.written}", a number in none of ${whose}: quote the passage that states it, or leave it out`);
  }
}

function validateEvent(
  c: Collector, file: string, fileCountry: string | null, e: unknown, n: number,
  sources: Map<string, SourceIndex>, used: Set<string>, checkedDay: number | null,
): CompiledEvent | null {
  if (!isObj(e)) {
    c.add(file, `event ${n + 1}`, 'an event must be an object');
    return null;
  }
  const rec = typeof e.id === 'string' && e.id ? e.id : `event ${n + 1}`;
  const before = c.errors.length;
  const fields = checkShape(c, file, rec, EVENT_FIELDS, e, { also: ['quotes'] });
  checkNotAfter(c, file, rec, 'date', e.date, checkedDay);
  checkDated(c, file, rec, e, checkedDay);
  if (typeof e.country === 'string' && isCountryCode(e.country) && fileCountry !== null && e.country !== fileCountry) {
    c.add(file, rec, `country ${e.country} does not belong in ${fileCountry}.json`);
  }
  // An event whose country is its sender is sender-wide: a ruling or policy of the sending state
  // that applies to all of its destinations at once (data/events/USA.json). It never colours a
  // country, so it is context only.
  if (STATUSES.includes(e.status as Status) && typeof e.sender === 'string' && e.sender === e.country) {
    c.add(file, rec, `a sender-wide event (country = sender = ${e.sender}: it applies to every destination of ${e.sender}) never colours a country: its status must be null, not "${String(e.status)}"`);
  }
  if (e.dateBasis === 'reported' && !isNonEmptyString(e.dateNote)) c.add(file, rec, 'a date based on the report needs a dateNote saying so');
  if (e.peopleBasis !== undefined && e.people === undefined) c.add(file, rec, 'peopleBasis needs a people count');
  const quotes: CompiledQuote[] = [];
  if (!Array.isArray(e.quotes) || e.quotes.length === 0) {
    c.add(file, rec, e.status === null || e.status === undefined ? 'an event needs at least one quote' : `a status change (${String(e.status)}) needs at least one quote`);
  } else {
    e.quotes.forEach((q, i) => {
      const cq = validateQuote(c, file, rec, q, i, sources, used);
      if (cq) quotes.push(cq);
    });
    if (typeof e.people === 'number' && !e.quotes.some((q) => isObj(q) && typeof q.text === 'string' && quoteStatesNumber(q.text, e.people as number))) {
      c.add(file, rec, `people ${e.people} is not a number stated in any of its quotes`);
    }
  }
  // Our own prose says no number the event's quotes, date or count do not.
  const allowed = allowedNumbers(e, sources);
  checkProseNumbers(c, file, rec, 'summary', e.summary, allowed.prose, PROSE_LANGS.en);
  checkProseNumbers(c, file, rec, 'dateNote', e.dateNote, allowed.dateNote, PROSE_LANGS.en);
  checkProseNumbers(c, file, rec, 'conflict', e.conflict, allowed.prose, PROSE_LANGS.en);
  if (c.errors.length > before || !fields) return null;
  return { ...fields, quotes, day: isoToDay(fields.date) as number };
}

/** A data/i18n/<lang>.json file, parsed once and checked for its events and its stories. */
interface TranslationFile {
  f: RawFile;
  lang: string;
  /** The parsed JSON; undefined when it is not valid JSON (already reported). */
  v: unknown;
}

function readTranslationFile(c: Collector, f: RawFile): TranslationFile {
  const lang = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (!LANG.test(lang)) c.add(f.file, '(file)', `a translation file is named after its language, <lang>.json (a BCP 47 tag such as "es"), not "${lang}"`);
  else if (lang === 'en') c.add(f.file, '(file)', 'English is the data\'s own language: it has no translation file');
  return { f, lang, v: parseJson(c, f) };
}

/**
 * Checks one data/i18n/<lang>.json against the events: every event translated, each field the
 * event has (and only those), none empty, no unknown ids or fields. Returns the translations by
 * event id, or null when the file has errors. (Its "stories" section: validateStoryTranslations.)
 */
function validateTranslations(
  c: Collector, tf: TranslationFile, eventIds: ReadonlyMap<string, Obj>, sources: Map<string, SourceIndex>,
): { lang: string; byEvent: Map<string, EventTranslation> } | null {
  const before = c.errors.length;
  const { f, lang, v } = tf;
  if (v === undefined) return null;
  if (!isObj(v) || !isObj(v.events)) {
    c.add(f.file, '(file)', 'a translation file must hold {"events": {"<event id>": {"summary": ...}}}');
    return null;
  }
  checkUnknownKeys(c, f.file, '(file)', v, TranslationFileSchema.entries);
  const byEvent = new Map<string, EventTranslation>();
  for (const [id, t] of Object.entries(v.events)) {
    const ev = eventIds.get(id);
    if (!ev) {
      c.add(f.file, id, 'no event has this id');
      continue;
    }
    if (!isObj(t)) {
      c.add(f.file, id, 'a translation must be an object with summary (and dateNote, conflict where the event has them)');
      continue;
    }
    checkUnknownKeys(c, f.file, id, t, EventTranslationSchema.entries);
    const out: Partial<EventTranslation> = {};
    for (const k of TRANSLATED_KEYS) {
      const has = ev[k] !== undefined;
      if (t[k] === undefined) {
        if (has) c.add(f.file, id, `${k} is not translated (the event has one)`);
      } else if (!has) c.add(f.file, id, `a translation of ${k}, but the event has no ${k}`);
      else {
        const field = valibot.safeParse(EventTranslationSchema.entries[k], t[k]);
        if (!field.success) {
          c.add(f.file, id, field.issues[0].message);
          continue;
        }
        out[k] = field.output;
        // The same number check as the English prose, with this language's number words
        // (digits always; English words for a language we have no word list for).
        const allowed = allowedNumbers(ev, sources);
        checkProseNumbers(c, f.file, id, k, t[k], k === 'dateNote' ? allowed.dateNote : allowed.prose, proseLangs(lang));
      }
    }
    byEvent.set(id, out as EventTranslation);
  }
  for (const id of eventIds.keys()) {
    if (!Object.hasOwn(v.events, id)) c.add(f.file, id, `event is not translated (${lang})`);
  }
  return c.errors.length > before ? null : { lang, byEvent };
}

/** What a story is checked against: the events (raw and compiled), the sources, and the span of the data. */
interface StoryContext {
  /** Every event object by id, valid or not: a step naming a broken event is not also told it does not exist. */
  rawEvents: ReadonlyMap<string, Obj>;
  /** The valid events by id. */
  events: ReadonlyMap<string, CompiledEvent>;
  sources: Map<string, SourceIndex>;
  /** The first event's day and the horizon (how far the sources reach, src/data/scope.ts); null when there are no events. */
  firstDay: number | null;
  horizon: number | null;
  /** Countries some event is about (a step may select them), and the sending states (it may not). */
  destinations: ReadonlySet<string>;
  senders: ReadonlySet<string>;
}

/** What a story's translations are checked against, for every story with a usable id (valid or not). */
interface StoryShape {
  file: string;
  /** The number of steps, or null when `steps` is not a list (a translation's captions cannot be counted then). */
  steps: number | null;
  /** The numbers each step's caption may say: those of its events' quotes, dates and people counts. */
  allowed: Set<string>[];
  /** The numbers the title may say: those of all the story's events. */
  titleAllowed: Set<string>;
}

const CAPTION_WHOSE = "the step's events' quotes, dates or people counts";

/** The day an event takes effect, from its raw object; null when its date is not a real date. */
function rawEventDay(e: Obj): number | null {
  return typeof e.date === 'string' ? isoToDay(e.date) : null;
}

/**
 * Checks one data/stories/<id>.json: its fields, its steps' dates (real, within the data, in
 * order), countries, regions and events (existing, none dated after its step), and that no
 * caption says a number its events do not. Returns the compiled story (null when it has errors)
 * and, for a usable id, its shape for the translations' check.
 */
function validateStory(c: Collector, f: RawFile, ctx: StoryContext): { story: Story | null; id: string | null; shape: StoryShape | null } {
  const none = { story: null, id: null, shape: null };
  const v = parseJson(c, f);
  if (v === undefined) return none;
  if (!isObj(v)) {
    c.add(f.file, '(file)', 'a story file must hold one JSON object: {"id", "title", "steps": [...]}');
    return none;
  }
  const stem = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
  const rec = typeof v.id === 'string' && v.id ? v.id : stem;
  const before = c.errors.length;
  const fields = checkShape(c, f.file, rec, STORY_FIELDS, v, { also: ['steps'] });
  if (typeof v.id === 'string' && ID.test(v.id) && v.id !== stem) c.add(f.file, rec, `id "${v.id}" does not match the file name "${stem}"`);
  const shape: StoryShape = { file: f.file, steps: Array.isArray(v.steps) ? v.steps.length : null, allowed: [], titleAllowed: new Set() };
  const steps: StoryStep[] = [];
  if (!Array.isArray(v.steps) || v.steps.length === 0) {
    c.add(f.file, rec, 'a story needs at least one step (steps: a non-empty list)');
  } else {
    let lastDay = -Infinity;
    v.steps.forEach((st, i) => {
      const srec = `${rec} step ${i + 1}`;
      const allowed = new Set<string>();
      shape.allowed.push(allowed);
      if (!isObj(st)) {
        c.add(f.file, srec, 'a step must be an object: {"date", "events", "caption"} (and "country", "region" if wanted)');
        return;
      }
      const stepBefore = c.errors.length;
      const step = checkShape(c, f.file, srec, StoryStepSchema, st);
      // The date: within the data, on or after the step before.
      const day = typeof st.date === 'string' && parsePartialDate(st.date) ? isoToDay(st.date) : null;
      if (day !== null) {
        if (ctx.firstDay !== null && day < ctx.firstDay) {
          c.add(f.file, srec, `date "${String(st.date)}" is before the first event in the data (${dayToIso(ctx.firstDay)})`);
        } else if (ctx.horizon !== null && day > ctx.horizon) {
          c.add(f.file, srec, `date "${String(st.date)}" is after the horizon, the latest date the sources reach (${dayToIso(ctx.horizon)})`);
        }
        if (day < lastDay) c.add(f.file, srec, `steps must be in date order: "${String(st.date)}" is before the step before it`);
        lastDay = Math.max(lastDay, day);
      }
      // The country to select: one the data has events about.
      if (typeof st.country === 'string' && isCountryCode(st.country) && !ctx.destinations.has(st.country)) {
        c.add(f.file, srec, ctx.senders.has(st.country)
          ? `country ${st.country} is the sending state: its events apply to every destination and colour no country; leave country out`
          : `country ${st.country} has no events in the data: there would be nothing to show`);
      }
      // The events it rests on: they exist, and none is dated after the step.
      if (Array.isArray(st.events)) {
        for (const id of st.events) {
          if (typeof id !== 'string') continue;
          const raw = ctx.rawEvents.get(id);
          if (!raw) {
            c.add(f.file, srec, `event "${id}" does not exist`);
            continue;
          }
          for (const n of allowedNumbers(raw, ctx.sources).prose) {
            allowed.add(n);
            shape.titleAllowed.add(n);
          }
          const ev = ctx.events.get(id);
          if (ev && day !== null && ev.day > day) {
            c.add(f.file, srec, `event "${id}" is dated ${ev.date}, after the step's date "${String(st.date)}": a step can only rest on what had happened by then`);
          }
        }
      }
      if (isNonEmptyString(st.caption)) checkProseNumbers(c, f.file, srec, 'caption', st.caption, allowed, PROSE_LANGS.en, CAPTION_WHOSE);
      if (c.errors.length > stepBefore || !step || day === null) return;
      steps.push({ ...step, day });
    });
  }
  if (isNonEmptyString(v.title)) checkProseNumbers(c, f.file, rec, 'title', v.title, shape.titleAllowed, PROSE_LANGS.en, "the story's events' quotes, dates or people counts");
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : null;
  const story = c.errors.length > before || !fields ? null : { ...fields, steps };
  return { story, id, shape: id === null ? null : shape };
}

/**
 * Checks the "stories" section of one data/i18n/<lang>.json: every story translated, a title and
 * one caption per step, none empty, no unknown ids or fields, and the same number check as the
 * English, with this language's number words. Returns the translations by story id, or null.
 */
function validateStoryTranslations(
  c: Collector, tf: TranslationFile, shapes: ReadonlyMap<string, StoryShape>,
): Map<string, StoryTranslation> | null {
  const { f, lang, v } = tf;
  if (!isObj(v)) return null; // reported by validateTranslations
  const before = c.errors.length;
  const out = new Map<string, StoryTranslation>();
  let section: Obj = {};
  if (v.stories !== undefined) {
    if (!isObj(v.stories)) {
      c.add(f.file, '(file)', 'stories must be an object: {"<story id>": {"title": ..., "captions": [...]}}');
      return null;
    }
    section = v.stories;
  }
  const words = proseLangs(lang);
  for (const [id, t] of Object.entries(section)) {
    const shape = shapes.get(id);
    if (!shape) {
      c.add(f.file, id, 'no story has this id');
      continue;
    }
    if (!isObj(t)) {
      c.add(f.file, id, 'a story\'s translation must be an object: {"title": ..., "captions": [one per step]}');
      continue;
    }
    checkUnknownKeys(c, f.file, id, t, StoryTranslationSchema.entries);
    if (!isNonEmptyString(t.title)) c.add(f.file, id, 'title must be a non-empty string');
    else checkProseNumbers(c, f.file, id, 'title', t.title, shape.titleAllowed, words, "the story's events' quotes, dates or people counts");
    if (!Array.isArray(t.captions)) {
      c.add(f.file, id, 'captions must be a list, one per step');
      continue;
    }
    if (shape.steps !== null && t.captions.length !== shape.steps) {
      c.add(f.file, id, `${t.captions.length} caption${t.captions.length === 1 ? '' : 's'} for ${shape.steps} step${shape.steps === 1 ? '' : 's'}: translate every step, in order`);
    }
    t.captions.forEach((cap, i) => {
      if (!isNonEmptyString(cap)) c.add(f.file, `${id} step ${i + 1}`, 'caption must be a non-empty string');
      else if (shape.allowed[i]) checkProseNumbers(c, f.file, `${id} step ${i + 1}`, 'caption', cap, shape.allowed[i], words, CAPTION_WHOSE);
    });
    if (isNonEmptyString(t.title)) out.set(id, { title: t.title, captions: t.captions as string[] });
  }
  for (const [id, shape] of shapes) {
    if (!Object.hasOwn(section, id)) c.add(f.file, id, `story is not translated (${lang}; its file: ${shape.file})`);
  }
  return c.errors.length > before ? null : out;
}

// ---------------------------------------------------------------- data/counts/<id>.json

/** A count's figure is stated in a quote in digits, in words, or in dozens ("two dozen", "two-dozen": 24). */
export function quoteStatesFigure(text: string, n: number): boolean {
  if (quoteStatesNumber(text, n)) return true;
  if (n % 12 !== 0) return false;
  const dozens = n / 12;
  const words = [String(dozens), ...(NUMBER_WORDS.get(dozens) ?? [])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|[^\\p{L}\\d])(${words.join('|')})[\\s\\u00A0-]+dozens?(?![\\p{L}])`, 'iu').test(text);
}

/** What a count's translations are checked against, for every count with a usable id (valid or not). */
interface CountShape {
  file: string;
  hasNote: boolean;
  /** The countries its reasons are given for. */
  reasons: string[];
  /** The numbers its prose may say: those of its quotes, its figure, and the years and days of its dates. */
  allowed: Set<string>;
}

const COUNT_WHOSE = "the count's quotes, its figure or its dates";

/** The numbers a count's own prose may say. */
function countAllowedNumbers(o: Obj): Set<string> {
  const allowed = new Set<string>();
  for (const d of [o.asOf, o.from]) if (typeof d === 'string') for (const n of dateNumbers(d)) allowed.add(n);
  if (typeof o.figure === 'number') allowed.add(String(o.figure));
  if (Array.isArray(o.quotes)) {
    for (const q of o.quotes) if (isObj(q) && typeof q.text === 'string') for (const n of numbersIn(q.text)) allowed.add(n.value);
  }
  return allowed;
}

/**
 * Checks one data/counts/<id>.json on its own: its fields, dates, measure, figure (stated in a
 * quote), countries and reasons, its quotes (verbatim; their sources count as used) and the numbers
 * in its prose. Whether its reasons match the map is checked once the events are compiled
 * (checkCountDifferences). Returns the compiled count (null when it has errors) and, for a usable
 * id, its shape for the translations' check.
 */
function validateCount(
  c: Collector, f: RawFile, sources: Map<string, SourceIndex>, used: Set<string>, checkedDay: number | null,
): { count: CompiledCount | null; id: string | null; shape: CountShape | null } {
  const none = { count: null, id: null, shape: null };
  const v = parseJson(c, f);
  if (v === undefined) return none;
  if (!isObj(v)) {
    c.add(f.file, '(file)', 'a count file must hold one JSON object: {"id", "by", "asOf", "measure", "figure", "quotes", ...}');
    return none;
  }
  const stem = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
  const rec = typeof v.id === 'string' && v.id ? v.id : stem;
  const before = c.errors.length;
  const fields = checkShape(c, f.file, rec, COUNT_FIELDS, v, { also: ['quotes', 'reasons'] });
  if (typeof v.id === 'string' && ID.test(v.id) && v.id !== stem) c.add(f.file, rec, `id "${v.id}" does not match the file name "${stem}"`);
  checkNotAfter(c, f.file, rec, 'asOf', v.asOf, checkedDay);
  checkDated(c, f.file, rec, v, checkedDay);
  // The period and the measure fit together.
  const fromDay = typeof v.from === 'string' ? isoToDay(v.from) : null;
  const day = typeof v.asOf === 'string' ? isoToEndDay(v.asOf) : null;
  if (v.from !== undefined && v.measure !== 'received') c.add(f.file, rec, 'from is for a count over a period (measure "received"): leave it out');
  if (fromDay !== null && day !== null && fromDay > day) c.add(f.file, rec, `from "${String(v.from)}" is after asOf "${String(v.asOf)}"`);
  if (v.measure === 'status' && v.statuses === undefined) c.add(f.file, rec, 'a count of measure "status" says which statuses count: statuses is required');
  if (v.measure !== 'status' && v.statuses !== undefined) c.add(f.file, rec, 'statuses are for measure "status": leave them out');
  if (Array.isArray(v.statuses) && new Set(v.statuses).size !== v.statuses.length) c.add(f.file, rec, 'statuses lists a status twice');
  // The countries they name, and whether that is all of them.
  if (Array.isArray(v.countries)) {
    const dup = v.countries.filter((x, i, a) => a.indexOf(x) !== i);
    if (dup.length > 0) c.add(f.file, rec, `countries lists ${dup.map(String).join(', ')} twice`);
    if (typeof v.complete !== 'boolean') c.add(f.file, rec, 'with countries, complete says whether they name every country of their figure (true) or only some (false)');
    else if (v.complete && typeof v.figure === 'number' && v.countries.length !== v.figure) {
      c.add(f.file, rec, `complete: their figure is ${v.figure} but countries names ${v.countries.length}`);
    }
  } else if (v.complete !== undefined) c.add(f.file, rec, 'complete is said of the countries they name: give countries, or leave complete out');
  // Reasons: one per country, each with the quotes it rests on (verbatim) where it has any.
  const reasons: string[] = [];
  const compiledReasons: CountReason[] = [];
  if (v.reasons !== undefined) {
    if (!Array.isArray(v.reasons)) c.add(f.file, rec, 'reasons must be a list of {country, reason, note}');
    else {
      v.reasons.forEach((r, i) => {
        if (!isObj(r)) {
          c.add(f.file, rec, `reason ${i + 1} must be an object: {country, reason, note}`);
          return;
        }
        const fields = checkShape(c, f.file, rec, COUNT_REASON_FIELDS, r, { prefix: `reason ${i + 1}: `, also: ['quotes'] });
        const rq: CompiledQuote[] = [];
        if (r.quotes !== undefined) {
          if (!Array.isArray(r.quotes) || r.quotes.length === 0) c.add(f.file, rec, `reason ${i + 1}: quotes must be a non-empty list when present`);
          else {
            r.quotes.forEach((q, j) => {
              const cq = validateQuote(c, f.file, `${rec}`, q, j, sources, used, `reason ${i + 1}: quote ${j + 1}`);
              if (cq) rq.push(cq);
            });
          }
        }
        if (fields) compiledReasons.push({ ...fields, ...(rq.length > 0 ? { quotes: rq } : {}) });
        if (typeof r.country !== 'string') return;
        if (reasons.includes(r.country)) c.add(f.file, rec, `reasons: ${r.country} is given two reasons`);
        reasons.push(r.country);
      });
    }
  }
  // Quotes: at least one, verbatim; one of them states the figure.
  const quotes: CompiledQuote[] = [];
  if (!Array.isArray(v.quotes) || v.quotes.length === 0) c.add(f.file, rec, 'a count needs at least one quote: the words that give its figure');
  else {
    v.quotes.forEach((q, i) => {
      const cq = validateQuote(c, f.file, rec, q, i, sources, used);
      if (cq) quotes.push(cq);
    });
    const texts = v.quotes.filter(isObj).map((q) => q.text).filter((t): t is string => typeof t === 'string');
    const listed = v.complete === true && Array.isArray(v.countries) && v.countries.length === v.figure;
    if (typeof v.figure === 'number' && !listed && !texts.some((t) => quoteStatesFigure(t, v.figure as number))) {
      c.add(f.file, rec, `figure ${v.figure} is not a number stated in any of its quotes (nor the length of a list that names every country)`);
    }
    // Each country they name is named in one of the quotes (by its English name).
    if (Array.isArray(v.countries)) {
      const said = texts.map((t) => quoteMatchText(t).toLowerCase());
      for (const x of v.countries) {
        if (typeof x !== 'string' || !isCountryCode(x)) continue;
        const names = englishNames(x);
        if (!names.some((n) => said.some((t) => t.includes(quoteMatchText(n).toLowerCase())))) {
          c.add(f.file, rec, `countries: ${x} (${names.join(' / ')}) is not named in any of the quotes: quote the words that name it`);
        }
      }
    }
  }
  // Our own prose says no number its quotes, figure or dates do not.
  const allowed = countAllowedNumbers(v);
  checkProseNumbers(c, f.file, rec, 'by', v.by, allowed, PROSE_LANGS.en, COUNT_WHOSE);
  checkProseNumbers(c, f.file, rec, 'note', v.note, allowed, PROSE_LANGS.en, COUNT_WHOSE);
  if (Array.isArray(v.reasons)) {
    for (const r of v.reasons) if (isObj(r)) checkProseNumbers(c, f.file, rec, `reasons: ${String(r.country)}: note`, r.note, allowed, PROSE_LANGS.en, COUNT_WHOSE);
  }
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : null;
  const shape: CountShape | null = id === null ? null : { file: f.file, hasNote: v.note !== undefined, reasons, allowed };
  if (c.errors.length > before || !fields || day === null) return { count: null, id, shape };
  const count: CompiledCount = {
    ...fields,
    quotes,
    ...(compiledReasons.length > 0 ? { reasons: compiledReasons } : {}),
    day,
    ...(fromDay !== null ? { fromDay } : {}),
  };
  return { count, id, shape };
}

/**
 * Holds a count's reasons to the map: every country it names that the map's count on its date
 * lacks (and, when it names them all, every country the map counts that it does not name) has a
 * reason, and no reason is given for a country on which they agree.
 */
function checkCountDifferences(c: Collector, file: string, count: CompiledCount, events: readonly CompiledEvent[], index: StatusIndex): void {
  const map = mapCountries(count, events, index);
  const { theirsOnly, mapOnly } = countDifferences(count.countries, count.complete === true, map);
  const on = dayToIso(count.day);
  const given = new Set((count.reasons ?? []).map((r) => r.country));
  for (const x of theirsOnly) {
    if (!given.has(x)) c.add(file, count.id, `${x} is named by them but is not in the map's count on ${on}: give a reason for it`);
  }
  for (const x of mapOnly) {
    if (!given.has(x)) c.add(file, count.id, `${x} is in the map's count on ${on} but not in their list, which names every country: give a reason for it`);
  }
  const differ = new Set([...theirsOnly, ...mapOnly]);
  for (const x of given) {
    if (!differ.has(x)) c.add(file, count.id, `a reason for ${x}, but the map and their count ${count.countries?.includes(x) ? 'agree on it' : 'do not differ on it (they do not name it)'} on ${on}: leave it out`);
  }
}

/**
 * Checks the "counts" section of one data/i18n/<lang>.json: every count with prose of ours (a note,
 * reasons) translated, a note where the count has one, a reason note for each of its reasons, none
 * empty, no unknown ids, fields or countries, and the same number check as the English.
 */
function validateCountTranslations(c: Collector, tf: TranslationFile, shapes: ReadonlyMap<string, CountShape>): Map<string, CountTranslation> | null {
  const { f, lang, v } = tf;
  if (!isObj(v)) return null; // reported by validateTranslations
  const before = c.errors.length;
  const out = new Map<string, CountTranslation>();
  let section: Obj = {};
  if (v.counts !== undefined) {
    if (!isObj(v.counts)) {
      c.add(f.file, '(file)', 'counts must be an object: {"<count id>": {"note": ..., "reasons": {"<ISO3>": ...}}}');
      return null;
    }
    section = v.counts;
  }
  const words = proseLangs(lang);
  for (const [id, t] of Object.entries(section)) {
    const shape = shapes.get(id);
    if (!shape) {
      c.add(f.file, id, 'no published count has this id');
      continue;
    }
    if (!isObj(t)) {
      c.add(f.file, id, 'a count\'s translation must be an object: {"note": ..., "reasons": {"<ISO3>": ...}}');
      continue;
    }
    checkUnknownKeys(c, f.file, id, t, CountTranslationSchema.entries);
    const tr: CountTranslation = {};
    if (t.by !== undefined) {
      if (!isNonEmptyString(t.by)) c.add(f.file, id, 'by must be a non-empty string when present');
      else {
        tr.by = t.by;
        checkProseNumbers(c, f.file, id, 'by', t.by, shape.allowed, words, COUNT_WHOSE);
      }
    }
    if (t.note === undefined) {
      if (shape.hasNote) c.add(f.file, id, 'note is not translated (the count has one)');
    } else if (!shape.hasNote) c.add(f.file, id, 'a translation of note, but the count has no note');
    else if (!isNonEmptyString(t.note)) c.add(f.file, id, 'note must be a non-empty string');
    else {
      tr.note = t.note;
      checkProseNumbers(c, f.file, id, 'note', t.note, shape.allowed, words, COUNT_WHOSE);
    }
    const rs = t.reasons === undefined ? {} : t.reasons;
    if (!isObj(rs)) c.add(f.file, id, 'reasons must be an object: {"<ISO3>": "the note, translated"}');
    else {
      const got: Record<string, string> = {};
      for (const [x, note] of Object.entries(rs)) {
        if (!shape.reasons.includes(x)) c.add(f.file, id, `reasons: ${x}: the count gives no reason for this country`);
        else if (!isNonEmptyString(note)) c.add(f.file, id, `reasons: ${x}: the note must be a non-empty string`);
        else {
          got[x] = note;
          checkProseNumbers(c, f.file, id, `reasons: ${x}: note`, note, shape.allowed, words, COUNT_WHOSE);
        }
      }
      for (const x of shape.reasons) if (!Object.hasOwn(rs, x)) c.add(f.file, id, `reasons: ${x}: the reason's note is not translated (${lang})`);
      if (Object.keys(got).length > 0) tr.reasons = got;
    }
    out.set(id, tr);
  }
  for (const [id, shape] of shapes) {
    if ((shape.hasNote || shape.reasons.length > 0) && !Object.hasOwn(section, id)) c.add(f.file, id, `published count is not translated (${lang}; its file: ${shape.file})`);
  }
  return c.errors.length > before ? null : out;
}

export function validate(raw: RawData): ValidationResult {
  const c = new Collector();

  let checked = '';
  let checkedDay: number | null = null;
  const meta = parseJson(c, raw.meta);
  if (meta !== undefined) {
    const m = valibot.safeParse(MetaSchema, isObj(meta) ? meta : {});
    if (!m.success) c.add(raw.meta.file, 'checked', reasonOf(MetaSchema, m.issues[0]));
    else {
      checked = m.output.checked;
      checkedDay = isoToDay(checked);
    }
  }

  const sources = new Map<string, SourceIndex>();
  const sourceFiles = new Map<string, string>();
  for (const rs of raw.sources) {
    const s = validateSource(c, rs, checkedDay);
    if (!s) continue;
    if (sources.has(s.id)) {
      c.add(rs.json.file, s.id, `duplicate source id (also in ${sourceFiles.get(s.id) ?? '?'})`);
      continue;
    }
    sources.set(s.id, { source: s, matchText: quoteMatchTextWithMap(s.text) });
    sourceFiles.set(s.id, rs.json.file);
  }

  const used = new Set<string>();
  const events: CompiledEvent[] = [];
  const eventFiles = new Map<string, string>();
  /** Every event object by id, valid or not, so a translation of a broken event is not also "unknown". */
  const rawEvents = new Map<string, Obj>();
  for (const f of raw.events) {
    const v = parseJson(c, f);
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      c.add(f.file, '(file)', 'an events file must hold a JSON array of events');
      continue;
    }
    const stem = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
    const fileCountry = /^[A-Z]{3}$/.test(stem) ? stem : null;
    if (fileCountry === null) c.add(f.file, '(file)', 'an events file is named after its country: <ISO3>.json');
    let lastDay = -Infinity;
    v.forEach((e, i) => {
      if (isObj(e) && typeof e.id === 'string' && !rawEvents.has(e.id)) rawEvents.set(e.id, e);
      const ev = validateEvent(c, f.file, fileCountry, e, i, sources, used, checkedDay);
      if (!ev) return;
      const prev = eventFiles.get(ev.id);
      if (prev !== undefined) {
        c.add(f.file, ev.id, `duplicate event id (also in ${prev})`);
        return;
      }
      eventFiles.set(ev.id, f.file);
      if (ev.day < lastDay) c.add(f.file, ev.id, 'events must be listed in date order within their file (on the same date, the later one wins)');
      lastDay = Math.max(lastDay, ev.day);
      events.push(ev);
    });
  }

  // Published counts: their quotes use sources too.
  const counts: { file: string; count: CompiledCount }[] = [];
  const countShapes = new Map<string, CountShape>();
  for (const f of raw.counts ?? []) {
    const { count, id, shape } = validateCount(c, f, sources, used, checkedDay);
    if (id !== null && shape) {
      const prev = countShapes.get(id);
      if (prev) {
        c.add(f.file, id, `duplicate count id (also in ${prev.file})`);
        continue;
      }
      countShapes.set(id, shape);
    }
    if (count) counts.push({ file: f.file, count });
  }

  for (const [id, file] of sourceFiles) {
    if (!used.has(id)) c.add(file, id, 'source is not used by any event or published count');
  }

  const trFiles = (raw.translations ?? []).map((f) => readTranslationFile(c, f));
  const translations = trFiles.map((tf) => validateTranslations(c, tf, rawEvents, sources));

  // Stories: checked against every event (the raw ones too, so that a broken event is reported
  // once, as itself) and the span of the data, from the first event's day to the horizon.
  const rawDays = [...rawEvents.values()].map(rawEventDay).filter((d): d is number => d !== null && (checkedDay === null || d <= checkedDay));
  const validSources = [...sources.values()].map((s) => s.source);
  const ctx: StoryContext = {
    rawEvents,
    events: new Map(events.map((e) => [e.id, e])),
    sources,
    firstDay: rawDays.length > 0 ? Math.min(...rawDays) : null,
    horizon: rawDays.length > 0 ? Math.max(sourcesReach({ events, sources: validSources }), ...rawDays) : null,
    destinations: new Set([...rawEvents.values()].filter((e) => typeof e.country === 'string' && !isSenderWide(e as { country: string; sender: string })).map((e) => e.country as string)),
    senders: new Set([...rawEvents.values()].map((e) => e.sender).filter((x): x is string => typeof x === 'string')),
  };
  const stories: Story[] = [];
  const shapes = new Map<string, StoryShape>();
  for (const f of raw.stories ?? []) {
    const { story, id, shape } = validateStory(c, f, ctx);
    if (id !== null && shape) {
      const prev = shapes.get(id);
      if (prev) {
        c.add(f.file, id, `duplicate story id (also in ${prev.file})`);
        continue;
      }
      shapes.set(id, shape);
    }
    if (story) stories.push(story);
  }
  const storyTranslations = trFiles.map((tf) => validateStoryTranslations(c, tf, shapes));
  const countTranslations = trFiles.map((tf) => validateCountTranslations(c, tf, countShapes));

  if (c.errors.length > 0) return { dataset: null, errors: c.errors };
  for (const t of translations) {
    if (!t) continue;
    for (const ev of events) {
      const tr = t.byEvent.get(ev.id);
      if (tr) (ev.tr ??= {})[t.lang] = tr;
    }
  }
  trFiles.forEach((tf, i) => {
    const byStory = storyTranslations[i];
    if (!byStory) return;
    for (const st of stories) {
      const tr = byStory.get(st.id);
      if (tr) (st.tr ??= {})[tf.lang] = tr;
    }
  });
  stories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Stable sort: same-day events keep their file order, so the later one in the file wins.
  const order = new Map(events.map((e, i) => [e, i]));
  events.sort((a, b) => a.day - b.day || (order.get(a) as number) - (order.get(b) as number));
  // Each published count against the map's own count, now that the statuses can be computed.
  const index = new StatusIndex(events);
  for (const { file, count } of counts) checkCountDifferences(c, file, count, events, index);
  if (c.errors.length > 0) return { dataset: null, errors: c.errors };
  trFiles.forEach((tf, i) => {
    const byCount = countTranslations[i];
    if (!byCount) return;
    for (const { count } of counts) {
      const tr = byCount.get(count.id);
      if (tr) (count.tr ??= {})[tf.lang] = tr;
    }
  });
  const compiledCounts = counts.map((x) => x.count).sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    dataset: { checked, sources: [...sources.values()].map((s) => s.source), events, stories, counts: compiledCounts },
    errors: [],
  };
}

