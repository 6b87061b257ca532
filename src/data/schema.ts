/**
 * The shapes of the records under data/ (data/README.md, "Adding a source", "Adding an event", "Adding a
 * story", "Adding a published count"), as valibot schemas: which fields a record has, of what kind, and what the validator says
 * when one is missing or wrong. They are written once here: the record types of src/data/types.ts
 * are inferred from them, src/data/validate.ts checks each record against them (unknown fields are
 * those not named here) and keeps what they output. The rules that look across fields, files or the
 * sources' text (verbatim quotes, numbers in prose, date order, stories) are src/data/validate.ts's.
 *
 * Build-time only: the validator runs in scripts/ and the tests, and browser code imports nothing
 * from this module but types (src/data/types.ts), so valibot is not in the bundle.
 */
import * as v from 'valibot';
import { isCountryCode } from './countries.ts';
import { parsePartialDate } from './dates.ts';
import { REGIONS } from './regions.ts';
import { COUNT_MEASURES, COUNT_QUALIFIERS, COUNT_REASONS, SOURCE_KINDS, STATUSES, TEXT_KINDS } from './vocabulary.ts';

/** Lower-case kebab-case: record ids. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag ("en", "es", "pt-BR"). */
export const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/;

const FORMS = 'YYYY-MM-DD, YYYY-MM or YYYY';

/** A string with more than white space in it; one message for any other value. */
const prose = (message: string) => v.pipe(v.string(message), v.check((s) => s.trim().length > 0, message));
/** An optional field that, when present, is prose. */
const optionalProse = (field: string) => v.exactOptional(prose(`${field} must be a non-empty string when present`));
const matching = (re: RegExp, message: string) => v.pipe(v.string(message), v.regex(re, message));
/** A real date of the data's three precisions: YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate = (field: string) => v.pipe(
  v.string(`${field} must be a string (${FORMS})`),
  v.check((s) => parsePartialDate(s) !== null, (i) => `${field} "${String(i.input)}" is not a real date in the form ${FORMS}`),
);
/** A real date to the day, YYYY-MM-DD. */
const dayDate = (message: string) => v.pipe(v.string(message), v.check((s) => parsePartialDate(s)?.precision === 'day', message));
/** An ISO 3166-1 alpha-3 code the map knows (Kosovo XKX); `message` is given the value. */
const countryCode = (message: (value: unknown) => string) => v.pipe(
  v.string((i) => message(i.input)),
  v.check(isCountryCode, (i) => message(i.input)),
);

// ---------------------------------------------------------------- data/meta.json

export const MetaSchema = v.object({
  /** The YYYY-MM-DD the data was last checked against its sources. */
  checked: dayDate('meta.json needs "checked": the YYYY-MM-DD the data was last checked'),
});

// ---------------------------------------------------------------- dated records

/**
 * When a record entered the data and when its substance last changed (data/README.md, "Dated
 * changes"): set by the editor, backfilled from the history of data/ for older records, and what
 * the Atom feed and About's recent changes are made of.
 */
const DATED = {
  /** The YYYY-MM-DD the record entered the data. */
  added: dayDate('added must be the YYYY-MM-DD the record entered the data'),
  /** The YYYY-MM-DD its substance last changed (not set when it has not changed since `added`). */
  updated: v.exactOptional(dayDate('updated must be the YYYY-MM-DD the record last changed')),
};

// ---------------------------------------------------------------- data/sources/<id>.json

const TRANSLATIONS = 'translations must be an array of {lang, by}';

/** A translation of part of a source's text, printed by the page we read it on. */
export const TranslationSchema = v.strictObject({
  /** BCP 47 language of the translated part, e.g. "es". */
  lang: matching(LANG, TRANSLATIONS),
  /** Who made the translation, as far as we know (e.g. "elsalvadornow.org"). */
  by: prose(TRANSLATIONS),
}, TRANSLATIONS);

const AUTHORS = 'authors must be an array of names ([] when not known)';
const ALSO_AT = 'alsoAt must be an array of http(s) addresses';

