/** What the quotes panel shows and how it links back to the sources: pure, tested functions. */
import { formatPartialDate } from '../data/dates.ts';
import type { CompiledEvent, CompiledQuote, SourceWithText } from '../data/types.ts';
import { displayName } from '../i18n/displayNames.ts';

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
export function provenanceLabel(s: SourceWithText, locale = 'en-GB'): string {
  const inferred = s.publishedInferred ? ' (date inferred)' : '';
  const via = s.via ? `, via ${s.via}` : '';
  const head = s.kind === 'tracker' && s.updated
    ? `${s.publisher}${via}, tracker page, last updated ${formatPartialDate(s.updated, locale)}`
    : `${s.publisher}${via}, ${formatPartialDate(s.published, locale)}${inferred}`;
  switch (s.textKind) {
    case 'original':
    case 'copy':
      return head;
    case 'machine-translation':
      return `${head} — machine translation`;
    case 'rewrite':
      return `${head} — rewritten by ${s.via ?? host(s.url)}, not the original wording`;
    case 'excerpt':
      return `${head} — excerpt`;
  }
}

export function languageName(lang: string, locale = 'en'): string {
  return displayName(lang, 'language', locale) ?? lang;
}

/** "Spanish translation by elsalvadornow.org" for a quote in a language the original was not in. */
export function translationLabel(s: SourceWithText, q: CompiledQuote, locale = 'en'): string | null {
  if (q.lang === s.language) return null;
  const t = s.translations?.find((x) => x.lang === q.lang);
  return `${languageName(q.lang, locale)} translation${t ? ` by ${t.by}` : ''}`;
}

export interface PanelEvents {
  /** Events on or before the day, newest first. */
  shown: CompiledEvent[];
  /** Events after the day (for a selected country's story), oldest first. */
  later: CompiledEvent[];
}

/**
 * Without a selection: every event up to the day, newest first. With a country: its events up
 * to the day, newest first, plus those still to come.
 */
export function panelEvents(events: readonly CompiledEvent[], day: number, country: string | null): PanelEvents {
  const shown: CompiledEvent[] = [];
  const later: CompiledEvent[] = [];
  for (const e of events) {
    if (country !== null && e.country !== country) continue;
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
