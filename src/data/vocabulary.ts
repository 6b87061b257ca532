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
