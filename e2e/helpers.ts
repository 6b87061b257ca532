import { expect, type Page } from '@playwright/test';

export interface PageWatch {
  errors: string[];
  warnings: string[];
  foreignRequests: string[];
}

/** Records console errors, page errors and any request that leaves our own origin. */
export function watchPage(page: Page, baseURL: string): PageWatch {
  const origin = new URL(baseURL).origin;
  const w: PageWatch = { errors: [], warnings: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
    if (m.type() === 'warning') w.warnings.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) w.foreignRequests.push(u);
  });
  return w;
}

/** Opens the app and waits until the map has drawn its first frame with the final colours. */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

export async function project(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  const local = await page.evaluate(([a, b]) => (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap.project(a as number, b as number), [lng, lat]);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + local.x, y: box.y + local.y };
}

/** The colour the map canvas drew at a longitude/latitude, as [r, g, b]. */
export async function pixelAt(page: Page, lng: number, lat: number): Promise<[number, number, number]> {
  return page.evaluate(async ([a, b]) => {
    const hook = (window as unknown as { tcdmMap: { project(a: number, b: number): { x: number; y: number } } }).tcdmMap;
    const p = hook.project(a as number, b as number);
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    if (!canvas) throw new Error('no canvas');
    const ratio = canvas.width / canvas.clientWidth;
    const img = new Image();
    img.src = canvas.toDataURL('image/png');
    await img.decode();
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
    return [d[0], d[1], d[2]] as [number, number, number];
  }, [lng, lat]);
}

export function hex(rgb: [number, number, number]): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function close(rgb: [number, number, number], hexColour: string, tolerance = 6): boolean {
  const n = parseInt(hexColour.slice(1), 16);
  const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return rgb.every((v, i) => Math.abs(v - (want[i] as number)) <= tolerance);
}

/** The table's rows as {country: status}. */
export async function tableStatuses(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('[data-testid="status-table"] tbody tr');
  await expect(page.getByTestId('status-table')).toBeVisible();
  const out: Record<string, string> = {};
  for (const r of await rows.all()) {
    const iso = await r.getAttribute('data-country');
    const status = await r.getAttribute('data-status');
    if (iso && status) out[iso] = status;
  }
  return out;
}
