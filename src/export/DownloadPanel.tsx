/**
 * The download menu's list (src/export/DownloadMenu.tsx holds the button): a button per file, and
 * a status line. Its code loads when the menu is first opened, and starts loading the code that
 * makes the files (./downloads.ts) at once, while the reader chooses.
 */
import { useState } from 'react';
import { formatDay } from '../data/dates.ts';
import { useT } from '../i18n/useT.ts';
import type { BaseGeometry } from '../map/geometry.ts';
import { useModel } from '../model/model.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import type { DownloadKind } from './dataExport.ts';

type Downloads = typeof import('./downloads.ts');
let loading: Promise<Downloads> | null = null;
const loadDownloads = (): Promise<Downloads> => (loading ??= import('./downloads.ts').catch((e: unknown) => ((loading = null), Promise.reject(e))));
void loadDownloads().catch(() => undefined);

const KINDS: readonly DownloadKind[] = ['map-png', 'map-svg', 'statuses-csv', 'statuses-json', 'events-csv', 'events-json', 'readme-txt'];

/** The address of the view without its fragment: where a downloaded file says it came from. */
const viewUrl = (): string => location.href.replace(/#.*$/, '');

export function DownloadPanel({ id, geo, onDone }: { id: string; geo: BaseGeometry | null; onDone(): void }) {
  const t = useT();
  const model = useModel();
  const store = useAppStore();
  const day = useApp((s) => s.day);
  const compare = useApp((s) => s.compare);
  const [busy, setBusy] = useState<DownloadKind | null>(null);
  const [failed, setFailed] = useState(false);

  const run = async (kind: DownloadKind) => {
    if (busy) return;
    setBusy(kind);
    setFailed(false);
    try {
      const { download } = await loadDownloads();
      const s = store.getState();
      await download({ kind, model, day: s.day, compare: s.compare, selected: s.country, theme: s.resolvedTheme, sort: s.sort, t, geo, url: viewUrl() });
      onDone();
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
    <div id={id} className="download-panel">
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
  );
}
