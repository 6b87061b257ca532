/** The quotes a caption rests on, in a dialog: each event's card, with its quotes and their links. */
import { useEffect, useRef } from 'react';
import { useModel } from '../model/model.ts';
import { useT } from '../i18n/useT.ts';
import { EventCard } from '../story/EventCard.tsx';

export function SourcesDialog({ events, onClose }: { events: readonly string[] | null; onClose(): void }) {
  const t = useT();
  const { dataset } = useModel();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (events && !d.open) d.showModal();
    else if (!events && d.open) d.close();
  }, [events]);
  const shown = events ? dataset.events.filter((e) => events.includes(e.id)) : [];
  return (
    <dialog ref={dialog} className="reader sources-dialog" aria-labelledby="sources-title" onClose={onClose} data-testid="sources-dialog">
      <header className="reader-head">
        <h2 id="sources-title">{t.present.sourcesTitle}</h2>
      </header>
      <form method="dialog">
        <button type="submit" className="reader-close">{t.close}</button>
      </form>
      <div className="sources-events">
        {shown.map((e) => <EventCard key={e.id} event={e} showCountry={true} />)}
      </div>
    </dialog>
  );
}
