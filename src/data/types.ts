/**
 * The data model (data/README.md, "Adding a source" and "Adding an event"). Files under data/ are parsed
 * into these types by src/data/validate.ts (run by scripts/validate.ts and the build), which rejects
 * anything that does not fit; the app trusts them. The records' own types are inferred from their
 * schemas (src/data/schema.ts, which documents each field); the compiled ones add what the validator
 * works out. Only types are imported from the schemas, so the app's bundle has no valibot.
 */

import type { InferOutput } from 'valibot';
import type {
  CountReasonSchema, CountSchema, EventSchema, EventTranslationSchema, QuoteSchema, SourceSchema, StorySchema, StoryStepSchema, StoryTranslationSchema,
} from './schema.ts';

// The vocabularies live below both this file and the schemas (no import circle): src/data/vocabulary.ts.
export { STATUSES, type CountMeasure, type CountReasonCode, type Status, type TextKind } from './vocabulary.ts';

/** A source's record (data/sources/<id>.json). */
export type Source = InferOutput<typeof SourceSchema>;

/** A source together with the text we hold for it (data/sources/<id>.txt). */
export interface SourceWithText extends Source {
  text: string;
}

/** A quote of an event, verbatim from one source. */
type Quote = InferOutput<typeof QuoteSchema>;

/** An event's record (one entry of data/events/<ISO3>.json). */
type DeportationEvent = InferOutput<typeof EventSchema>;

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
export type EventTranslation = InferOutput<typeof EventTranslationSchema>;

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
 * One step of a story (data/stories/<id>.json, data/README.md, "Adding a story"): a date to move the
 * timeline to, optionally a country to select and a region to frame, the events it rests on and a
 * caption that says only what those events' quotes support.
 */
export interface StoryStep extends InferOutput<typeof StoryStepSchema> {
  /** First day of `date` (days since 1970-01-01 UTC): the timeline's date for this step. */
  day: number;
}

/** A story's own prose in another language, from the "stories" section of data/i18n/<lang>.json. */
export type StoryTranslation = InferOutput<typeof StoryTranslationSchema>;

/**
 * A guided story through the data: steps in date order (non-decreasing), from the first event's
 * day to the horizon (how far the sources reach, src/data/scope.ts).
 */
export interface Story extends Omit<InferOutput<typeof StorySchema>, 'steps'> {
  steps: StoryStep[];
  /** The title and captions by language tag ("es"); absent when no translation file exists. */
  tr?: Record<string, StoryTranslation>;
}

/** Why one country differs between a published count and the map's, its quotes compiled. */
export interface CountReason extends Omit<InferOutput<typeof CountReasonSchema>, 'quotes'> {
  quotes?: CompiledQuote[];
}

/**
 * A published count's own prose in another language, from the "counts" section of
 * data/i18n/<lang>.json: its note, each reason's note by country code, and `by` where it differs.
 */
export interface CountTranslation {
  by?: string;
  note?: string;
  reasons?: Record<string, string>;
}

/**
 * A count of countries someone else published (data/counts/<id>.json, data/README.md, "Adding a
 * published count"), as compiled: its quotes resolved, the days the map is compared over.
 */
export interface CompiledCount extends Omit<InferOutput<typeof CountSchema>, 'quotes' | 'reasons'> {
  quotes: CompiledQuote[];
  reasons?: CountReason[];
  /** The day the map is compared at: the last day `asOf` covers (days since 1970-01-01 UTC). */
  day: number;
  /** For a count over a period: the first day `from` covers. */
  fromDay?: number;
  /** Translations of the count's prose by language tag ("es"); absent when none exists. */
  tr?: Record<string, CountTranslation>;
}

/** The compiled data set the app loads (built by scripts/vite/dataPlugin.ts as assets/dataset-<hash>.json). */
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
  /**
   * The published counts of data/counts/, sorted by the day they are compared at, then id. The
   * validator always sets it; optional like `stories`.
   */
  counts?: CompiledCount[];
}
