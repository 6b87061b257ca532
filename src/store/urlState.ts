/**
 * The public URL interface (docs/INTERFACES.md, "URL parameters"): one table of codecs, from which
 * the parameters' order, their defaults and what the URL sync writes all derive. Each parameter parses to a valid value, an invalid one
 * (ignored, with a warning) or nothing; only values that differ from the defaults are written back.
 *
 * Adding a parameter is one codec here plus its binding to the store (URL_BINDINGS in
 * appStore.ts, a Record over the parameters: the compiler asks for it).
 */
import { dayToIso, isoToDay } from '../data/dates.ts';
import { isLang, LANGS } from '../i18n/langs.ts';
import { REGIONS, type Region } from '../data/regions.ts';
import { DEFAULT_VIEW, VIEWS, type View } from '../views/views.ts';
import { DEFAULT_SORT, SORTS, type TableSort } from '../table/tableSort.ts';

/** A language we ship a catalogue for (src/i18n/catalogues). */
export type Lang = string;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface ParseContext {
  isCountry: (a3: string) => boolean;
  /** First and last day of the timeline; dates outside are clamped into it. */
  domain: readonly [number, number];
  /** The stories the data has (their ids). */
  stories?: readonly string[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

interface Codec<T> {
  /** The value when the URL does not give one (never written). */
  default: T;
  parse(raw: string, ctx: ParseContext, warn: (m: string) => void): Parsed<T>;
  /** The value as written in the URL; '' leaves the parameter out. */
  serialise(value: T): string;
  /**
   * A check against the other parameters once all are read: a reason to ignore the value (its
   * one warning, in place of any its parse gave), or null to keep it.
   */
  relate?(value: T, state: Readonly<Record<string, unknown>>, ctx: ParseContext): string | null;
}

const codec = <T,>(c: Codec<T>): Codec<T> => c;

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw) ? ok(raw as T) : bad(`expected one of ${values.join(', ')}`);
}

function flag(raw: string): Parsed<boolean> {
  return raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad('expected 0 or 1');
}

const on = (v: boolean): string => (v ? '1' : '0');

/** Every URL parameter, in the order they are written. */
export const URL_PARAMS = {
  date: codec<number | null>({
    default: null,
    parse(raw, ctx, warn) {
      const day = isoToDay(raw);
      if (day === null) return bad('expected YYYY-MM-DD, YYYY-MM or YYYY');
      const [first, last] = ctx.domain;
      if (day < first || day > last) {
        const clamped = day < first ? first : last;
        warn(`date "${raw}" is outside the timeline (${dayToIso(first)} to ${dayToIso(last)}); showing ${dayToIso(clamped)}`);
        return ok(clamped);
      }
      return ok(day);
    },
    serialise: (v) => (v === null ? '' : dayToIso(v)),
  }),
  /**
   * Compare mode (src/compare/changes.ts): an earlier day A; the page shows what changed between
   * it and `date`. Clamped up to the timeline's first day like `date`; past its end, or not before
   * `date` (the last day when `date` is not given), ignored.
   */
  compare: codec<number | null>({
    default: null,
    parse(raw, ctx, warn) {
      const day = isoToDay(raw);
      if (day === null) return bad('expected YYYY-MM-DD, YYYY-MM or YYYY');
      const [first, last] = ctx.domain;
      if (day > last) return bad(`expected a date before the timeline's end (${dayToIso(last)})`);
      if (day < first) {
        warn(`compare "${raw}" is before the timeline (${dayToIso(first)} to ${dayToIso(last)}); comparing with ${dayToIso(first)}`);
        return ok(first);
      }
      return ok(day);
    },
    serialise: (v) => (v === null ? '' : dayToIso(v)),
    relate(v, state, ctx) {
      const b = (state.date as number | null) ?? ctx.domain[1];
      return v !== null && v >= b ? `expected a date before the date shown (${dayToIso(b)})` : null;
    },
  }),
  country: codec<string | null>({
    default: null,
    parse(raw, ctx) {
      // Empty: no country, said on purpose (a story step may select one; this link does not).
      if (raw === '') return ok(null);
      const a3 = raw.toUpperCase();
      return /^[A-Z]{3}$/.test(a3) && ctx.isCountry(a3) ? ok(a3) : bad('expected an ISO 3166-1 alpha-3 code such as SLV (Kosovo: XKX)');
    },
    serialise: (v) => v ?? '',
  }),
  view: codec<View>({ default: DEFAULT_VIEW, parse: oneOf<View>(VIEWS), serialise: (v) => v }),
  lang: codec<Lang | null>({
    default: null,
    parse: (raw) => (isLang(raw.toLowerCase()) ? ok(raw.toLowerCase()) : bad(`expected one of ${LANGS.join(', ')}`)),
    serialise: (v) => v ?? '',
  }),
  theme: codec<Theme>({ default: 'auto', parse: oneOf<Theme>(THEMES), serialise: (v) => v }),
  region: codec<Region>({ default: 'world', parse: oneOf<Region>(REGIONS), serialise: (v) => v }),
  present: codec<boolean>({ default: false, parse: flag, serialise: on }),
  story: codec<string | null>({
    default: null,
    parse: (raw, ctx) => (ctx.stories?.includes(raw) ? ok(raw) : bad(`expected a story of the data (${(ctx.stories ?? []).join(', ') || 'none'})`)),
    serialise: (v) => v ?? '',
  }),
  step: codec<number | null>({
    default: null,
    parse: (raw) => (/^[1-9]\d{0,3}$/.test(raw) ? ok(Number(raw)) : bad('expected a story step number from 1')),
    serialise: (v) => (v === null ? '' : String(v)),
  }),
  remote: codec<boolean>({ default: false, parse: flag, serialise: on }),
  session: codec<string | null>({
    default: null,
    parse: (raw) => (/^[A-Za-z0-9_-]{4,64}$/.test(raw) ? ok(raw) : bad('expected 4 to 64 letters, digits, "-" or "_"')),
    serialise: (v) => v ?? '',
  }),
  embed: codec<boolean>({ default: false, parse: flag, serialise: on }),
  panel: codec<boolean>({ default: true, parse: flag, serialise: on }),
  id: codec<string | null>({
    default: null,
    parse: (raw) => (/^[\w.:-]{1,64}$/.test(raw) ? ok(raw) : bad('expected up to 64 letters, digits, "-", "_", "." or ":"')),
    serialise: (v) => v ?? '',
  }),
  /** The table's order: a column, "-" before it for descending (src/table/tableSort.ts). */
  sort: codec<TableSort>({ default: DEFAULT_SORT, parse: oneOf<TableSort>(SORTS), serialise: (v) => v }),
};

