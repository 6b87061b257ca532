/**
 * The data model's closed vocabularies, shared by the record schemas (src/data/schema.ts) and the
 * types (src/data/types.ts, which re-exports them for the rest of the app).
 */

export const STATUSES = ['approached', 'agreement', 'receiving', 'refused', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** How the text we hold differs from what the original publisher printed. */
export const TEXT_KINDS = ['original', 'copy', 'machine-translation', 'rewrite', 'excerpt'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** What kind of page a source is, when it is not a news article. */
export const SOURCE_KINDS = ['article', 'tracker', 'statement', 'report'] as const;

/**
 * What a published count counted, in terms the map computes the same way (src/data/counts.ts):
 * `status`, the countries whose status on the count's date is one of its `statuses`; `received`,
 * the countries with a transfer (an event with the status "receiving") dated in its period.
 */
export const COUNT_MEASURES = ['status', 'received'] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/**
 * Why a country is in a published count and not in the map's (or in the map's and not in theirs):
 * no stored source supports it; the only report is of a flight with no breakdown by nationality;
 * what the stored sources report falls short of the status under docs/METHODOLOGY.md; they counted
 * something else for it; the map dates it on the other side of the count's date.
 */
export const COUNT_REASONS = [
  'not-found-in-stored-source', 'flight-without-nationality-breakdown', 'borderline', 'different-measure', 'dated-differently',
] as const;
export type CountReasonCode = (typeof COUNT_REASONS)[number];

/** How a published figure is qualified: "at least 13", "about 250" (none: as it stands). */
export const COUNT_QUALIFIERS = ['at-least', 'about'] as const;
