/**
 * The embed's message API (docs/INTERFACES.md, "Embed message protocol"), as pure functions: the
 * messages the embedded page sends its host, and the parsing of what a host may send it. Anything
 * that is not exactly one of the accepted shapes is refused with a reason (the page ignores it,
 * and says why in the console once), never half-applied.
 */
import { isoToDay } from '../data/dates.ts';
import { isRegion, REGIONS, type Region } from '../data/regions.ts';

/** Every message the page sends carries this, so hosts can tell ours from others. */
export const SOURCE = 'tcdm';
/** Every message a host sends the page carries this. */
const TARGET = 'tcdm';

export type Outgoing =
  | { source: typeof SOURCE; type: 'ready'; id: string | null }
  | { source: typeof SOURCE; type: 'resize'; id: string | null; height: number }
  | { source: typeof SOURCE; type: 'state'; id: string | null; date: string; compare: string | null; country: string | null; region: Region; step: number | null; playing: boolean };

interface SetCommand {
  type: 'set';
  /** A day (from YYYY-MM-DD, YYYY-MM or YYYY). */
  day?: number;
  /** Compare mode's earlier day (src/compare; from YYYY-MM-DD, YYYY-MM or YYYY), or null to leave compare mode. */
  compare?: number | null;
  /** ISO alpha-3, or null to clear the selection. */
  country?: string | null;
  region?: Region;
  step?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

export type Incoming = SetCommand | { type: 'play' } | { type: 'pause' };

export interface ProtocolContext {
  isCountry(a3: string): boolean;
  isLang(tag: string): boolean;
  /** How many steps the story has (0: none). */
  steps: number;
}

type Result = { ok: true; message: Incoming } | { ok: false; reason: string };

const SET_KEYS = new Set(['target', 'type', 'date', 'compare', 'country', 'region', 'step', 'theme', 'lang']);
const BARE_KEYS = new Set(['target', 'type']);

const fail = (reason: string): Result => ({ ok: false, reason });

/**
 * A host's message, or why it is refused. Only plain objects with `target: "tcdm"`, a known `type`,
 * known fields, and every field valid; no prototype tricks (own, enumerable, string keys only).
 */
export function parseIncoming(data: unknown, ctx: ProtocolContext): Result {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not an object');
  const proto = Object.getPrototypeOf(data) as unknown;
  if (proto !== Object.prototype && proto !== null) return fail('not a plain object');
  const m = data as Record<string, unknown>;
  if (m.target !== TARGET) return fail('not for this map (target is not "tcdm")');
  const keys = Object.keys(m);
  if (keys.length > SET_KEYS.size) return fail('too many fields');
  if (m.type === 'play' || m.type === 'pause') {
    const extra = keys.filter((k) => !BARE_KEYS.has(k));
    return extra.length > 0 ? fail(`unexpected field "${extra[0]}"`) : { ok: true, message: { type: m.type } };
  }
  if (m.type !== 'set') return fail('type must be "set", "play" or "pause"');
  const extra = keys.filter((k) => !SET_KEYS.has(k));
  if (extra.length > 0) return fail(`unexpected field "${String(extra[0]).slice(0, 40)}"`);
  const out: SetCommand = { type: 'set' };
  if ('date' in m) {
    const day = typeof m.date === 'string' && m.date.length <= 10 ? isoToDay(m.date) : null;
    if (day === null) return fail('date must be YYYY-MM-DD, YYYY-MM or YYYY');
    out.day = day;
  }
  if ('compare' in m) {
    const day = typeof m.compare === 'string' && m.compare.length <= 10 ? isoToDay(m.compare) : null;
    if (m.compare === null) out.compare = null;
    else if (day === null) return fail('compare must be YYYY-MM-DD, YYYY-MM or YYYY, or null');
    else out.compare = day;
  }
  if ('country' in m) {
    if (m.country === null) out.country = null;
    else if (typeof m.country === 'string' && /^[A-Za-z]{3}$/.test(m.country) && ctx.isCountry(m.country.toUpperCase())) out.country = m.country.toUpperCase();
    else return fail('country must be an ISO 3166-1 alpha-3 code, or null');
  }
  if ('region' in m) {
    if (!isRegion(m.region)) return fail(`region must be one of ${REGIONS.join(', ')}`);
    out.region = m.region;
  }
  if ('step' in m) {
    if (typeof m.step !== 'number' || !Number.isInteger(m.step) || m.step < 1 || m.step > ctx.steps) return fail(`step must be a whole number from 1 to ${ctx.steps}`);
    out.step = m.step;
  }
  if ('theme' in m) {
    if (m.theme !== 'light' && m.theme !== 'dark' && m.theme !== 'auto') return fail('theme must be light, dark or auto');
    out.theme = m.theme;
  }
  if ('lang' in m) {
    if (typeof m.lang !== 'string' || !ctx.isLang(m.lang)) return fail('lang must be a language the map ships');
    out.lang = m.lang;
  }
  if (Object.keys(out).length === 1) return fail('set needs at least one of date, compare, country, region, step, theme, lang');
  return { ok: true, message: out };
}

/** The page's content height as it reports it: whole CSS pixels, at least 1. */
export function reportedHeight(height: number): number {
  return Math.max(1, Math.ceil(height));
}