export const SourceSchema = v.object({
  id: matching(ID, 'id must be lower-case kebab-case'),
  /**
   * The original publisher (e.g. "CBS News", "Associated Press"): for a repost, the wire or
   * outlet that wrote it, not the site that carried it (that is `via`).
   */
  publisher: prose('publisher is required'),
  /**
   * What the page is: a news article (the default), an organisation's own tracker page (cited
   * with its "last updated" date), a government or organisation statement, or a report.
   */
  kind: v.exactOptional(v.picklist(SOURCE_KINDS, `kind must be one of ${SOURCE_KINDS.join(', ')}`)),
  /** The page's own "last updated" date (YYYY-MM-DD), as printed; required for a tracker. */
  pageUpdated: v.exactOptional(dayDate('pageUpdated must be the page\'s "last updated" date as YYYY-MM-DD')),
  /** The original headline; "" when the page we read showed none. */
  headline: v.string('headline must be a string ("" when none was shown)'),
  /** Authors as printed; [] when not known. Never guessed. */
  authors: v.array(prose(AUTHORS), AUTHORS),
  /** ISO date the original was published (YYYY-MM-DD, YYYY-MM or YYYY). */
  published: partialDate('published'),
  /** How `published` was established when it is not printed plainly. */
  publishedNote: optionalProse('publishedNote'),
  /** The date is our inference or approximate, not printed by the source (needs publishedNote). */
  publishedInferred: v.exactOptional(v.boolean('publishedInferred must be true or false')),
  /** The address of the page our text came from (the copy, where it is a copy). */
  url: matching(URL_RE, 'url must be an http(s) address'),
  /**
   * The site we read it on, by name ("Yahoo News Canada"), when `url` is not the original
   * publisher's own page: the UI says "AP, via Yahoo News Canada".
   */
  via: optionalProse('via'),
  /** Other known addresses of the same text (faithful copies), for readers. */
  alsoAt: v.exactOptional(v.array(matching(URL_RE, ALSO_AT), ALSO_AT)),
  /** BCP 47 language of the text we hold (its main language). */
  language: matching(LANG, 'language must be a BCP 47 tag such as "en"'),
  /** What the text we hold is, compared with the original publisher's article. */
  textKind: v.picklist(TEXT_KINDS, `textKind must be one of ${TEXT_KINDS.join(', ')}`),
  /** Parts of the text in another language, translated by the copying site. */
  translations: v.exactOptional(v.array(TranslationSchema, TRANSLATIONS)),
  /** Whether our text matches the page at `url` well enough for a #:~:text= link. Default true. */
  linkFragments: v.exactOptional(v.boolean('linkFragments must be true or false')),
  /** Free text shown to readers: provenance caveats, e.g. "machine translation". */
  note: optionalProse('note'),
  ...DATED,
});

// ---------------------------------------------------------------- data/events/<ISO3>.json

export const QuoteSchema = v.object({
  /** Source id. */
  source: prose('source is required'),
  /** Verbatim from the source's text (white space and typographic quotes normalised). */
  text: prose('text is required'),
  /** Who said it, when the quote is a statement rather than the article's own prose. */
  speaker: optionalProse('speaker'),
  /** BCP 47 language of the quote; defaults to the source's language. */
  lang: v.exactOptional(matching(LANG, 'lang must be a BCP 47 tag')),
});

const PEOPLE = 'people must be a positive whole number';

export const EventSchema = v.object({
  id: matching(ID, 'id must be lower-case kebab-case'),
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision the source gives. */
  date: partialDate('date'),
  /** How the date was derived, when it is relative or inferred ("Thursday" before 26 Jan 2025). */
  dateNote: optionalProse('dateNote'),
  /**
   * "reported": the source gives no date for the event itself, so `date` is the date of the
   * report and the status held *by* then (the UI says "by", not "since").
   */
  dateBasis: v.exactOptional(v.literal('reported', 'dateBasis must be "reported" when present')),
  /** ISO 3166-1 alpha-3 (Kosovo XKX). */
  country: countryCode((x) => `unknown country code "${String(x)}" (ISO 3166-1 alpha-3; Kosovo is XKX)`),
  /** The deporting state, ISO alpha-3. */
  sender: countryCode((x) => `unknown sender country code "${String(x)}"`),
  /** The status this event gives the country from its date on; null for a context-only event. */
  status: v.nullable(v.picklist(STATUSES, (i) => `unknown status "${String(i.input)}" (one of ${STATUSES.join(', ')}, or null for context)`)),
  summary: prose('summary is required'),
  /** A number of people the source states were moved (always "at least"). */
  people: v.exactOptional(v.pipe(v.number(PEOPLE), v.integer(PEOPLE), v.minValue(1, PEOPLE))),
  /**
   * "cumulative": `people` is a running total to the event's date (all transfers so far), not
   * the size of one transfer. Needs `people`.
   */
  peopleBasis: v.exactOptional(v.literal('cumulative', 'peopleBasis must be "cumulative" when present')),
  /** Where sources disagree (a date, a count, whether a deal exists): what each says. */
  conflict: optionalProse('conflict'),
  /** At least one; each checked on its own (src/data/validate.ts), so not part of EVENT_FIELDS. */
  quotes: v.array(QuoteSchema),
  ...DATED,
});

