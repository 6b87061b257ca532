/**
 * A source's fields and its text (data/README.md, "Adding a source"). The text is pasted into the
 * text area; selecting part of it (with the mouse, or Shift and the arrow keys) and pressing "Add
 * the selection as a quote" puts exactly those characters into the event: verbatim by
 * construction.
 */
import { useId, useRef, useState } from 'react';
import { SOURCE_KINDS, TEXT_KINDS } from '../src/data/vocabulary.ts';
import { formatTranslations, parseTranslations, quoteAt, setField, suggestSourceId } from './draft.ts';
import { CheckField, ListField, SelectField, TextField } from './fields.tsx';
import type { SourceDraft } from './protocol.ts';

const TEXT_KIND_LABELS: Record<(typeof TEXT_KINDS)[number], string> = {
  original: 'original: the publisher’s own page',
  copy: 'copy: a repost on another site (needs “via”)',
  'machine-translation': 'machine translation (needs “via” and a note)',
  rewrite: 'rewrite: another site’s wording (needs “via”)',
  excerpt: 'excerpt: verbatim passages only',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function SourceForm({ draft, onChange, onQuote, quoteHelp }: { draft: SourceDraft; onChange: (d: SourceDraft) => void; onQuote: (text: string) => void; quoteHelp: string | null }) {
  const r = draft.record;
  const set = (key: string, value: unknown, required = false): void => onChange({ ...draft, record: setField(r, key, value, required) });
  const text = useRef<HTMLTextAreaElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const readSelection = (): string | null => (text.current ? quoteAt(text.current.value, text.current.selectionStart, text.current.selectionEnd) : null);
  const isNew = draft.originalId === null;
  const textId = useId();

  return (
    <div className="form">
      <div className="row">
        <TextField
          label="Id"
          value={str(r.id)}
          onChange={(v) => set('id', v, true)}
          testId="source-id"
          hint={isNew ? 'Lower-case kebab-case; it names the files sources/<id>.json and .txt.' : 'A saved source keeps its id.'}
        />
        {isNew ? (
          <button type="button" className="secondary" onClick={() => set('id', suggestSourceId(r), true)}>
            Suggest an id
          </button>
        ) : null}
      </div>
      <TextField label="Publisher (the original’s: for a repost, the wire or outlet that wrote it)" value={str(r.publisher)} onChange={(v) => set('publisher', v, true)} testId="source-publisher" />
      <TextField label="Headline (empty when the page showed none)" value={str(r.headline)} onChange={(v) => set('headline', v, true)} testId="source-headline" />
      <div className="row">
        <TextField label="Published (YYYY-MM-DD, YYYY-MM or YYYY)" value={str(r.published)} onChange={(v) => set('published', v, true)} testId="source-published" />
        <TextField label="Language of the text (BCP 47: en, es…)" value={str(r.language)} onChange={(v) => set('language', v, true)} testId="source-language" />
      </div>
      <TextField label="The page’s address (where our text came from)" value={str(r.url)} inputMode="url" onChange={(v) => set('url', v, true)} testId="source-url" />
      <div className="row">
        <SelectField label="What text we hold" value={str(r.textKind)} options={TEXT_KINDS.map((k) => ({ value: k, label: TEXT_KIND_LABELS[k] }))} onChange={(v) => set('textKind', v, true)} testId="source-text-kind" />
        <TextField label="Via: the site we read it on, for a repost" value={str(r.via)} onChange={(v) => set('via', v)} testId="source-via" />
      </div>
      <div className="field">
        <label htmlFor={textId}>Text, exactly as read (for excerpts: the verbatim passages, one paragraph each)</label>
        <textarea
          id={textId}
          ref={text}
          rows={14}
          value={draft.text}
          aria-describedby={`${textId}-hint`}
          data-testid="source-text"
          onChange={(e) => onChange({ ...draft, text: e.target.value })}
          onSelect={() => setSelected(readSelection())}
        />
        <p className="hint" id={`${textId}-hint`}>
          Select a passage (the mouse, or Shift and the arrow keys), then press the button below: the quote is the selected text, exactly.
        </p>
      </div>
      <div className="row quote-row">
        <button type="button" data-testid="add-quote" disabled={selected === null} onClick={() => {
          const q = readSelection();
          if (q) onQuote(q);
        }}>
          Add the selection as a quote
        </button>
        <p className="hint" aria-live="polite">
          {quoteHelp ?? (selected ? `Selected: “${selected.length > 80 ? `${selected.slice(0, 80)}…` : selected}”` : 'Nothing selected.')}
        </p>
      </div>
      <details open={isNew}>
        <summary>Authors, notes, other addresses, kind of page, translations</summary>
        <div className="form">
          <ListField label="Authors, one per line (none when not known: never guess)" value={r.authors} onChange={(v) => set('authors', v, true)} />
          <TextField label="How the date was established (when it is not printed plainly)" value={str(r.publishedNote)} onChange={(v) => set('publishedNote', v)} />
          <CheckField label="The date is our inference (say how above)" checked={r.publishedInferred === true} onChange={(v) => set('publishedInferred', v ? true : undefined)} />
          <ListField label="Other addresses of the same text, one per line" value={r.alsoAt} onChange={(v) => set('alsoAt', v)} />
          <div className="row">
            <SelectField
              label="Kind of page"
              value={str(r.kind)}
              options={[{ value: '', label: 'news article (the default)' }, ...SOURCE_KINDS.filter((k) => k !== 'article').map((k) => ({ value: k, label: k }))]}
              onChange={(v) => set('kind', v)}
            />
            <TextField label="The page’s “last updated” date (a tracker needs it)" value={str(r.pageUpdated)} onChange={(v) => set('pageUpdated', v)} />
          </div>
          <ListField
            label="Parts translated by the copying site, one per line as “language: by whom” (e.g. es: elsalvadornow.org)"
            value={r.translations}
            format={formatTranslations}
            parse={parseTranslations}
            onChange={(v) => set('translations', v)}
          />
          <CheckField
            label="Our text matches the page closely enough to link to a passage (#:~:text=)"
            checked={r.linkFragments !== false}
            onChange={(v) => set('linkFragments', v ? undefined : false)}
          />
          <TextField label="Note for readers (a machine translation needs one)" rows={2} value={str(r.note)} onChange={(v) => set('note', v)} />
        </div>
      </details>
    </div>
  );
}
