/**
 * The public URL interface (DESIGN.md): pure parse and serialise. Each parameter parses to a
 * valid value, an invalid one (ignored, with a warning) or nothing; only values that differ
 * from the defaults are written back. The Record over QueryParam makes a new parameter that is
 * not handled here fail to compile.
 */
import { dayToIso, isoToDay } from '../data/dates.ts';
import { isLang, LANGS } from '../i18n/langs.ts';

import { VIEWS, type View } from './views.ts';

export { VIEWS, type View };
/** A language we ship a catalogue for (src/i18n/catalogues): 'en', 'es'. */
export type Lang = string;
export type Theme = 'light' | 'dark' | 'auto';

export interface UrlState {
  /** Selected day; null means the default (the latest date in the data). */
  date: number | null;
  country: string | null;
  view: View;
  lang: Lang | null;
  theme: Theme;
  embed: boolean;
  panel: boolean;
  present: boolean;
  step: number | null;
  id: string | null;
}

export type QueryParam = keyof UrlState;

export const DEFAULT_URL_STATE: UrlState = {
  date: null, country: null, view: 'map', lang: null, theme: 'auto',
  embed: false, panel: true, present: false, step: null, id: null,
};

export interface ParseContext {
  isCountry: (a3: string) => boolean;
  /** First and last day of the timeline; dates outside are clamped into it. */
  domain: readonly [number, number];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw) ? ok(raw as T) : bad(`expected one of ${values.join(', ')}`);
}

function flag(raw: string): Parsed<boolean> {
  return raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad('expected 0 or 1');
}

interface Codec<K extends QueryParam> {
  parse(raw: string, ctx: ParseContext, warn: (m: string) => void): Parsed<UrlState[K]>;
  serialise(value: UrlState[K]): string;
}

const codecs: { [K in QueryParam]: Codec<K> } = {
  date: {
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
  },
  country: {
    parse(raw, ctx) {
      const a3 = raw.toUpperCase();
      return /^[A-Z]{3}$/.test(a3) && ctx.isCountry(a3) ? ok(a3) : bad('expected an ISO 3166-1 alpha-3 code such as SLV (Kosovo: XKX)');
    },
    serialise: (v) => v ?? '',
  },
  view: { parse: oneOf<View>(VIEWS), serialise: (v) => v },
  lang: {
    parse: (raw) => (isLang(raw.toLowerCase()) ? ok(raw.toLowerCase()) : bad(`expected one of ${LANGS.join(', ')}`)),
    serialise: (v) => v ?? '',
  },
  theme: { parse: oneOf<Theme>(['light', 'dark', 'auto']), serialise: (v) => v },
  embed: { parse: flag, serialise: (v) => (v ? '1' : '') },
  panel: { parse: flag, serialise: (v) => (v ? '1' : '0') },
  present: { parse: flag, serialise: (v) => (v ? '1' : '') },
  step: {
    parse: (raw) => (/^[1-9]\d{0,3}$/.test(raw) ? ok(Number(raw)) : bad('expected a story step number from 1')),
    serialise: (v) => (v === null ? '' : String(v)),
  },
  id: {
    parse: (raw) => (/^[\w.:-]{1,64}$/.test(raw) ? ok(raw) : bad('expected up to 64 letters, digits, "-", "_", "." or ":"')),
    serialise: (v) => v ?? '',
  },
};

const ORDER: QueryParam[] = ['date', 'country', 'view', 'lang', 'theme', 'embed', 'panel', 'present', 'step', 'id'];

export interface ParseResult {
  state: UrlState;
  warnings: string[];
}

/** Reads a query string ("?date=2025-03&country=slv"). Never throws. */
export function parseQuery(search: string, ctx: ParseContext): ParseResult {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const warnings: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      if (!repeated.has(key)) warnings.push(`URL parameter "${key}" is given more than once; using the first`);
      repeated.add(key);
      continue;
    }
    seen.add(key);
    if (!(ORDER as string[]).includes(key)) {
      warnings.push(`unknown URL parameter "${key.slice(0, 40)}" ignored`);
      continue;
    }
    const k = key as QueryParam;
    const result = (codecs[k] as Codec<QueryParam>).parse(raw, ctx, (m) => warnings.push(m));
    if (result.ok) (state as unknown as Record<string, unknown>)[k] = result.value;
    else warnings.push(`URL parameter ${k}="${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}" ignored: ${result.reason}`);
  }
  return { state, warnings };
}

/** Writes only what differs from the defaults, in a stable order ("" when all are default). */
export function serialiseQuery(state: UrlState, defaults: UrlState = DEFAULT_URL_STATE): string {
  const params = new URLSearchParams();
  for (const k of ORDER) {
    const v = state[k];
    if (v === defaults[k]) continue;
    const s = (codecs[k] as Codec<QueryParam>).serialise(v);
    if (s !== '') params.set(k, s);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}
