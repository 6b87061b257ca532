/**
 * The quiet notice that a new version is installed: "New data available", a Reload button and a
 * way to close it, in the reader's language, as a polite live region (role="status"). It shows
 * only when noticeShown allows (never during a talk); the region itself is always there, empty,
 * so a screen reader hears the notice when it appears.
 */
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import { noticeShown } from './notice.ts';
import './offline.css';

export function UpdateNotice({ activate }: { activate: (() => void) | null }) {
  const t = useT().offline;
  const present = useApp((s) => s.present);
  const playing = useApp((s) => s.playing);
  const embed = useApp((s) => s.embed);
  const [dismissed, setDismissed] = useState(false);
  const shown = activate !== null && noticeShown({ waiting: true, dismissed, present, playing, embed });
  return (
    <div className="offline-status" role="status">
      {shown && (
        <div className="offline-notice" data-testid="update-notice">
          <p>{t.updateReady}</p>
          <button type="button" className="offline-reload" onClick={activate}>
            {t.reload}
          </button>
          <button type="button" className="offline-dismiss" aria-label={t.dismiss} title={t.dismiss} onClick={() => setDismissed(true)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
