/**
 * The download menu's work, loaded only when the menu is first opened: builds the file for a
 * kind of download at a day, and hands it to the browser as a download named after that day.
 */
import type { Model } from '../model/model.ts';
import type { ResolvedTheme } from '../color/palette.ts';
import { countryName } from '../data/countries.ts';
import { dayToIso, formatDay, formatPartialDate } from '../data/dates.ts';
import { countByStatus } from '../data/statusIndex.ts';
import { STATUSES } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import type { TableSort } from '../table/tableSort.ts';
import { loadGeoBasemap, type BaseGeometry, type GeoBasemap } from '../map/geometry.ts';
import { pageRenderer, topoUrl } from '../map/renderers.ts';
import {
  eventsCsv, eventsJson, fileName, MIME, statusesCsv, statusesJson, statusRows,
  type DownloadKind, type Provenance,
} from './dataExport.ts';
import { citeView, readmeText } from '../cite/citation.ts';
import { scenePng } from './mapCanvas.ts';
import { buildScene, sceneSvg, type LegendEntry, type Scene } from './mapScene.ts';
import { changeRows, changeSet } from '../compare/changes.ts';
import { changeFileName, changesCsv, changesJson, changesOut } from '../compare/changeExport.ts';

export interface DownloadContext {
  kind: DownloadKind;
  model: Model;
  day: number;
  /** Compare mode's earlier day (src/compare), or null: the statuses download lists the changes, the map is drawn as compare mode draws it. */
  compare: number | null;
  selected: string | null;
  theme: ResolvedTheme;
  /** The table's order: the statuses' rows come in it. */
  sort: TableSort;
  t: Catalogue;
  /**
   * The basemap the live map drew, or null to load it (the table view without WebGL). The SVG map's
   * world projected at build time is not drawn from: the download loads the same basemap as TopoJSON.
   */
  geo: BaseGeometry | null;
  /** The address of the view, for the files' provenance. */
  url: string;
}

export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** The page's renderer's basemap as TopoJSON, when the map itself drew none (or drew the projected world). */
let basemap: Promise<GeoBasemap> | null = null;

/** What composing the map needs of a download's context. */
type SceneContext = Pick<DownloadContext, 'model' | 'day' | 'compare' | 'selected' | 'theme' | 't' | 'url'>;

/** The map composition of the context's day, selection, theme and language, drawn from a basemap at hand. */
function sceneOf(geo: GeoBasemap, ctx: SceneContext): Scene {
  const { model, day, t } = ctx;
  const statuses = model.index.allAt(day);
  const counts = countByStatus(statuses);
  // Compare mode: the changed countries in their status at the day, the rest quiet; the legend counts changes.
  const changes = ctx.compare === null ? null : changeSet(model.index, ctx.compare, day);
  const legend: LegendEntry[] = changes
    ? [
        ...STATUSES.map((s) => ({ status: s, label: t.status.labels[s], count: changes.byStatus[s] })),
        { status: null, quiet: true, label: t.compare.unchanged, count: changes.unchanged.length },
        { status: null, label: t.noStatus, count: null },
      ]
    : [
        ...STATUSES.map((s) => ({ status: s, label: t.status.labels[s], count: counts[s] })),
        { status: null, label: t.noStatus, count: null },
      ];
  const date = changes && ctx.compare !== null
    ? `${t.compare.downloadTitle(formatDay(ctx.compare, t.locale), formatDay(day, t.locale))} · ${t.compare.changed(changes.changes.size)}`
    : `${day === model.index.lastDay ? t.legendTitleLatest : t.legendTitle} ${formatDay(day, t.locale)}`;
  return buildScene({
    geo, statuses, selected: ctx.selected, theme: ctx.theme, lang: t.lang,
    title: t.title,
    date,
    legend,
    ...(changes ? { quiet: new Set(changes.unchanged) } : {}),
    source: t.download.sourceLine(ctx.url, formatDay(model.horizon, t.locale), formatPartialDate(model.dataset.checked, t.locale)),
  });
}

/**
 * The map as an SVG element's markup, at once (no loading): the printed page's picture of the WebGL
 * map, whose canvas may print blank (src/print/PrintMap.tsx).
 */
export function mapSvgMarkup(geo: GeoBasemap, ctx: SceneContext): string {
  return sceneSvg(sceneOf(geo, ctx)).replace(/^<\?xml[^>]*>\s*/, '');
}

/** The map composition of the context's day, selection, theme and language. */
export async function mapScene(ctx: DownloadContext): Promise<Scene> {
  const geo = ctx.geo?.kind === 'geojson' ? ctx.geo : await (basemap ??= loadGeoBasemap(topoUrl(pageRenderer())).catch((e: unknown) => ((basemap = null), Promise.reject(e))));
  return sceneOf(geo, ctx);
}

export async function buildDownload(ctx: DownloadContext): Promise<DownloadFile> {
  const { kind, model, day, t } = ctx;
  const comparing = ctx.compare !== null && !kind.startsWith('events-');
  const name = comparing && ctx.compare !== null ? changeFileName(kind, ctx.compare, day) : fileName(kind, day);
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const text = (s: string): DownloadFile => ({ name, blob: new Blob([s], { type: MIME[ext] as string }) });
  const provenance: Provenance = { title: t.title, url: ctx.url, checked: model.dataset.checked, sourcesUpTo: dayToIso(model.horizon) };
  const name3 = (a3: string) => countryName(a3, t.locale);
  switch (kind) {
    case 'statuses-csv':
    case 'statuses-json': {
      if (ctx.compare !== null) {
        const rows = changesOut(changeRows(changeSet(model.index, ctx.compare, day), name3, t.locale), (s) => t.status.labels[s], t.noStatus);
        return text(kind === 'statuses-csv' ? changesCsv(rows) : changesJson(rows, ctx.compare, day, provenance, t.lang));
      }
      const rows = statusRows(model, day, { locale: t.locale, countryName: name3, statusLabel: (s) => t.status.labels[s] }, ctx.sort);
      return text(kind === 'statuses-csv' ? statusesCsv(rows) : statusesJson(rows, day, provenance, t.lang, model.dataset.events));
    }
    case 'events-csv':
      return text(eventsCsv(model.dataset, name3));
    case 'events-json':
      return text(eventsJson(model.dataset, provenance));
    case 'map-svg':
      return text(sceneSvg(await mapScene(ctx)));
    case 'map-png':
      return { name, blob: await scenePng(await mapScene(ctx)) };
    case 'readme-txt': {
      const v = citeView(model, {
        day, compare: ctx.compare, country: ctx.selected, countryName: ctx.selected ? name3(ctx.selected) : '', url: ctx.url, accessed: new Date().toISOString().slice(0, 10), title: t.title,
      });
      return text(readmeText(v, t, aboutUrl(ctx.url)));
    }
  }
}

/** The "About the data" view at the same address (in the same language, where the view names one). */
function aboutUrl(viewUrl: string): string {
  const u = new URL(viewUrl);
  const lang = u.searchParams.get('lang');
  return `${u.origin}${u.pathname}?view=about${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
}

/** Hands a file to the browser as a download (a temporary link with `download`). */
export function saveFile(file: DownloadFile): void {
  const href = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

export async function download(ctx: DownloadContext): Promise<void> {
  saveFile(await buildDownload(ctx));
}
