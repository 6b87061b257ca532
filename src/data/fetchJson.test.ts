import { describe, expect, it } from 'vitest';
import { fetchJson, isBasemapShape, isDatasetShape, LoadError } from './fetchJson.ts';

const answer = (body: string, status = 200): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;
const anything = (v: unknown): v is unknown => v !== undefined;
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as LoadError;
  }
  throw new Error('it did not fail');
};

describe('fetchJson', () => {
  it('gives the parsed file', async () => {
    expect(await fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: answer('{"a":1}') })).toEqual({ a: 1 });
  });
  it('says the server’s answer', async () => {
    const e = await failure(fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: answer('nope', 404) }));
    expect(e).toMatchObject({ kind: 'http', status: 404, url: '/x.json' });
    expect(e.message).toBe('data set /x.json: HTTP 404');
  });
  it('tells a file cut short or not JSON, and JSON of the wrong shape', async () => {
    expect(await failure(fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: answer('{"events": [{"id"') }))).toMatchObject({ kind: 'invalid' });
    expect(await failure(fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: answer('<!doctype html>') }))).toMatchObject({ kind: 'invalid' });
    expect(await failure(fetchJson('/x.json', { what: 'data set', isShape: isDatasetShape, fetch: answer('{}') }))).toMatchObject({ kind: 'invalid', message: 'data set /x.json: JSON, but not a data set' });
  });
  it('gives up on a file that does not come in time, and tells a network that does not answer', async () => {
    const never: typeof fetch = ((_u: string, init?: RequestInit) =>
      new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    expect(await failure(fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: never, timeoutMs: 20 }))).toMatchObject({ kind: 'timeout' });
    const offline: typeof fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await failure(fetchJson('/x.json', { what: 'data set', isShape: anything, fetch: offline }))).toMatchObject({ kind: 'network' });
  });
});

describe('shapes', () => {
  it('know a data set and a basemap from something else', () => {
    expect(isDatasetShape({ checked: '2026-01-01', sources: [], events: [{ id: 'a', country: 'SLV', day: 1, quotes: [] }] })).toBe(true);
    expect(isDatasetShape({ checked: '2026-01-01', sources: [], events: [{ id: 'a' }] })).toBe(false);
    expect(isDatasetShape([])).toBe(false);
    expect(isBasemapShape({ type: 'Topology', objects: { countries: {} }, arcs: [] })).toBe(true);
    expect(isBasemapShape({ type: 'FeatureCollection' })).toBe(false);
  });
});
