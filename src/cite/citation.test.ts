/**
 * Citations of a view, on the browser tests' data set: the sources named are those of the events
 * behind the country's status (worked out here from the events), the BibTeX parses back to what
 * went in (with a small parser that counts braces as BibTeX does), and the CSL-JSON has what its
 * schema requires of every item.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readData } from '../../scripts/readData.ts';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { sourcesReach } from '../data/scope.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { Dataset, SourceWithText } from '../data/types.ts';
import { validate } from '../data/validate.ts';
import en from '../i18n/catalogues/en.ts';
import es from '../i18n/catalogues/es.ts';
import {
  bibEscape, citationBibtex, citationCsl, citationCslJson, citationSentence, citeView, PROJECT, readmeText, statusSources,
  type CiteModel, type CiteView,
} from './citation.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = validate(readData(root, join(root, 'e2e/fixtures/data')).raw).dataset as Dataset;
const horizon = sourcesReach(dataset);
const model: CiteModel = {
  dataset,
  horizon,
  index: new StatusIndex(dataset.events, { until: horizon }),
  sources: new Map(dataset.sources.map((s) => [s.id, s])),
};
const URL_ = 'https://example.org/sub/path/?country=MEX&date=2026-05-15&x=a%20b_c#frag';

const view = (country: string | null, day = horizon, url = URL_): CiteView =>
  citeView(model, { day, country, countryName: country ? `Name of ${country}` : '', url, accessed: '2026-12-06', title: en.title });

/** The sources of the events of `iso`'s current run of one status, from the events themselves. */
function expectedSources(iso: string, day: number): Set<string> {
  const mine = dataset.events.filter((e) => e.country === iso && e.status !== null && e.day <= day);
  const last = mine.at(-1);
  if (!last) return new Set();
  let i = mine.length - 1;
  while (i > 0 && mine[i - 1]?.status === last.status) i--;
  return new Set(mine.slice(i).flatMap((e) => e.quotes.map((q) => q.source)));
}

const countries = [...new Set(dataset.events.map((e) => e.country))];

describe('the sources of a country’s status', () => {
  it.each(countries)('%s: the sources of the events of its current status, each once, originals first', (iso) => {
    const got = statusSources(model, iso, horizon);
    expect(new Set(got.map((s) => s.id))).toEqual(expectedSources(iso, horizon));
    expect(got.length).toBe(new Set(got.map((s) => s.id)).size);
    const isOriginal = (s: SourceWithText) => s.textKind === 'original' && !s.via;
    const firstCopy = got.findIndex((s) => !isOriginal(s));
    if (firstCopy >= 0) expect(got.slice(firstCopy).every((s) => !isOriginal(s))).toBe(true);
  });

  it('is empty without a status', () => {
    expect(statusSources(model, 'MEX', (model.index as StatusIndex).firstDay - 1)).toEqual([]);
    expect(statusSources(model, 'ZZZ', horizon)).toEqual([]);
  });
});

// ---------------------------------------------------------------- a BibTeX reader for the test

interface BibEntry { type: string; key: string; fields: Record<string, string> }

