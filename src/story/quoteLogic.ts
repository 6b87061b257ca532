/** What the quotes panel shows and how it links back to the sources: pure, tested functions. */
import { formatPartialDate } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent, CompiledQuote, SourceWithText } from '../data/types.ts';
import { capitalise, displayName } from '../i18n/displayNames.ts';
import type { Catalogue } from '../i18n/langs.ts';

/** Percent-encodes a text-fragment term: "-", "," and "&" are syntax there. */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const WORDS_PER_END = 5;

/**
 * The source's address with a #:~:text= fragment that scrolls to and highlights the quote.
 * Long quotes use textStart,textEnd (first and last words) so small differences in the middle
 * of the page do not break the match. `raw` is the quote as it stands in the source's text.
 */
export function quoteLink(source: Pick<SourceWithText, 'url' | 'linkFragments'>, raw: string): string {
  if (source.linkFragments === false) return source.url;
  const words = raw.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return source.url;
  const base = source.url.replace(/#.*$/, '');
  let fragment: string;
  if (words.length <= WORDS_PER_END * 2 + 1) fragment = encodeTerm(words.join(' '));
  else {
    fragment = `${encodeTerm(words.slice(0, WORDS_PER_END).join(' '))},${encodeTerm(words.slice(-WORDS_PER_END).join(' '))}`;
  }
  return `${base}#:~:text=${fragment}`;
}

/** The quote exactly as the source's text has it (typographic marks and all). */
export function rawQuote(source: SourceWithText, q: CompiledQuote): string {
  return source.text.slice(q.at[0], q.at[1]);
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Who wrote it, where we read it and what our text is: "Associated Press, via Yahoo News Canada,
 * 4 Feb 2025 — excerpt". A repost names the original publisher first and the site that carried it
 * after "via"; an organisation's tracker page is cited as one, with its "last updated" date.
 */
export function provenanceLabel(s: SourceWithText, t: Catalogue): string {
  const P = t.provenance;
  const inferred = s.publishedInferred ? ` ${P.inferred}` : '';
  const via = s.via ? `, ${P.via(s.via)}` : '';
  const head = s.kind === 'tracker' && s.pageUpdated
    ? `${s.publisher}${via}, ${P.tracker(formatPartialDate(s.pageUpdated, t.locale))}`
    : `${s.publisher}${via}, ${formatPartialDate(s.published, t.locale)}${inferred}`;
  switch (s.textKind) {
    case 'original':
    case 'copy':
      return head;
    case 'machine-translation':
      return `${head} — ${P.machineTranslation}`;
    case 'rewrite':
      return `${head} — ${P.rewrite(s.via ?? host(s.url))}`;
    case 'excerpt':
      return `${head} — ${P.excerpt}`;
  }
}

/** A language's name in the reader's language ("Spanish", "inglés"), via Intl. */
function languageName(lang: string, locale = 'en'): string {
  return displayName(lang, 'language', locale) ?? lang;
}

/** "Spanish translation by elsalvadornow.org" for a quote in a language the original was not in. */
export function translationLabel(s: SourceWithText, q: CompiledQuote, t: Catalogue): string | null {
  if (q.lang === s.language) return null;
  const tr = s.translations?.find((x) => x.lang === q.lang);
  const name = languageName(q.lang, t.locale);
  return t.provenance.translation(capitalise(name, t.locale), tr?.by ?? null);
}

/**
 * The quotes of an event in reading order for a reader of `lang`: where a source gives the same
 * passage in two languages (a quote followed by its translation from the same source), the
 * reader's language comes first. Other quotes keep their order.
 */
export function orderQuotes(quotes: readonly CompiledQuote[], sources: ReadonlyMap<string, Pick<SourceWithText, 'language' | 'translations'>>, lang: string): CompiledQuote[] {
  const out = [...quotes];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as CompiledQuote;
    const b = out[i + 1] as CompiledQuote;
    const src = sources.get(a.source);
    // a is in the source's own language and b, from the same source, in its translation.
    const pair = a.source === b.source && src !== undefined && a.lang === src.language && (src.translations ?? []).some((x) => x.lang === b.lang);
    if (pair && b.lang === lang) {
      out[i] = b;
      out[i + 1] = a;
      i++;
    } else if (pair) i++;
  }
  return out;
}

export interface PanelEvents {
  /** Events on or before the day, newest first. */
  shown: CompiledEvent[];
  /** Events after the day (for a selected country's story), oldest first. */
  later: CompiledEvent[];
}

/**
 * Without a selection: every event up to the day, newest first. With a country: its events and
 * those that apply to every destination (US-wide rulings), up to the day, newest first, plus those
 * still to come.
 */
export function panelEvents(events: readonly CompiledEvent[], day: number, country: string | null): PanelEvents {
  const shown: CompiledEvent[] = [];
  const later: CompiledEvent[] = [];
  for (const e of events) {
    if (country !== null && e.country !== country && !isSenderWide(e)) continue;
    if (e.day <= day) shown.push(e);
    else if (country !== null) later.push(e);
  }
  shown.reverse();
  return { shown, later };
}

/** Splits a source's text around a highlighted span, for the "read the source" view. */
export function splitForHighlight(text: string, at: [number, number] | null): [string, string, string] {
  if (!at) return [text, '', ''];
  return [text.slice(0, at[0]), text.slice(at[0], at[1]), text.slice(at[1])];
}

export interface EventProse {
  /** The language of the texts below: the reader's where translated, else English. */
  lang: string;
  summary: string;
  dateNote?: string;
  conflict?: string;
}

/** An event's summary and notes (our prose, not quotes) in the reader's language if the data has it. */
export function eventProse(e: Pick<CompiledEvent, 'summary' | 'dateNote' | 'conflict' | 'tr'>, lang: string): EventProse {
  const tr = lang === 'en' ? undefined : e.tr?.[lang];
  // Only a complete translation is used, so one event never mixes two languages under one tag.
  if (tr && (!e.dateNote || tr.dateNote) && (!e.conflict || tr.conflict)) {
    return {
      lang,
      summary: tr.summary,
      ...(tr.dateNote ? { dateNote: tr.dateNote } : {}),
      ...(tr.conflict ? { conflict: tr.conflict } : {}),
    };
  }
  return {
    lang: 'en',
    summary: e.summary,
    ...(e.dateNote ? { dateNote: e.dateNote } : {}),
    ...(e.conflict ? { conflict: e.conflict } : {}),
  };
}
