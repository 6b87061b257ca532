/**
 * The list of keys, opened by `?` (the keyboard dispatches `tcdm:shortcuts`), in the reader's
 * language. Its code loads on the first `?` (src/app/onDemand.tsx), which mounts it: it opens as it mounts.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { SHORTCUTS } from './shortcuts.ts';

export function ShortcutsDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const open = () => {
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    open();
    window.addEventListener('tcdm:shortcuts', open);
    return () => window.removeEventListener('tcdm:shortcuts', open);
  }, []);
  const S = t.shortcuts;
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" data-testid="shortcuts">
      <h2 id="shortcuts-title">{S.title}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.action} data-action={s.action}>
            <dt>{s.keys(S.keys).map((k) => <kbd key={k}>{k}</kbd>)}</dt>
            <dd>{S.actions[s.action]}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="shortcuts-close" autoFocus>{S.close}</button>
      </form>
    </dialog>
  );
}