export type QueryParam = keyof typeof URL_PARAMS;
type ValueOf<C> = C extends Codec<infer T> ? T : never;
export type UrlState = { [K in QueryParam]: ValueOf<(typeof URL_PARAMS)[K]> };

const PARAMS = Object.keys(URL_PARAMS) as QueryParam[];
const codecOf = (k: QueryParam): Codec<unknown> => URL_PARAMS[k] as Codec<unknown>;

export const DEFAULT_URL_STATE = Object.fromEntries(PARAMS.map((k) => [k, codecOf(k).default])) as UrlState;

function isQueryParam(key: string): key is QueryParam {
  return Object.hasOwn(URL_PARAMS, key);
}

export interface ParseResult {
  state: UrlState;
  /** The parameters the query gave valid values for (a story step's own values yield to them). */
  given: Set<QueryParam>;
  warnings: string[];
}

const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Reads a query string ("?date=2025-03&country=slv"). Never throws. */
export function parseQuery(search: string, ctx: ParseContext): ParseResult {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  const given = new Set<QueryParam>();
  const warnings: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  /** Where each parameter's warnings begin and how many its parse gave (a relate() failure replaces them). */
  const warnedAt = new Map<QueryParam, [number, number]>();
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      if (!repeated.has(key)) warnings.push(`URL parameter "${shown(key)}" is given more than once; using the first`);
      repeated.add(key);
      continue;
    }
    seen.add(key);
    if (!isQueryParam(key)) {
      warnings.push(`unknown URL parameter "${shown(key)}" ignored`);
      continue;
    }
    const start = warnings.length;
    const result = codecOf(key).parse(raw, ctx, (m) => warnings.push(m));
    warnedAt.set(key, [start, warnings.length - start]);
    if (result.ok) {
      state[key] = result.value;
      given.add(key);
    }
    else warnings.push(`URL parameter ${key}="${shown(raw)}" ignored: ${result.reason}`);
  }
  // Checks against other parameters, in reverse so that replacing warnings keeps the earlier ones' places.
  for (const key of [...given].reverse()) {
    const reason = codecOf(key).relate?.(state[key], state, ctx);
    if (!reason) continue;
    const [start, count] = warnedAt.get(key) ?? [warnings.length, 0];
    warnings.splice(start, count, `URL parameter ${key}="${shown(params.get(key) ?? '')}" ignored: ${reason}`);
    state[key] = codecOf(key).default;
    given.delete(key);
  }
  return { state: state as UrlState, given, warnings };
}

/**
 * What a story step sets: with a step in the URL these are always written (an empty `country=`
 * meaning none), so a link keeps the reader's own date, selection and framing, not the step's.
 */
const STEP_PARAMS = ['date', 'country', 'region'] as const satisfies readonly QueryParam[];

/**
 * Writes only what differs from the defaults, in the table's order ("" when all are default);
 * with a step, the step's parameters in full. `latestDay` is written for a `date` of null then.
 * On a country page (src/store/countryPage.ts) `pageCountry` is the default of `country`: not
 * written while it is selected, written empty (`country=`) when none is.
 */
export function serialiseQuery(state: UrlState, latestDay: number | null = null, pageCountry: string | null = null): string {
  const params = new URLSearchParams();
  const inStep = state.step !== null;
  for (const k of PARAMS) {
    const c = codecOf(k);
    const explicit = inStep && (STEP_PARAMS as readonly string[]).includes(k);
    const value = explicit && k === 'date' && state.date === null ? latestDay : state[k];
    const s = c.serialise(value);
    if (k === 'country' && pageCountry !== null && !explicit) {
      if (value !== pageCountry) params.set(k, s);
      continue;
    }
    if (explicit ? value !== null || k === 'country' : s !== '' && s !== c.serialise(c.default)) params.set(k, s);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}
