/**
 * An event's fields (data/README.md, "Adding an event"): country, date and its basis, status with
 * the rules for choosing it beside it (docs/METHODOLOGY.md, read by scripts/editor/statusRules.ts),
 * people and their basis, a conflict note, its quotes (added from the source's text), and its prose
 * in each translation's language.
 */
import { PROSE_FIELDS, setField, suggestEventId } from './draft.ts';
import { RadioField, SelectField, TextField, type Option } from './fields.tsx';
import type { EventDraft, Rec, StatusRules } from './protocol.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const PROSE_LABELS: Record<(typeof PROSE_FIELDS)[number], string> = { summary: 'Summary', dateNote: 'Date note', conflict: 'Conflict note' };

export interface EventFormProps {
  draft: EventDraft;
  onChange: (d: EventDraft) => void;
  countries: readonly Option[];
  rules: StatusRules;
  /** A source's label by id ("Fixture Wire, 2025-02-14"), for the quotes' captions. */
  sourceLabel: (id: string) => string;
  langNames: Readonly<Record<string, string>>;
}

export function EventForm({ draft, onChange, countries, rules, sourceLabel, langNames }: EventFormProps) {
  const r = draft.record;
  const set = (key: string, value: unknown, required = false): void => onChange({ ...draft, record: setField(r, key, value, required) });
  const quotes = Array.isArray(r.quotes) ? (r.quotes as Rec[]) : [];
  const setQuote = (i: number, q: Rec | null): void =>
    onChange({ ...draft, record: { ...r, quotes: q === null ? quotes.filter((_, j) => j !== i) : quotes.map((x, j) => (j === i ? q : x)) } });
  const isNew = draft.originalId === null;
  const status = r.status === null || r.status === undefined ? '' : String(r.status);

  return (
    <div className="form">
      <div className="row">
        <TextField label="Id" value={str(r.id)} onChange={(v) => set('id', v, true)} testId="event-id" hint={isNew ? 'Lower-case kebab-case, e.g. ago-2025-05-05-refused.' : 'A saved event keeps its id: stories and translations name it.'} />
        {isNew ? (
          <button type="button" className="secondary" onClick={() => set('id', suggestEventId(r), true)}>
            Suggest an id
          </button>
        ) : null}
      </div>
      <div className="row">
        <SelectField label="Country" value={str(r.country)} options={[{ value: '', label: 'Choose a country' }, ...countries]} onChange={(v) => set('country', v, true)} testId="event-country" />
        <SelectField label="Sender (the deporting state)" value={str(r.sender)} options={countries} onChange={(v) => set('sender', v, true)} />
      </div>
      <TextField label="Date (YYYY-MM-DD, YYYY-MM or YYYY: the precision the source gives)" value={str(r.date)} onChange={(v) => set('date', v, true)} testId="event-date" />
      <RadioField
        label="What the date is"
        value={r.dateBasis === 'reported' ? 'reported' : 'own'}
        options={[
          { value: 'own', label: 'The event’s own date, as the source gives it' },
          { value: 'reported', label: 'The report’s date: the source gives none for the event (the map says “by”)' },
        ]}
        onChange={(v) => set('dateBasis', v === 'reported' ? 'reported' : undefined)}
        testId="event-date-basis"
      />
      <TextField label="Date note: how a relative date was worked out (needed for a report’s date)" rows={2} value={str(r.dateNote)} onChange={(v) => set('dateNote', v)} testId="event-date-note" />
      <div className="status-block">
        <SelectField
          label="Status"
          value={status}
          options={[{ value: '', label: 'None: a context event (never colours the map)' }, ...rules.statuses.map((s) => ({ value: s.status, label: s.label }))]}
          onChange={(v) => set('status', v === '' ? null : v, true)}
          testId="event-status"
        />
        <aside className="rules" aria-labelledby="status-rules-title">
          <h4 id="status-rules-title">Choosing a status (docs/METHODOLOGY.md)</h4>
          <dl>
            {rules.statuses.map((s) => (
              <div key={s.status} className={s.status === status ? 'chosen' : undefined}>
                <dt>{s.label}</dt>
                <dd>{s.meaning}</dd>
              </div>
            ))}
          </dl>
          {rules.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </aside>
      </div>
      <TextField label="Summary: one line, neutral, no number its quotes do not state" rows={2} value={str(r.summary)} onChange={(v) => set('summary', v, true)} testId="event-summary" />
      <div className="row">
        <TextField
          label="People moved (only a number one of its quotes states)"
          inputMode="numeric"
          value={typeof r.people === 'number' ? String(r.people) : str(r.people)}
          onChange={(v) => set('people', v.trim() === '' ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v)}
          testId="event-people"
        />
        <RadioField
          label="What the number is"
          value={r.peopleBasis === 'cumulative' ? 'cumulative' : 'transfer'}
          options={[
            { value: 'transfer', label: 'This transfer' },
            { value: 'cumulative', label: 'A running total to this date' },
          ]}
          onChange={(v) => set('peopleBasis', v === 'cumulative' ? 'cumulative' : undefined)}
        />
      </div>
      <TextField label="Conflict: where sources disagree, what each says" rows={2} value={str(r.conflict)} onChange={(v) => set('conflict', v)} testId="event-conflict" />

      <section aria-labelledby="quotes-title" className="quotes">
        <h4 id="quotes-title">Quotes ({quotes.length})</h4>
        {quotes.length === 0 ? <p className="hint">None yet: select a passage in the source’s text and add it.</p> : null}
        <ol>
          {quotes.map((q, i) => (
            <li key={`${str(q.source)}-${i}`} data-testid="quote">
              <blockquote>{str(q.text)}</blockquote>
              <p className="hint">from {sourceLabel(str(q.source))}</p>
              <div className="row">
                <TextField label={`Speaker of quote ${i + 1} (when it is a statement)`} value={str(q.speaker)} onChange={(v) => setQuote(i, setField(q, 'speaker', v))} />
                <TextField label={`Language of quote ${i + 1}, when not the source’s`} value={str(q.lang)} onChange={(v) => setQuote(i, setField(q, 'lang', v))} />
                <button type="button" className="secondary" onClick={() => setQuote(i, null)}>
                  Remove quote {i + 1}
                </button>
              </div>
            </li>
          ))}
        </ol>
      </section>

      {Object.keys(draft.tr).map((lang) => (
        <fieldset key={lang} className="translation">
          <legend>
            Our prose in {langNames[lang] ?? lang} (data/i18n/{lang}.json)
          </legend>
          {PROSE_FIELDS.filter((f) => typeof r[f] === 'string').map((f) => (
            <TextField
              key={f}
              label={`${PROSE_LABELS[f]} (${langNames[lang] ?? lang})`}
              rows={2}
              value={str(draft.tr[lang]?.[f])}
              onChange={(v) => onChange({ ...draft, tr: { ...draft.tr, [lang]: { ...draft.tr[lang], [f]: v } } })}
              testId={`event-${lang}-${f}`}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
