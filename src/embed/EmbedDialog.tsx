/**
 * "Embed this map": the snippet (iframe + sizing script) for what is shown now, with options for the
 * story panel, the theme, the language and the height; a copy button (the snippet is selected where
 * the clipboard is refused); and a live preview of the embed at a phone's, a column's or a full width.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { urlContext, useModel } from '../model/model.ts';
import { LANGS } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { siteRoot } from '../store/countryPage.ts';
import { stateQuery } from '../store/urlSync.ts';
import { hasCountryPage, linkToShown } from '../ui/shareLink.ts';
import { countryName } from '../data/countries.ts';
import type { Theme } from '../store/urlState.ts';
import { embedSnippet, embedSrc } from './snippet.ts';

const PREVIEW_WIDTHS = { phone: 360, column: 640, full: 1000 } as const;
type Width = keyof typeof PREVIEW_WIDTHS;

export function EmbedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const E = t.embed;
  const store = useAppStore();
  const model = useModel();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [panel, setPanel] = useState(true);
  const [theme, setTheme] = useState<Theme>('auto');
  const [lang, setLang] = useState<string>('');
  const [height, setHeight] = useState(600);
  const [width, setWidth] = useState<Width>('column');
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);
  const ids = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);

  // The embed of what is shown now: the view's query, without this window's own modes.
  const src = useMemo(() => {
    if (!open) return '';
    const q = new URLSearchParams(stateQuery(store, urlContext(model)));
    for (const k of ['present', 'remote', 'session', 'view', 'embed', 'panel', 'theme', 'lang', 'id']) q.delete(k);
    q.set('embed', '1');
    if (!panel) q.set('panel', '0');
    if (theme !== 'auto') q.set('theme', theme);
    if (lang) q.set('lang', lang);
    // The site's root folder, not the page's: a country page is two folders down (src/store/countryPage.ts).
    return embedSrc(location.origin, import.meta.env.DEV ? location.pathname : new URL(siteRoot(document)).pathname, q.toString(), import.meta.env.DEV);
  }, [open, panel, theme, lang, store, model]);
  // (Only while open: after its first use the dialog stays mounted, closed.)
  const snippet = open ? embedSnippet({ src, script: new URL('embed.js', siteRoot(document)).href, height, title: t.title }) : '';
  // The selected country's own page, when the build wrote one.
  const country = useApp((s) => s.country);
  const countryLink = open && hasCountryPage(model, country) ? linkToShown(store, model) : null;

  // The preview sizes itself as embed.js would size it on a host page.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { source?: unknown; type?: unknown; height?: unknown } | null;
      if (e.source !== preview.current?.contentWindow || !d || d.source !== 'tcdm' || d.type !== 'resize' || typeof d.height !== 'number') return;
      if (preview.current) preview.current.style.height = `${Math.min(4000, Math.ceil(d.height))}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('manual');
      code.current?.select();
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} data-testid="embed-dialog">
      <h2 id={`${ids}-title`}>{E.title}</h2>
      <p>{E.intro}</p>
      <div className="embed-options">
        <label><input type="checkbox" checked={panel} onChange={(e) => setPanel(e.currentTarget.checked)} /> {E.panel}</label>
        <label>
          {t.settings.theme}{' '}
          <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)}>
            <option value="auto">{t.settings.themeAuto}</option>
            <option value="light">{t.settings.themeLight}</option>
            <option value="dark">{t.settings.themeDark}</option>
          </select>
        </label>
        <label>
          {t.settings.language}{' '}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            <option value="">{E.readerLanguage}</option>
            {LANGS.map((l) => <option key={l} value={l} lang={l}>{l}</option>)}
          </select>
        </label>
        <label>
          {E.height}{' '}
          <input type="number" min={200} max={4000} step={10} value={height} onChange={(e) => setHeight(Number(e.currentTarget.value) || 600)} />
        </label>
      </div>
      {countryLink !== null && country !== null && (
        <p className="embed-country" data-testid="embed-country">
          {t.countryPage.link(countryName(country, t.locale))}{' '}
          <a href={countryLink}>{countryLink}</a>
        </p>
      )}
      <label className="embed-code">
        {E.code}
        <textarea ref={code} readOnly value={snippet} rows={5} onFocus={(e) => e.currentTarget.select()} data-testid="embed-code" />
      </label>
      <p className="embed-copy">
        <button type="button" className="share-button" onClick={() => void copy()}>{E.copy}</button>{' '}
        <span role="status">{copied === 'copied' ? E.copied : copied === 'manual' ? E.manual : ''}</span>
      </p>
      <fieldset className="embed-widths">
        <legend>{E.preview}</legend>
        {(Object.keys(PREVIEW_WIDTHS) as Width[]).map((w) => (
          <label key={w}>
            <input type="radio" name={`${ids}-width`} value={w} checked={width === w} onChange={() => setWidth(w)} /> {E.widths[w]} ({PREVIEW_WIDTHS[w]} px)
          </label>
        ))}
      </fieldset>
      <div className="embed-preview">
        {open && (
          <iframe
            ref={preview}
            data-testid="embed-preview"
            src={src}
            title={E.previewTitle}
            style={{ width: `${PREVIEW_WIDTHS[width]}px`, height: `${height}px` }}
            sandbox="allow-scripts allow-same-origin allow-popups"
          />
        )}
      </div>
      <form method="dialog">
        <button type="submit" className="share-button">{t.close}</button>
      </form>
    </dialog>
  );
}
