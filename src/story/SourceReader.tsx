/** "Read the source": the full text we hold, in a modal dialog, with the quote highlighted. */
import { useEffect, useRef } from 'react';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { useT } from '../i18n/useT.ts';
import { provenanceLabel, splitForHighlight } from './quoteLogic.ts';

export function SourceReader() {
  const t = useT();
  const reading = useApp((s) => s.reading);
  const onClose = useApp((s) => s.closeSource);
  const close = useRef<HTMLButtonElement>(null);
  const { sources } = useModel();
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const source = reading ? sources.get(reading.source) : undefined;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (source && !d.open) {
      d.showModal();
      close.current?.focus();
      mark.current?.scrollIntoView({ block: 'center' });
    } else if (!source && d.open) d.close();
  }, [source]);

  // The browser fires `close` in a task of its own after the dialog has shut: a reader reopened in
  // between (a quick click after Esc) is open again when that stale event lands, and must stay so.
  const onDialogClose = () => {
    if (!dialog.current?.open) onClose();
  };

  const [before, quote, after] = source ? splitForHighlight(source.text, reading?.at ?? null) : ['', '', ''];
  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title" onClose={onDialogClose}>
      {source && (
        <>
          <header className="reader-head">
            <h2 id="reader-title" lang={source.headline ? source.language : undefined}>{source.headline || source.publisher}</h2>
            <p>{provenanceLabel(source, t)}</p>
            {source.authors.length > 0 && <p>{source.authors.join(', ')}</p>}
            {source.publishedNote && <p><strong>{t.source.date}:</strong> <span lang="en">{source.publishedNote}</span></p>}
            {source.note && <p className="reader-note"><strong>{t.source.note}:</strong> <span lang="en">{source.note}</span></p>}
            <p>
              <a href={source.url} target="_blank" rel="noopener noreferrer">{source.url}<span className="visually-hidden"> {t.newTab}</span></a>
            </p>
            {source.alsoAt && source.alsoAt.length > 0 && (
              <p>
                {t.source.alsoAt}:{' '}
                {source.alsoAt.map((u) => (
                  <a key={u} href={u} target="_blank" rel="noopener noreferrer">{u}</a>
                ))}
              </p>
            )}
            <button ref={close} type="button" className="reader-close" onClick={onClose}>
              {t.close}
            </button>
          </header>
          <div className="reader-text" lang={source.language} tabIndex={0}>
            {before}
            {quote && <mark ref={mark}>{quote}</mark>}
            {after}
          </div>
        </>
      )}
    </dialog>
  );
}
