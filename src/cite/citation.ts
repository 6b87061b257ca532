/**
 * Citations of the current view (docs/FEATURES.md, "Citing and printing"), as pure functions: what the
 * view shows (`citeView`: the date, the selected country and the original sources of its status)
 * and three ways to cite it — a sentence in the reader's language, BibTeX and CSL-JSON — plus the
 * README offered with the downloads. Only what the data holds is named: the project by the name it
 * gives itself, a source's authors as printed (never guessed), the licence as the repository states it.
 */
import { dayToIso, formatDay, formatPartialDate, parsePartialDate } from '../data/dates.ts';
import type { StatusIndex } from '../data/statusIndex.ts';
import type { CompiledEvent, SourceWithText, Status } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import { provenanceLabel } from '../story/quoteLogic.ts';

/** The project, as its README names itself: the author of the map's citation. */
export const PROJECT = 'Third-Country Deportation Map';

interface CitedCountry {
  iso: string;
  name: string;
  /** Its status on the view's date; null when it has none. */
  status: Status | null;
  /** The sources of the events that give that status, original reports first. */
  sources: SourceWithText[];
}

export interface CiteView {
  /** The map's title in the reader's language. */
  title: string;
  /** The absolute address of this exact view. */
  url: string;
  /** The date the data was checked (ISO, possibly partial). */
  checked: string;
  /** How far the sources reach (a day). */
  horizon: number;
  /** The view's date (a day). */
  day: number;
  /** Compare mode's earlier day (src/compare), or null: the view is then the changes from it to `day`. */
  compare: number | null;
  /** Today (ISO YYYY-MM-DD): the "accessed" date. */
  accessed: string;
  country: CitedCountry | null;
}

export interface CiteModel {
  dataset: { checked: string; events: readonly CompiledEvent[] };
  horizon: number;
  index: Pick<StatusIndex, 'statusAt' | 'statusStartEvent'>;
  sources: ReadonlyMap<string, SourceWithText>;
}

/**
 * The sources behind a country's status on `day`: those quoted by the events of the unbroken run of
 * that status up to the one in force (the "since" event and the ones that confirmed it), each once;
 * original reports before copies, rewrites, excerpts and translations, otherwise in event order.
 */
export function statusSources(model: CiteModel, iso: string, day: number): SourceWithText[] {
  const now = model.index.statusAt(iso, day);
  const start = model.index.statusStartEvent(iso, day);
  if (!now || !start) return [];
  const ids: string[] = [];
  for (const e of model.dataset.events) {
    if (e.country !== iso || e.status !== now.status || e.day < start.day || e.day > now.event.day) continue;
    for (const q of e.quotes) if (!ids.includes(q.source)) ids.push(q.source);
  }
  const found = ids.map((id) => model.sources.get(id)).filter((s): s is SourceWithText => s !== undefined);
  const original = (s: SourceWithText) => (s.textKind === 'original' && !s.via ? 0 : 1);
  return found.map((s, i) => ({ s, i })).sort((a, b) => original(a.s) - original(b.s) || a.i - b.i).map((x) => x.s);
}

/** What is cited: the view at `day`, with `country` selected (or none). */
export function citeView(model: CiteModel, opts: { day: number; compare?: number | null; country: string | null; countryName: string; url: string; accessed: string; title: string }): CiteView {
  const { day, country } = opts;
  return {
    title: opts.title,
    url: opts.url,
    checked: model.dataset.checked,
    horizon: model.horizon,
    day,
    compare: opts.compare ?? null,
    accessed: opts.accessed,
    country: country === null ? null : {
      iso: country,
      name: opts.countryName,
      status: model.index.statusAt(country, day)?.status ?? null,
      sources: statusSources(model, country, day),
    },
  };
}

/** "Costa Rica, Receiving deportees, on 15 May 2026" or "map of the statuses on 15 May 2026". */
function viewLabel(v: CiteView, t: Catalogue): string {
  const date = formatDay(v.day, t.locale);
  if (v.compare !== null) {
    const changes = t.cite.viewChanges(formatDay(v.compare, t.locale), date);
    return v.country ? `${v.country.name}, ${changes}` : changes;
  }
  if (!v.country) return t.cite.viewMap(date);
  return v.country.status ? t.cite.viewCountry(v.country.name, t.status.labels[v.country.status], date) : t.cite.viewCountryNone(v.country.name, date);
}

const datesLine = (v: CiteView, t: Catalogue): string => t.cite.dates(formatPartialDate(v.checked, t.locale), formatDay(v.horizon, t.locale));

/** A source in a line: "Associated Press, via Yahoo News, 4 February 2025 — excerpt. “Headline”. https://…". */
function sourceLine(s: SourceWithText, t: Catalogue): string {
  const headline = s.headline ? ` ${quoteMarks(t)[0]}${s.headline}${quoteMarks(t)[1]}.` : '';
  return `${provenanceLabel(s, t)}.${headline} ${s.url}`;
}

const quoteMarks = (t: Catalogue): [string, string] => (t.lang === 'es' ? ['«', '»'] : ['“', '”']);

/** The citation as a sentence in the reader's language, then the sources of the country's status, one a line. */
export function citationSentence(v: CiteView, t: Catalogue): string {
  const [open, close] = quoteMarks(t);
  const head = `${PROJECT}. ${open}${v.title}${close}: ${viewLabel(v, t)}. ${datesLine(v, t)} ${v.url} (${t.cite.accessed(formatPartialDate(v.accessed, t.locale))}).`;
  if (!v.country || v.country.sources.length === 0) return head;
  return [head, '', t.cite.sourcesOf(v.country.name), ...v.country.sources.map((s) => `- ${sourceLine(s, t)}`)].join('\n');
}