/** Reads entries as BibTeX does: a field's value is everything inside its outer braces, every brace counted. */
function parseBib(text: string): BibEntry[] {
  const out: BibEntry[] = [];
  let i = 0;
  const skipWs = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const expectChar = (c: string) => {
    if (text[i] !== c) throw new Error(`expected ${c} at ${i}: ${text.slice(i, i + 20)}`);
    i++;
  };
  const word = () => {
    const m = /^[A-Za-z0-9_:.-]+/.exec(text.slice(i));
    if (!m) throw new Error(`expected a name at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const braced = () => {
    expectChar('{');
    let depth = 1;
    const start = i;
    while (depth > 0) {
      const c = text[i++];
      if (c === undefined) throw new Error('unbalanced braces');
      if (c === '{') depth++;
      if (c === '}') depth--;
    }
    return text.slice(start, i - 1);
  };
  for (;;) {
    skipWs();
    if (i >= text.length) return out;
    expectChar('@');
    const type = word();
    expectChar('{');
    const key = word();
    const fields: Record<string, string> = {};
    for (;;) {
      skipWs();
      if (text[i] === '}') { i++; break; }
      expectChar(',');
      skipWs();
      if (text[i] === '}') { i++; break; }
      const name = word().toLowerCase();
      skipWs();
      expectChar('=');
      skipWs();
      if (name in fields) throw new Error(`field ${name} twice`);
      fields[name] = braced();
    }
    out.push({ type, key, fields });
  }
}

/** Undoes bibEscape (and one level of protective braces). */
const unescape = (s: string): string =>
  s.replace(/^\{(.*)\}$/s, '$1')
    .replace(/\\textbackslash\{\}/g, '\\').replace(/\\textbraceleft\{\}/g, '{').replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textasciicircum\{\}/g, '^').replace(/\\textasciitilde\{\}/g, '~').replace(/\\([%&$#_])/g, '$1');

describe('BibTeX', () => {
  it('escapes what LaTeX would read as markup, and reads back to the same text', () => {
    const nasty = 'A {b} \\c 50% & $5 #1 a_b ^ ~ “é”';
    const esc = bibEscape(nasty);
    expect(esc).not.toMatch(/(^|[^\\])[%&$#_]/);
    expect(unescape(esc)).toBe(nasty);
    const [entry] = parseBib(`@misc{k,\n  title = {${esc}}\n}`);
    expect(unescape(entry?.fields.title ?? '')).toBe(nasty);
  });

  it('cites the view and each source of the selected country’s status, and parses back', () => {
    const v = view('MEX');
    const entries = parseBib(citationBibtex(v, en));
    const [main, ...rest] = entries;
    expect(main?.type).toBe('misc');
    expect(main?.key).toBe(`tcdm-${dayToIso(horizon)}-mex`);
    expect(unescape(main?.fields.author ?? '')).toBe(PROJECT);
    expect(unescape(main?.fields.title ?? '')).toContain('Name of MEX');
    expect(main?.fields.year).toBe(dataset.checked.slice(0, 4));
    expect(main?.fields.url).toBe(URL_);
    expect(main?.fields.urldate).toBe('2026-12-06');
    expect(unescape(main?.fields.note ?? '')).toContain(`sources up to ${new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(horizon * 86_400_000))}`);
    const sources = statusSources(model, 'MEX', horizon);
    expect(rest.map((e) => e.key)).toEqual(sources.map((s) => s.id));
    for (const [j, e] of rest.entries()) {
      const s = sources[j] as SourceWithText;
      expect(e.fields.url).toBe(s.url);
      expect(unescape(e.fields.organization ?? '')).toBe(s.publisher);
      expect(e.fields.author === undefined ? [] : unescape(e.fields.author).split(' and ')).toEqual(s.authors);
      expect(e.fields.year).toBe(s.published.slice(0, 4));
    }
  });

  it('keeps an address with braces, spaces or backslashes balanced', () => {
    const [main] = parseBib(citationBibtex(view(null, horizon, 'https://example.org/a{b}/c d\\e?x=1'), es));
    expect(main?.fields.url).toBe('https://example.org/a%7Bb%7D/c%20d%5Ce?x=1');
    expect(main?.fields.language).toBe('es');
  });
});

describe('CSL-JSON', () => {
  const isDate = (d: unknown) => {
    const parts = (d as { 'date-parts'?: unknown })['date-parts'];
    return Array.isArray(parts) && parts.length >= 1 && parts.length <= 2 &&
      parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)));
  };

  it.each([['MEX'], ['CRI'], [null]] as const)('country %s: every item has id and type, dates as date-parts', (iso) => {
    const items = JSON.parse(citationCslJson(view(iso), en)) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(['dataset', 'article-newspaper', 'webpage', 'report', 'document']).toContain(item.type);
      for (const k of ['issued', 'accessed']) if (k in item) expect(isDate(item[k])).toBe(true);
      for (const a of (item.author as unknown[] | undefined) ?? []) expect(typeof (a as { literal: unknown }).literal).toBe('string');
    }
    expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
    const [main] = items;
    expect(main?.type).toBe('dataset');
    expect(main?.URL).toBe(URL_);
    expect(main?.accessed).toEqual({ 'date-parts': [[2026, 12, 6]] });
    expect(items.slice(1).map((x) => x.URL)).toEqual(iso ? statusSources(model, iso, horizon).map((s) => s.url) : []);
  });

  it('gives a partial date as precise as it is', () => {
    const v = { ...view(null), checked: '2026-05' };
    expect(citationCsl(v, en)[0]?.issued).toEqual({ 'date-parts': [[2026, 5]] });
  });
});

describe('the sentence', () => {
  it('names the map, the dates, the address and, for a country, its sources with their addresses (en, es)', () => {
    const day = isoToDay('2025-07-01') as number;
    for (const t of [en, es]) {
      const text = citationSentence({ ...view('MEX', day), title: t.title }, t);
      expect(text).toContain(PROJECT);
      expect(text).toContain(t.title);
      expect(text).toContain(URL_);
      expect(text).toContain(t.status.labels.receiving.toLocaleLowerCase(t.locale).slice(1));
      for (const s of statusSources(model, 'MEX', day)) {
        expect(text).toContain(s.url);
        expect(text).toContain(s.publisher);
      }
    }
    expect(citationSentence(view(null), en)).not.toContain('\n');
  });
});

describe('a compare view', () => {
  it('cites the changes between its two dates, in the sentence, the BibTeX key and the CSL-JSON title (en, es)', () => {
    const from = isoToDay('2025-03-01') as number;
    const to = isoToDay('2025-08-01') as number;
    const v: CiteView = { ...view(null, to), compare: from };
    expect(citationSentence(v, en)).toContain('changes in status from 1 March 2025 to 1 August 2025');
    expect(citationSentence({ ...v, title: es.title }, es)).toContain('cambios de estado del 1 de marzo de 2025 al 1 de agosto de 2025');
    expect(citationBibtex(v, en)).toMatch(/^@misc\{tcdm-2025-03-01-to-2025-08-01,/);
    expect(citationCsl(v, en)[0]?.title).toContain('changes in status from 1 March 2025 to 1 August 2025');
  });
});

describe('the README', () => {
  it('has the citation, the licence as the repository states it, the method and the About address', () => {
    const text = readmeText(view('CRI'), en, 'https://example.org/sub/path/?view=about');
    expect(text).toContain(citationSentence(view('CRI'), en));
    expect(text).toContain(citationBibtex(view('CRI'), en).trimEnd());
    expect(text).toContain('MIT');
    expect(text).toContain('states no other licence for the data');
    expect(text).toContain('docs/METHODOLOGY.md');
    expect(text).toContain('https://example.org/sub/path/?view=about');
    expect(readmeText(view('CRI'), es, 'x')).toContain('Licencia');
  });
});
