/** Labelled form controls for the editor's page: each control has its label, and its hint is read with it. */
import { useId, useState, type ReactNode } from 'react';
import { lines } from './draft.ts';

interface Common {
  label: string;
  hint?: ReactNode;
  testId?: string;
}

function Hint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  return hint ? (
    <p className="hint" id={id}>
      {hint}
    </p>
  ) : null;
}

export function TextField(p: Common & { value: string; onChange: (v: string) => void; rows?: number; placeholder?: string; required?: boolean; inputMode?: 'numeric' | 'url' | 'text' }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const props = {
    id,
    value: p.value,
    'aria-describedby': p.hint ? hintId : undefined,
    'data-testid': p.testId,
    placeholder: p.placeholder,
    required: p.required,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      {p.rows ? (
        <textarea {...props} rows={p.rows} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input {...props} type="text" inputMode={p.inputMode} onChange={(e) => p.onChange(e.target.value)} />
      )}
      <Hint id={hintId} hint={p.hint} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(p: Common & { value: string; onChange: (v: string) => void; options: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[] }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      <select id={id} value={p.value} aria-describedby={p.hint ? hintId : undefined} data-testid={p.testId} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {p.groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Hint id={hintId} hint={p.hint} />
    </div>
  );
}

export function CheckField(p: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field check">
      <input id={id} type="checkbox" checked={p.checked} aria-describedby={p.hint ? hintId : undefined} data-testid={p.testId} onChange={(e) => p.onChange(e.target.checked)} />
      <label htmlFor={id}>{p.label}</label>
      <Hint id={hintId} hint={p.hint} />
    </div>
  );
}

export function RadioField(p: Common & { value: string; onChange: (v: string) => void; options: readonly Option[] }) {
  const name = useId();
  return (
    <fieldset className="field radios">
      <legend>{p.label}</legend>
      {p.options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={name} value={o.value} checked={p.value === o.value} onChange={() => p.onChange(o.value)} data-testid={p.testId ? `${p.testId}-${o.value}` : undefined} />
          {o.label}
        </label>
      ))}
      {p.hint ? <p className="hint">{p.hint}</p> : null}
    </fieldset>
  );
}

const plainLines = (v: unknown): string => (Array.isArray(v) ? v.map(String).join('\n') : '');

/**
 * A list typed one item per line. The text area keeps what is typed (a new, still empty line
 * too); the record gets the parsed list, and a list changed from outside (another record opened)
 * replaces the text.
 */
export function ListField<T>(p: Common & { value: unknown; onChange: (v: T[]) => void; format?: (v: unknown) => string; parse?: (text: string) => T[] }) {
  const format = p.format ?? plainLines;
  const parse = p.parse ?? (lines as unknown as (text: string) => T[]);
  const [text, setText] = useState(() => format(p.value));
  const outside = format(p.value);
  const [seen, setSeen] = useState(outside);
  if (outside !== seen) {
    // The list changed from outside: the text follows, unless it already says the same.
    setSeen(outside);
    if (format(parse(text)) !== outside) setText(outside);
  }
  return (
    <TextField
      label={p.label}
      hint={p.hint}
      rows={2}
      value={text}
      onChange={(t) => {
        setText(t);
        p.onChange(parse(t));
      }}
      {...(p.testId ? { testId: p.testId } : {})}
    />
  );
}