// ------------------------------------------------------------------ BibTeX

/**
 * Characters BibTeX or LaTeX would read as markup, written as commands. Braces become
 * \textbraceleft{} and \textbraceright{} rather than \{ and \}: BibTeX counts every brace in a
 * field, escaped or not, so only balanced ones are safe.
 */
const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (c) => BIB_ESCAPES[c] as string).replace(/\s+/g, ' ').trim();
}

/**
 * An address for a url field, which biblatex reads verbatim: only what could unbalance the entry
 * (braces, backslashes, white space) is percent-encoded, which leaves the address the same.
 */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const bibKey = (s: string): string => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

function bibEntry(type: string, key: string, fields: readonly (readonly [string, string | null])[]): string {
  const lines = fields.filter((f): f is [string, string] => f[1] !== null && f[1] !== '').map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/** The citation key of the view: "tcdm-2026-05-15-cri". */
function viewKey(v: CiteView): string {
  return bibKey(`tcdm-${v.compare !== null ? `${dayToIso(v.compare)}-to-` : ''}${dayToIso(v.day)}${v.country ? `-${v.country.iso}` : ''}`);
}

/** The view as a @misc entry, then one @misc entry per source of the country's status. */
export function citationBibtex(v: CiteView, t: Catalogue): string {
  const view = bibEntry('misc', viewKey(v), [
    ['author', `{${bibEscape(PROJECT)}}`],
    ['title', `{${bibEscape(`${v.title}: ${viewLabel(v, t)}`)}}`],
    ['year', v.checked.slice(0, 4)],
    ['date', v.checked],
    ['url', bibUrl(v.url)],
    ['urldate', v.accessed],
    ['note', bibEscape(datesLine(v, t))],
    ['language', t.lang],
  ]);
  const sources = (v.country?.sources ?? []).map((s) => bibEntry('misc', bibKey(s.id), [
    ['author', s.authors.length > 0 ? s.authors.map(bibEscape).join(' and ') : null],
    ['organization', bibEscape(s.publisher)],
    ['title', s.headline ? `{${bibEscape(s.headline)}}` : null],
    ['year', s.published.slice(0, 4)],
    ['date', s.published],
    ['url', bibUrl(s.url)],
    ['note', bibEscape(provenanceLabel(s, t))],
    ['language', s.language],
  ]));
  return `${[view, ...sources].join('\n\n')}\n`;
}

// ------------------------------------------------------------------ CSL-JSON

interface CslDate {
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  type: 'dataset' | 'article-newspaper' | 'webpage' | 'report' | 'document';
  title?: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
  language?: string;
}

/** [[2026, 5, 15]], [[2026, 5]] or [[2026]]: as precise as the date is. */
function cslDate(iso: string): CslDate | undefined {
  const d = parsePartialDate(iso);
  if (!d) return undefined;
  const parts = [d.year, ...(d.month !== undefined ? [d.month] : []), ...(d.day !== undefined ? [d.day] : [])];
  return { 'date-parts': [parts] };
}

const CSL_TYPES: Record<string, CslItem['type']> = { article: 'article-newspaper', tracker: 'webpage', statement: 'document', report: 'report' };

/** The view as a "dataset" item, then one item per source of the country's status. */
export function citationCsl(v: CiteView, t: Catalogue): CslItem[] {
  const date = (k: 'issued' | 'accessed', iso: string) => {
    const d = cslDate(iso);
    return d ? { [k]: d } : {};
  };
  const view: CslItem = {
    id: viewKey(v),
    type: 'dataset' as const,
    title: `${v.title}: ${viewLabel(v, t)}`,
    author: [{ literal: PROJECT }],
    ...date('issued', v.checked),
    ...date('accessed', v.accessed),
    URL: v.url,
    note: datesLine(v, t),
    language: t.lang,
  };
  const sources = (v.country?.sources ?? []).map((s): CslItem => {
    const type = CSL_TYPES[s.kind ?? 'article'] ?? 'article-newspaper';
    return {
      id: s.id,
      type,
      ...(s.headline ? { title: s.headline } : {}),
      ...(s.authors.length > 0 ? { author: s.authors.map((a) => ({ literal: a })) } : {}),
      ...(type === 'article-newspaper' ? { 'container-title': s.publisher } : { publisher: s.publisher }),
      ...date('issued', s.published),
      URL: s.url,
      note: provenanceLabel(s, t),
      language: s.language,
    };
  });
  return [view, ...sources];
}

export function citationCslJson(v: CiteView, t: Catalogue): string {
  return `${JSON.stringify(citationCsl(v, t), null, 2)}\n`;
}

// ------------------------------------------------------------------ README

/** The README offered with the downloads: where they came from, how to cite them, the licence as the repository states it, the method. */
export function readmeText(v: CiteView, t: Catalogue, aboutUrl: string): string {
  const R = t.cite.readme;
  const section = (title: string, ...body: string[]) => [title, '-'.repeat(title.length), ...body, ''];
  return [
    `${v.title}: ${R.heading}`,
    '='.repeat(`${v.title}: ${R.heading}`.length),
    R.from(v.url),
    datesLine(v, t),
    '',
    ...section(R.cite, citationSentence(v, t), '', `${t.cite.bibtex}:`, '', citationBibtex(v, t).trimEnd()),
    ...section(R.licence, R.licenceText),
    ...section(R.method, R.methodText, aboutUrl),
    ...section(R.files, R.filesText),
  ].join('\n');
}