/** An event's fields but its quotes. */
export const EVENT_FIELDS = v.omit(EventSchema, ['quotes']);

// ---------------------------------------------------------------- data/stories/<id>.json

const EVENTS = 'events must be a non-empty list of event ids (the events the step rests on)';

export const StoryStepSchema = v.object({
  /** YYYY-MM-DD, YYYY-MM or YYYY, as written in the story file. */
  date: v.pipe(
    v.string((i) => `date ${JSON.stringify(i.input ?? null)} is not a real date in the form ${FORMS}`),
    v.check((s) => parsePartialDate(s) !== null, (i) => `date ${JSON.stringify(i.input)} is not a real date in the form ${FORMS}`),
  ),
  /** ISO 3166-1 alpha-3 of a destination country with events, to select; absent: select none. */
  country: v.exactOptional(countryCode((x) => `unknown country code ${JSON.stringify(x)} (ISO 3166-1 alpha-3; Kosovo is XKX)`)),
  /** The region to frame; absent: leave the view as it is. */
  region: v.exactOptional(v.picklist(REGIONS, (i) => `unknown region ${JSON.stringify(i.input)} (one of ${REGIONS.join(', ')})`)),
  /** Ids of the events the step rests on (at least one; none dated after the step's day). */
  events: v.pipe(v.array(v.string(EVENTS), EVENTS), v.minLength(1, EVENTS)),
  /** One or two sentences of English. */
  caption: prose('caption is required (a non-empty string)'),
});

export const StorySchema = v.object({
  /** Kebab-case, the file's name (data/stories/<id>.json). */
  id: matching(ID, 'id must be lower-case kebab-case'),
  /** English title. */
  title: prose('title is required (a non-empty string)'),
  /** Each checked on its own (src/data/validate.ts), so not part of STORY_FIELDS. */
  steps: v.array(StoryStepSchema),
});

/** A story's fields but its steps. */
export const STORY_FIELDS = v.omit(StorySchema, ['steps']);

// ---------------------------------------------------------------- data/counts/<id>.json

const FIGURE = 'figure must be a positive whole number (the count as they give it)';
const STATUS_LIST = `statuses must be a non-empty list of statuses (${STATUSES.join(', ')})`;
const COUNTRY_LIST = 'countries must be a list of ISO 3166-1 alpha-3 codes (Kosovo XKX)';

/** Why one country differs between a published count and the map's (data/README.md, "Adding a published count"). */
export const CountReasonSchema = v.object({
  /** ISO 3166-1 alpha-3: a country they name that the map's count lacks, or the other way round. */
  country: countryCode((x) => `reasons: unknown country code ${JSON.stringify(x)} (ISO 3166-1 alpha-3; Kosovo is XKX)`),
  /** One of the fixed reasons (src/data/vocabulary.ts). */
  reason: v.picklist(COUNT_REASONS, (i) => `reasons: unknown reason ${JSON.stringify(i.input)} (one of ${COUNT_REASONS.join(', ')})`),
  /** One or two sentences of our own, saying what the stored sources show for this country. */
  note: prose('reasons: note is required (a non-empty string)'),
  /** Optional: the words of a source the note rests on, verbatim; each checked on its own (src/data/validate.ts). */
  quotes: v.exactOptional(v.array(QuoteSchema)),
});

/** A reason's fields but its quotes. */
export const COUNT_REASON_FIELDS = v.omit(CountReasonSchema, ['quotes']);

