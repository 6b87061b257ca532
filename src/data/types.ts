/**
 * The data model (README.md, "Adding a source" and "Adding an event"). Files under data/ are parsed into these types by
 * scripts/validate.ts, which rejects anything that does not fit; the app trusts them.
 */

import type { Region } from './regions.ts';

export const STATUSES = ['approached', 'agreement', 'receiving', 'refused', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** How the text we hold differs from what the original publisher printed. */
export const TEXT_KINDS = ['original', 'copy', 'machine-translation', 'rewrite', 'excerpt'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** What kind of page a source is, when it is not a news article. */
export const SOURCE_KINDS = ['article', 'tracker', 'statement', 'report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A translation of part of a source's text, printed by the page we read it on. */
export interface Translation {
  /** BCP 47 language of the translated part, e.g. "es". */
  lang: string;
  /** Who made the translation, as far as we know (e.g. "elsalvadornow.org"). */
  by: string;
}

export interface Source {
  id: string;
  /**
   * The original publisher (e.g. "CBS News", "Associated Press"): for a repost, the wire or
   * outlet that wrote it, not the site that carried it (that is `via`).
   */
  publisher: string;
  /**
   * What the page is: a news article (the default), an organisation's own tracker page (cited
   * with its "last updated" date), a government or organisation statement, or a report.
   */
  kind?: SourceKind;
  /** The page's own "last updated" date (YYYY-MM-DD), as printed; required for a tracker. */
  updated?: string;
  /** The original headline; "" when the page we read showed none. */
  headline: string;
  /** Authors as printed; [] when not known. Never guessed. */
  authors: string[];
  /** ISO date the original was published (YYYY-MM-DD, YYYY-MM or YYYY). */
  published: string;
  /** How `published` was established when it is not printed plainly. */
  publishedNote?: string;
  /** The date is our inference or approximate, not printed by the source (needs publishedNote). */
  publishedInferred?: boolean;
  /** The address of the page our text came from (the copy, where it is a copy). */
  url: string;
  /**
   * The site we read it on, by name ("Yahoo News Canada"), when `url` is not the original
   * publisher's own page: the UI says "AP, via Yahoo News Canada".
   */
  via?: string;
  /** Other known addresses of the same text (faithful copies), for readers. */
  alsoAt?: string[];
  /** BCP 47 language of the text we hold (its main language). */
  language: string;
  /** What the text we hold is, compared with the original publisher's article. */
  textKind: TextKind;
  /** Parts of the text in another language, translated by the copying site. */
  translations?: Translation[];
  /** Whether our text matches the page at `url` well enough for a #:~:text= link. Default true. */
  linkFragments?: boolean;
  /** Free text shown to readers: provenance caveats, e.g. "machine translation". */
  note?: string;
}

/** A source together with the text we hold for it (data/sources/<id>.txt). */
export interface SourceWithText extends Source {
  text: string;
}

interface Quote {
  /** Source id. */
  source: string;
  /** Verbatim from the source's text (white space and typographic quotes normalised). */
  text: string;
  /** Who said it, when the quote is a statement rather than the article's own prose. */
  speaker?: string;
  /** BCP 47 language of the quote; defaults to the source's language. */
  lang?: string;
}

export interface DeportationEvent {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision the source gives. */
  date: string;
  /** How the date was derived, when it is relative or inferred ("Thursday" before 26 Jan 2025). */
  dateNote?: string;
  /**
   * "reported": the source gives no date for the event itself, so `date` is the date of the
   * report and the status held *by* then (the UI says "by", not "since").
   */
  dateBasis?: 'reported';
  /** ISO 3166-1 alpha-3 (Kosovo XKX). */
  country: string;
  /** The deporting state, ISO alpha-3. */
  sender: string;
  /** The status this event gives the country from its date on; null for a context-only event. */
  status: Status | null;
  summary: string;
  /** A number of people the source states were moved (always "at least"). */
  people?: number;
  /**
   * "cumulative": `people` is a running total to the event's date (all transfers so far), not
   * the size of one transfer. Needs `people`.
   */
  peopleBasis?: 'cumulative';
  /** Where sources disagree (a date, a count, whether a deal exists): what each says. */
  conflict?: string;
  quotes: Quote[];
}

/** A quote as compiled by the validator: its language resolved and where it sits in the text. */
export interface CompiledQuote extends Quote {
  lang: string;
  /** [start, end) of the quote in the source's raw text, for highlighting and link fragments. */
  at: [number, number];
}

/**
 * Our own prose of an event (never its quotes) in another language, from data/i18n/<lang>.json:
 * the same fields the event has, translated.
 */
export interface EventTranslation {
  summary: string;
  dateNote?: string;
  conflict?: string;
}

export interface CompiledEvent extends Omit<DeportationEvent, 'quotes'> {
  quotes: CompiledQuote[];
  /** First day the event takes effect (days since 1970-01-01 UTC). */
  day: number;
  /**
   * Translations of summary, dateNote and conflict, by language tag ("es"); English stays in the
   * fields above. Absent when no translation file exists.
   */
  tr?: Record<string, EventTranslation>;
}


/**
 * One step of a story (data/stories/<id>.json, README.md "Adding a story"): a date to move the
 * timeline to, optionally a country to select and a region to frame, the events it rests on and a
 * caption that says only what those events' quotes support.
 */
export interface StoryStep {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as written in the story file. */
  date: string;
  /** First day of `date` (days since 1970-01-01 UTC): the timeline's date for this step. */
  day: number;
  /** ISO 3166-1 alpha-3 of a destination country with events, to select; absent: select none. */
  country?: string;
  /** The region to frame; absent: leave the view as it is. */
  region?: Region;
  /** Ids of the events the step rests on (at least one; none dated after the step's day). */
  events: string[];
  /** One or two sentences of English. */
  caption: string;
}

/** A story's own prose in another language, from the "stories" section of data/i18n/<lang>.json. */
export interface StoryTranslation {
  title: string;
  /** One caption per step, in step order. */
  captions: string[];
}

/**
 * A guided story through the data: steps in date order (non-decreasing), from the first event's
 * day to the horizon (how far the sources reach, src/data/scope.ts).
 */
export interface Story {
  /** Kebab-case, the file's name (data/stories/<id>.json). */
  id: string;
  /** English title. */
  title: string;
  steps: StoryStep[];
  /** The title and captions by language tag ("es"); absent when no translation file exists. */
  tr?: Record<string, StoryTranslation>;
}

/** The compiled data set the app loads (built by scripts/dataPlugin.ts as assets/dataset-<hash>.json). */
export interface Dataset {
  /** ISO date the data was last checked against its sources. */
  checked: string;
  sources: SourceWithText[];
  /** Sorted by effective day; on the same day, in data-file order (the later one wins). */
  events: CompiledEvent[];
  /**
   * The stories of data/stories/, sorted by id. The validator always sets it ([] when there are
   * none); it is optional only so that a data set built by hand (bench/synth.ts) need not have it.
   */
  stories?: Story[];
}
