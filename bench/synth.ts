/**
 * A synthetic data set at 100x the real one: about 5,000 events and 10,000 quotes from 1,000
 * sources, over the real timeline and every country in the ISO table, made in memory by a seeded
 * generator (the same data on every run and in every runtime). It is never written under data/ and
 * never committed: the bench builds it where it measures (the scale page, in the browser), and
 * `npx tsx bench/synth-cli.ts [dir]` writes a copy to a temporary folder for a look.
 *
 * The shape is the compiled one the app loads (src/data/types.ts Dataset): events sorted by day,
 * each quote a verbatim span of its source's text with its [start, end) offsets. Events per
 * country follow a Zipf-like law, so a few countries are busy: BUSY (El Salvador) has the most.
 */
import table from '../src/data/countries.json';
import { STATUSES, type CompiledEvent, type CompiledQuote, type Dataset, type SourceWithText, type Status, type TextKind } from '../src/data/types.ts';

export interface SynthOptions {
  events?: number;
  quotesPerEvent?: number;
  sources?: number;
  seed?: number;
  /** The real data's first and last day (days since 1970-01-01), so the timeline matches. */
  firstDay?: number;
  lastDay?: number;
}

/** The busiest country of the synthetic set. */
export const BUSY = 'SLV';

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the government said on tuesday that it had agreed to accept people deported from the united states who are not its ' +
  'citizens under an arrangement announced by the state department officials declined to say how many would be sent ' +
  'or when flights would begin a spokesperson for the ministry of foreign affairs told reporters that talks were ' +
  'continuing and that no agreement had been signed lawyers for the migrants asked a federal judge to block the ' +
  'transfers arguing that they faced danger in a country where they have no ties the administration has pressed ' +
  'several governments in africa asia and latin america to take deportees in exchange for aid or trade concessions'
).split(' ');
const PUBLISHERS = ['Associated Press', 'Reuters', 'CBS News', 'Bloomberg', 'The New York Times', 'El País', 'Al Jazeera', 'BBC News'];
const VIA = ['Yahoo News Canada', 'Winnipeg Free Press', 'MSN', 'ABC News'];
const KINDS: TextKind[] = ['original', 'copy', 'excerpt', 'excerpt', 'rewrite', 'machine-translation'];

const pad = (n: number) => String(n).padStart(2, '0');
function isoOf(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const dayOf = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);

export function synthDataset(opts: SynthOptions = {}): Dataset {
  const nEvents = opts.events ?? 5000;
  const perEvent = opts.quotesPerEvent ?? 2;
  const nSources = opts.sources ?? 1000;
  const firstDay = opts.firstDay ?? dayOf(2019, 7, 26);
  const lastDay = opts.lastDay ?? dayOf(2026, 3, 11);
  const r = rng(opts.seed ?? 100);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const sources: SourceWithText[] = [];
  for (let i = 0; i < nSources; i++) {
    const published = isoOf(firstDay + Math.floor(r() * (lastDay - firstDay + 1)));
    const textKind = pick(KINDS);
    const via = r() < 0.3 ? pick(VIA) : undefined;
    const text = Array.from({ length: 8 + Math.floor(r() * 8) }, () => `${words(25 + Math.floor(r() * 20))}.`).join('\n\n');
    sources.push({
      id: `synth-${i}`,
      added: '2026-11-23',
      publisher: pick(PUBLISHERS),
      headline: words(10),
      authors: r() < 0.7 ? ['A. Reporter'] : [],
      published,
      url: `https://example.org/news/${i}/${published}`,
      ...(via ? { via } : {}),
      language: 'en',
      textKind,
      text,
    });
  }

  // Countries in a seeded order, BUSY first; weights ~ 1/rank^0.9 so a few countries carry many events.
  const codes = (table as { a3: string }[]).map((c) => c.a3).filter((c) => c !== BUSY);
  for (let i = codes.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
  }
  codes.unshift(BUSY);
  const weights = codes.map((_, i) => 1 / (i + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => (cumulative.push(acc + w / total), acc + w / total), 0);
  const country = (): string => {
    const x = r();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return codes[lo] as string;
  };

  const events: CompiledEvent[] = [];
  for (let i = 0; i < nEvents; i++) {
    const c = country();
    let day = firstDay + Math.floor(r() * (lastDay - firstDay + 1));
    let date = isoOf(day);
    const precision = r();
    if (precision > 0.95) {
      date = date.slice(0, 4);
      day = Math.max(firstDay, dayOf(Number(date), 1, 1));
    } else if (precision > 0.8) {
      date = date.slice(0, 7);
      day = Math.max(firstDay, dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1));
    }
    const status: Status | null = r() < 0.2 ? null : pick(STATUSES);
    const quotes: CompiledQuote[] = [];
    for (let q = 0; q < perEvent; q++) {
      const s = pick(sources);
      const start = s.text.indexOf(' ', Math.floor(r() * (s.text.length / 2))) + 1;
      const end = Math.min(s.text.length, start + 80 + Math.floor(r() * 200));
      quotes.push({ source: s.id, text: s.text.slice(start, end), lang: 'en', at: [start, end], ...(r() < 0.3 ? { speaker: 'A spokesperson' } : {}) });
    }
    const people = r() < 0.1 ? 1 + Math.floor(r() * 300) : undefined;
    events.push({
      id: `${c.toLowerCase()}-synth-${i}`,
      added: '2026-11-23',
      date,
      day,
      country: c,
      sender: 'USA',
      status,
      summary: words(12 + Math.floor(r() * 12)),
      ...(people !== undefined ? { people, ...(r() < 0.3 ? { peopleBasis: 'cumulative' as const } : {}) } : {}),
      ...(r() < 0.05 ? { dateNote: words(10) } : {}),
      ...(r() < 0.05 ? { conflict: words(20) } : {}),
      ...(r() < 0.05 ? { dateBasis: 'reported' as const } : {}),
      quotes,
    });
  }
  // Sorted by effective day, stable (generation order within a day), as the validator emits them.
  events.sort((a, b) => a.day - b.day);
  return { checked: isoOf(lastDay), sources, events };
}

export interface SynthStats {
  events: number;
  quotes: number;
  sources: number;
  countries: number;
  busy: string;
  busyEvents: number;
}

export function synthStats(d: Dataset): SynthStats {
  const per = new Map<string, number>();
  for (const e of d.events) per.set(e.country, (per.get(e.country) ?? 0) + 1);
  return {
    events: d.events.length,
    quotes: d.events.reduce((n, e) => n + e.quotes.length, 0),
    sources: d.sources.length,
    countries: per.size,
    busy: BUSY,
    busyEvents: per.get(BUSY) ?? 0,
  };
}