/**
 * A count of countries someone else published (a newspaper's, a tracker's, a report's), set beside
 * the map's own count on the same date, made the same way. Checked by src/data/validate.ts: its
 * quotes verbatim, its figure stated in one, and a reason for every country that differs.
 */
export const CountSchema = v.object({
  /** Kebab-case, the file's name (data/counts/<id>.json). */
  id: matching(ID, 'id must be lower-case kebab-case'),
  /** Who counted: an organisation's name, as it is known ("The New York Times", "Human Rights First"). */
  by: prose('by is required: who counted'),
  /** The date the count holds at, as the source gives it (YYYY-MM-DD, YYYY-MM or YYYY); the map is compared at the last day it covers. */
  asOf: partialDate('asOf'),
  /** For a count over a period (measure "received"): its first day, at the same precisions. */
  from: v.exactOptional(partialDate('from')),
  /** What they counted, in the map's terms (src/data/vocabulary.ts). */
  measure: v.picklist(COUNT_MEASURES, (i) => `unknown measure ${JSON.stringify(i.input)} (one of ${COUNT_MEASURES.join(', ')})`),
  /** For measure "status": the statuses that count. */
  statuses: v.exactOptional(v.pipe(v.array(v.picklist(STATUSES, STATUS_LIST), STATUS_LIST), v.minLength(1, STATUS_LIST))),
  /**
   * Their figure: a number stated in one of the quotes (digits, words, or "two dozen"), or, for a
   * list that names every country of the figure, the number of countries it names.
   */
  figure: v.pipe(v.number(FIGURE), v.integer(FIGURE), v.minValue(1, FIGURE)),
  /** "at-least" or "about", where they say so. */
  qualifier: v.exactOptional(v.picklist(COUNT_QUALIFIERS, `qualifier must be one of ${COUNT_QUALIFIERS.join(', ')}`)),
  /** The countries they name for this figure, in their order; absent when they name none. */
  countries: v.exactOptional(v.array(countryCode((x) => `countries: unknown country code ${JSON.stringify(x)} (ISO 3166-1 alpha-3; Kosovo is XKX)`), COUNTRY_LIST)),
  /** With countries: true when they name every country of the figure, false when only some. */
  complete: v.exactOptional(v.boolean('complete must be true or false')),
  /** What a reader should know about the count beside the map's (our prose). */
  note: optionalProse('note'),
  /** At least one, verbatim from a source; each checked on its own (src/data/validate.ts), so not part of COUNT_FIELDS. */
  quotes: v.array(QuoteSchema),
  /** A reason for each country that differs; each checked against the map (src/data/validate.ts), so not part of COUNT_FIELDS. */
  reasons: v.exactOptional(v.array(CountReasonSchema)),
  ...DATED,
});

/** A count's fields but its quotes and reasons. */
export const COUNT_FIELDS = v.omit(CountSchema, ['quotes', 'reasons']);

// ---------------------------------------------------------------- data/i18n/<lang>.json

/**
 * Our own prose of an event (never its quotes) in another language: the same fields the event
 * has, translated.
 */
export const EventTranslationSchema = v.object({
  summary: prose('summary must be a non-empty string'),
  dateNote: v.exactOptional(prose('dateNote must be a non-empty string')),
  conflict: v.exactOptional(prose('conflict must be a non-empty string')),
});

/**
 * A story's own prose in another language. Checked by hand against the story it translates
 * (src/data/validate.ts): every caption belongs to a step, so its messages name the step.
 */
export const StoryTranslationSchema = v.object({
  title: v.string(),
  /** One caption per step, in step order. */
  captions: v.array(v.string()),
});

/**
 * A published count's own prose in another language: its note, and the note of each reason by
 * country code; `by` only where the name is written differently in that language.
 */
export const CountTranslationSchema = v.object({
  by: v.exactOptional(prose('by must be a non-empty string when present')),
  note: v.exactOptional(prose('note must be a non-empty string')),
  reasons: v.exactOptional(v.record(v.string(), v.unknown())),
});

/** A translation file: {"events": {"<event id>": ...}, "stories": {"<story id>": ...}, "counts": {"<count id>": ...}}. */
export const TranslationFileSchema = v.object({
  events: v.record(v.string(), v.unknown()),
  stories: v.exactOptional(v.record(v.string(), v.unknown())),
  counts: v.exactOptional(v.record(v.string(), v.unknown())),
});
