/**
 * Downloads of the current view and the data: a disclosure button that opens a short list of
 * buttons (the map as PNG or SVG, the statuses at the day as CSV or JSON, every event and quote
 * as CSV or JSON, and a README: how to cite them, their licence and method). The list's code
 * (./DownloadPanel.tsx), and the code that builds the files, load when the menu is first opened.
 * Esc, a click elsewhere or focus leaving the menu closes it; Esc returns focus to the button.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import type { BaseGeometry } from '../map/geometry.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import type { ViewTraits } from '../views/views.ts';
import './export.css';

const DownloadPanel = lazy(() => import('./DownloadPanel.tsx').then((m) => ({ default: m.DownloadPanel })));

export function DownloadMenu({ geo = null, placement }: { geo?: BaseGeometry | null; placement: NonNullable<ViewTraits['downloads']> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  // A click or tap outside closes the menu (focus stays where the pointer put it).
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, close]);

  const toggle = () => setOpen(!open);

  const items = (): HTMLButtonElement[] => [...(root.current?.querySelectorAll<HTMLButtonElement>('.download-item') ?? [])];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault(); // the page's Esc (clear the selection) is not meant
      close(true);
      return;
    }
    if (!open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    // Arrows move between the items (and keep the timeline still).
    e.preventDefault();
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'Home' ? 0
        : e.key === 'End' ? list.length - 1
          : e.key === 'ArrowDown' ? (i + 1) % list.length
            : i <= 0 ? list.length - 1 : i - 1;
    list[next]?.focus();
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const to = e.relatedTarget as Node | null;
    if (open && to && !root.current?.contains(to)) close(false);
  };

  return (
    <div ref={root} className={`download download-${placement}${open ? ' download-open' : ''}`} onKeyDown={onKeyDown} onBlur={onBlur} data-testid="download">
      <button
        ref={button}
        type="button"
        className="download-button"
        data-map-overlay=""
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={toggle}
      >
        <svg className="download-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1.5v8.2M4.6 6.6 8 10l3.4-3.4M2.5 11.5v2.5h11v-2.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t.download.label}
      </button>
      {/* The list's code loads when the menu is first opened; until then the open menu shows nothing under its button. */}
      {open && (
        <ErrorBoundary region="downloads">
          <Suspense fallback={null}>
            <DownloadPanel id={listId} geo={geo} onDone={() => close(true)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
