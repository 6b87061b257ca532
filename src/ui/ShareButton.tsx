/**
 * Copies a link to what is shown (every reachable state is in the URL: docs/INTERFACES.md; a
 * selected country's link is its own page, src/store/countryPage.ts). Says
 * so visibly; where the clipboard is refused, offers the link in a field, selected, to copy by hand.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { linkToShown } from './shareLink.ts';
import { LinkIcon } from './icons.tsx';

export function ShareButton({ className = '' }: { className?: string }) {
  const t = useT();
  const store = useAppStore();
  const model = useModel();
  const [shown, setShown] = useState<'copied' | 'manual' | null>(null);
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // Each refusal selects the link again. In a layout effect, so the field is selected in the same
  // commit that shows it: never seen (by a reader, or a test reading it) shown but unselected.
  const [refusals, setRefusals] = useState(0);
  useLayoutEffect(() => {
    if (refusals > 0) field.current?.select();
  }, [refusals]);

  const share = async () => {
    // With a country selected that has a page of its own, that page (src/store/countryPage.ts).
    const url = linkToShown(store, model);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setShown('copied');
      setTimeout(() => setShown((v) => (v === 'copied' ? null : v)), 4000);
    } catch {
      setShown('manual');
      setRefusals((n) => n + 1);
    }
  };

  return (
    <div className={`share ${className}`} data-testid="share">
      <button type="button" className="share-button" onClick={() => void share()} aria-label={t.share.label} title={t.share.label}>
        <LinkIcon />
        <span className="action-text">{t.share.button}</span>
      </button>
      <span className="share-status" role="status">
        {shown === 'copied' && t.share.copied}
      </span>
      {shown === 'manual' && (
        <label className="share-manual">
          {t.share.manual}
          <input ref={field} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
