/**
 * Fetching the files the page needs (the data set, a basemap) so that a failure says what went
 * wrong: the server's answer, something that is not the file (cut short, or not JSON, or not its
 * shape), no answer in time, or no network. The boot screen shows the reason and a way to retry.
 */

export type LoadFailure = 'http' | 'invalid' | 'timeout' | 'network';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadFailure,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** How long a file may take before the page gives up on it and offers to try again. */
const LOAD_TIMEOUT_MS = 20_000;

export interface FetchJsonOptions<T> {
  /** What the file is, for messages ("data set", "basemap"). */
  what: string;
  /** Whether what arrived has the file's shape (a narrow check: the inside of the app trusts it). */
  isShape(v: unknown): v is T;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function fetchJson<T>(url: string, o: FetchJsonOptions<T>): Promise<T> {
  const controller = new AbortController();
  const timeout = o.timeoutMs ?? LOAD_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let res: Response;
    try {
      res = await (o.fetch ?? fetch)(url, { signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) throw new LoadError('timeout', url, `${o.what} ${url}: no answer in ${Math.round(timeout / 1000)} s`);
      throw new LoadError('network', url, `${o.what} ${url}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new LoadError('http', url, `${o.what} ${url}: HTTP ${res.status}`, res.status);
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (controller.signal.aborted) throw new LoadError('timeout', url, `${o.what} ${url}: it stopped arriving after ${Math.round(timeout / 1000)} s`);
      throw new LoadError('network', url, `${o.what} ${url}: ${(e as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new LoadError('invalid', url, `${o.what} ${url}: not JSON (${text.length} bytes arrived; ${(e as Error).message})`);
    }
    if (!o.isShape(value)) throw new LoadError('invalid', url, `${o.what} ${url}: JSON, but not a ${o.what}`);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The compiled data set's outline: what the model needs to exist before it trusts the rest. */
export function isDatasetShape(v: unknown): v is import('./types.ts').Dataset {
  return isObject(v) && typeof v.checked === 'string' && Array.isArray(v.sources) && Array.isArray(v.events)
    && (v.stories === undefined || Array.isArray(v.stories))
    && v.events.every((e) => isObject(e) && typeof e.id === 'string' && typeof e.country === 'string' && typeof e.day === 'number' && Array.isArray(e.quotes));
}

/** A TopoJSON basemap's outline (the objects the map decodes). */
export function isBasemapShape(v: unknown): v is { type: 'Topology'; objects: Record<string, unknown>; arcs: unknown[] } {
  return isObject(v) && v.type === 'Topology' && isObject(v.objects) && isObject(v.objects.countries) && Array.isArray(v.arcs);
}
