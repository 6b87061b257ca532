/**
 * What the editor's page and its server (scripts/editor/editorPlugin.ts) say to each other: the
 * private API of `npm run edit` (docs/INTERFACES.md, "Commands"). Every call is a POST of JSON to
 * `/__editor/api/<name>` with the run's token (scripts/editor/security.ts). Types only.
 */

/** A record of data/ as JSON: a source, an event, an event's translation. */
export type Rec = Record<string, unknown>;

/** A source being edited: its record and its text. `originalId` null: a new source. */
export interface SourceDraft {
  originalId: string | null;
  record: Rec;
  text: string;
}

/**
 * An event being edited, with its prose in each translation's language (`tr.es`: summary,
 * dateNote, conflict). `originalId` null: a new event.
 */
export interface EventDraft {
  originalId: string | null;
  record: Rec;
  tr: Record<string, Rec>;
}

/** What a save writes: a source, an event, or both (a new source and the event that quotes it). */
export interface Draft {
  source: SourceDraft | null;
  event: EventDraft | null;
  /** Also set data/meta.json's `checked` to today: the editor checked the data against its sources today. */
  checkedToday: boolean;
}

/**
 * Each data file's version as the page saw it when it opened the record that lives there: a hash
 * of its bytes, null for a file that was not there. A save refuses to write a file whose version
 * on disk is not this one.
 */
export type Versions = Record<string, string | null>;

/** One problem: the file, the record and the reason, as the validator says them. */
export interface Issue {
  file: string;
  record: string;
  reason: string;
}

/** One row of the status rules shown beside the status (docs/METHODOLOGY.md, "Statuses"). */
interface StatusRule {
  status: string;
  label: string;
  meaning: string;
}

/** The rules for choosing a status, as docs/METHODOLOGY.md marks them. */
export interface StatusRules {
  statuses: StatusRule[];
  /** The rules beside the table, as plain sentences. */
  notes: string[];
}

export interface SourceSummary {
  id: string;
  publisher: string;
  headline: string;
  published: string;
}

export interface EventSummary {
  id: string;
  country: string;
  date: string;
  status: string | null;
  summary: string;
}

export interface ListResponse {
  /** Today, as the server counts it (YYYY-MM-DD): what `added` and `updated` are set to. */
  today: string;
  /** data/meta.json's `checked`. */
  checked: string | null;
  /** The data folder as messages name it ("data"). */
  dataLabel: string;
  sources: SourceSummary[];
  events: EventSummary[];
  /** The translation files' languages (data/i18n/<lang>.json). */
  langs: string[];
  versions: Versions;
  statusRules: StatusRules;
}

export interface OpenSourceResponse {
  record: Rec;
  text: string;
  versions: Versions;
}

export interface OpenEventResponse {
  record: Rec;
  tr: Record<string, Rec>;
  versions: Versions;
}

export interface CheckResponse {
  /** The validator's messages on the data set with the draft applied (none: it would save). */
  errors: Issue[];
  /** The files a save would change, relative to the data folder. */
  changes: string[];
}

export interface PreviewResponse extends CheckResponse {
  /** Whether the map on this server now shows the draft (only a valid one is shown). */
  shown: boolean;
}

/** A file that changed on disk since the page opened it: what it holds now of the draft's record. */
export interface Conflict {
  file: string;
  /** The draft's record (or translation, or meta) as the file holds it now; null: not there. */
  now: unknown;
  /** The file's version now (to save over it anyway, the page sends this one). */
  version: string | null;
}

export type SaveResponse =
  | { ok: true; written: string[]; versions: Versions; source: Rec | null; event: Rec | null }
  | { ok: false; errors: Issue[]; conflicts: Conflict[] };
