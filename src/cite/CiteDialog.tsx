/**
 * "Cite this view": the citation of what is shown now (src/cite/citation.ts) as a sentence in the
 * reader's language, BibTeX and CSL-JSON, each with a copy button (the text is selected where the
 * clipboard is refused). A native modal <dialog>, as the embed dialog: focus moves in and back, Esc closes.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { countryName } from '../data/countries.ts';
import { useT } from '../i18n/useT.ts';
import { urlContext, useModel } from '../model/model.ts';
import { useAppStore } from '../store/appStore.ts';
import { stateQuery } from '../store/urlSync.ts';
import { citationBibtex, citationCslJson, citationSentence, citeView } from './citation.ts';
import './cite.css';

type Format = 'sentence' | 'bibtex' | 'csl';
const FORMATS: readonly Format[] = ['sentence', 'bibtex', 'csl'];

/** Today as YYYY-MM-DD (UTC, as every date here): the citation's "accessed" date. */
const today = (): string => new Date().toISOString().slice(0, 10);

export function CiteDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const C = t.cite;
  const store = useAppStore();
  const model = useModel();
  const dialog = useRef<HTMLDialogElement>(null);
  const fields = useRef<Partial<Record<Format, HTMLTextAreaElement | null>>>({});
  const [copied, setCopied] = useState<{ format: Format; ok: boolean } | null>(null);
  const ids = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setCopied(null);
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  // Built when opened, from the store (the address bar is written a moment later) as the share button does.
  // (Only while open: the closed dialog is also rendered at build time for the first paint, with no `location`.)
  const texts = useMemo((): Record<Format, string> | null => {
    if (!open) return null;
    const s = store.getState();
    const url = `${location.origin}${location.pathname}${stateQuery(store, urlContext(model))}`;
    const v = citeView(model, {
      day: s.day, compare: s.compare, country: s.country, countryName: s.country ? countryName(s.country, t.locale) : '', url, accessed: today(), title: t.title,
    });
    return { sentence: citationSentence(v, t), bibtex: citationBibtex(v, t), csl: citationCslJson(v, t) };
  }, [open, store, model, t]);

  const names: Record<Format, string> = { sentence: C.sentence, bibtex: C.bibtex, csl: C.csl };

  const copy = async (format: Format) => {
    const text = texts?.[format] ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ format, ok: true });
    } catch {
      setCopied({ format, ok: false });
      const field = fields.current[format];
      field?.focus();
      field?.select();
    }
  };

  return (
    <dialog ref={dialog} className="cite-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} data-testid="cite-dialog">
      <h2 id={`${ids}-title`}>{C.title}</h2>
      <p>{C.intro}</p>
      {FORMATS.map((f) => (
        <section key={f} className="cite-format" data-format={f} aria-labelledby={`${ids}-${f}`}>
          <div className="cite-format-head">
            <h3 id={`${ids}-${f}`}>{names[f]}</h3>
            <button type="button" className="share-button" onClick={() => void copy(f)}>{C.copy(names[f])}</button>
            <span role="status" className="cite-status">
              {copied?.format === f ? (copied.ok ? C.copied(names[f]) : C.manual) : ''}
            </span>
          </div>
          <textarea
            ref={(el) => { fields.current[f] = el; }}
            readOnly
            aria-labelledby={`${ids}-${f}`}
            value={texts?.[f] ?? ''}
            rows={f === 'sentence' ? 5 : 8}
            lang={f === 'sentence' ? t.lang : undefined}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
            data-testid={`cite-${f}`}
          />
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="share-button">{t.close}</button>
      </form>
    </dialog>
  );
}
