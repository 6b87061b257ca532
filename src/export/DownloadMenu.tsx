/**
 * Downloads of the current view and the data: a disclosure button that opens a short list of
 * buttons (the map as PNG or SVG, the statuses at the day as CSV or JSON, every event and quote
 * as CSV or JSON, and a README: how to cite them, their licence and method). The code that builds the files is loaded when the menu is first opened.
 * Esc, a click elsewhere or focus leaving the menu closes it; Esc returns focus to the button.
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useModel } from '../model/model.ts';
import { formatDay } from '../data/dates.ts';
import { useT } from '../i18n/useT.ts';
import type { BaseGeometry } from '../map/geometry.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import type { ViewTraits } from '../views/views.ts';
import type { DownloadKind } from './dataExport.ts';
import './export.css';

type Downloads = typeof import('./downloads.ts');
let loading: Promise<Downloads> | null = null;
const loadDownloads = (): Promise<Downloads> => (loading ??= import('./downloads.ts').catch((e: unknown) => ((loading = null), Promise.reject(e))));

const KINDS: readonly DownloadKind[] = ['map-png', 'map-svg', 'statuses-csv', 'statuses-json', 'events-csv', 'events-json', 'readme-txt'];

/** The address of the view without its fragment: where a downloaded file says it came from. */
const viewUrl = (): string => location.href.replace(/#.*$/, '');

export function DownloadMenu({ geo = null, placement }: { geo?: BaseGeometry | null; placement: NonNullable<ViewTraits['downloads']> }) {
  const t = useT();
  const model = useModel();
  const store = useAppStore();
  const day = useApp((s) => s.day);
  const compare = useApp((s) => s.compare);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<DownloadKind | null>(null);
  const [failed, setFailed] = useState(false);
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

  const toggle = () => {
    if (!open) {
      setFailed(false);
      void loadDownloads().catch(() => undefined); // start fetching the code while the reader chooses
    }
    setOpen(!open);
  };

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

  const run = async (kind: DownloadKind) => {
    if (busy) return;
    setBusy(kind);
    setFailed(false);
    try {
      const { download } = await loadDownloads();
      const s = store.getState();
      await download({ kind, model, day: s.day, compare: s.compare, selected: s.country, theme: s.resolvedTheme, sort: s.sort, t, geo, url: viewUrl() });
      close(true);
    } catch (e) {
      console.warn('download failed:', e);
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  const date = formatDay(day, t.locale);
  // Compare mode: the statuses download is the list of changes (src/compare/changeExport.ts).
  const from = compare === null ? null : formatDay(compare, t.locale);
  const labels: Record<DownloadKind, string> = {
    'map-png': t.download.mapPng,
    'map-svg': t.download.mapSvg,
    'statuses-csv': from === null ? t.download.statusesCsv(date) : t.compare.changesCsv(from, date),
    'statuses-json': from === null ? t.download.statusesJson(date) : t.compare.changesJson(from, date),
    'events-csv': t.download.eventsCsv,
    'events-json': t.download.eventsJson,
    'readme-txt': t.cite.readme.download,
  };

  return (
    <div ref={root} className={`download download-${placement}${open ? ' download-open' : ''}`} onKeyDown={onKeyDown} onBlur={onBlur} data-testid="download">
      <button
        ref={button}
        type="button"
        className="download-button"
        data-map-overlay=""
        aria-expanded={open}
        aria-controls={listId}
        onClick={toggle}
      >
        <svg className="download-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1.5v8.2M4.6 6.6 8 10l3.4-3.4M2.5 11.5v2.5h11v-2.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t.download.label}
      </button>
      <div id={listId} className="download-panel" hidden={!open}>
        <ul className="download-list">
          {KINDS.map((kind) => (
            <li key={kind} className={kind === 'statuses-csv' || kind === 'events-csv' || kind === 'readme-txt' ? 'download-group-start' : undefined}>
              <button
                type="button"
                className="download-item"
                data-kind={kind}
                aria-disabled={busy !== null && busy !== kind ? true : undefined}
                aria-busy={busy === kind}
                onClick={() => void run(kind)}
              >
                {labels[kind]}
              </button>
            </li>
          ))}
        </ul>
        <p className="download-status" role="status">
          {busy ? t.download.working : failed ? t.download.failed : ''}
        </p>
      </div>
    </div>
  );
}
