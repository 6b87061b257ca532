import { describe, expect, it } from 'vitest';
import { apiProblem, hostProblem, isLoopbackHost, makeToken, sameSecret, TOKEN_HEADER } from './security.ts';

const PORT = 5180;
const TOKEN = makeToken();
/** A request as the editor's own page sends it. */
const good = (over: Record<string, string | undefined> = {}, method = 'POST') => ({
  method,
  headers: {
    host: `127.0.0.1:${PORT}`,
    origin: `http://127.0.0.1:${PORT}`,
    'content-type': 'application/json',
    'sec-fetch-site': 'same-origin',
    [TOKEN_HEADER]: TOKEN,
    ...over,
  },
});

describe('the editor answers only on the loopback interface, to its own page', () => {
  it('makes a new random token for each run', () => {
    expect(makeToken()).not.toBe(makeToken());
    expect(makeToken()).toMatch(/^[\w-]{43}$/);
  });

  it('listens on the loopback interface only', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.2', 'example.org', '']) expect(isLoopbackHost(h)).toBe(false);
  });

  it('answers only a Host naming the loopback address and its own port (no DNS rebinding)', () => {
    expect(hostProblem(`127.0.0.1:${PORT}`, PORT)).toBeNull();
    expect(hostProblem(`localhost:${PORT}`, PORT)).toBeNull();
    expect(hostProblem(`LOCALHOST:${PORT}`, PORT)).toBeNull();
    for (const h of [undefined, '', '127.0.0.1', `127.0.0.1:${PORT + 1}`, `rebound.example:${PORT}`, `127.0.0.1.nip.io:${PORT}`, `localhost.example:${PORT}`, `[::1]:${PORT}`, `0.0.0.0:${PORT}`]) {
      expect(hostProblem(h, PORT), String(h)).not.toBeNull();
    }
  });

  it('takes an API call from its own page', () => {
    expect(apiProblem(good(), PORT, TOKEN)).toBeNull();
    expect(apiProblem(good({ host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }), PORT, TOKEN)).toBeNull();
    expect(apiProblem(good({ 'content-type': 'application/json; charset=utf-8' }), PORT, TOKEN)).toBeNull();
    // A browser that sends no Sec-Fetch-Site is judged by the rest.
    expect(apiProblem(good({ 'sec-fetch-site': undefined }), PORT, TOKEN)).toBeNull();
  });

  it('refuses a foreign Host, a foreign or missing Origin, another method, another content type, a cross-site fetch', () => {
    expect(apiProblem(good({ host: `rebound.example:${PORT}`, origin: `http://rebound.example:${PORT}` }), PORT, TOKEN)).toMatch(/Host/);
    expect(apiProblem(good({ origin: 'https://elsewhere.example' }), PORT, TOKEN)).toMatch(/Origin/);
    expect(apiProblem(good({ origin: `http://127.0.0.1:${PORT + 1}` }), PORT, TOKEN)).toMatch(/Origin/);
    expect(apiProblem(good({ origin: 'null' }), PORT, TOKEN)).toMatch(/Origin/);
    expect(apiProblem(good({ origin: undefined }), PORT, TOKEN)).toMatch(/Origin/);
    // Host and Origin must name the same address: localhost's page cannot call 127.0.0.1's API.
    expect(apiProblem(good({ origin: `http://localhost:${PORT}` }), PORT, TOKEN)).toMatch(/Origin/);
    expect(apiProblem(good({}, 'GET'), PORT, TOKEN)).toMatch(/POST/);
    expect(apiProblem(good({}, 'PUT'), PORT, TOKEN)).toMatch(/POST/);
    for (const t of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/jsonx']) {
      expect(apiProblem(good({ 'content-type': t }), PORT, TOKEN), String(t)).toMatch(/Content-Type/);
    }
    expect(apiProblem(good({ 'sec-fetch-site': 'cross-site' }), PORT, TOKEN)).toMatch(/Sec-Fetch-Site/);
    expect(apiProblem(good({ 'sec-fetch-site': 'same-site' }), PORT, TOKEN)).toMatch(/Sec-Fetch-Site/);
  });

  it('refuses a missing or wrong token', () => {
    expect(apiProblem(good({ [TOKEN_HEADER]: undefined }), PORT, TOKEN)).toMatch(/token/);
    expect(apiProblem(good({ [TOKEN_HEADER]: '' }), PORT, TOKEN)).toMatch(/token/);
    expect(apiProblem(good({ [TOKEN_HEADER]: makeToken() }), PORT, TOKEN)).toMatch(/wrong editor token/);
    expect(apiProblem(good({ [TOKEN_HEADER]: TOKEN.slice(0, -1) }), PORT, TOKEN)).toMatch(/wrong editor token/);
    expect(apiProblem(good({ [TOKEN_HEADER]: `${TOKEN} ` }), PORT, TOKEN)).toMatch(/wrong editor token/);
  });

  it('refuses a header sent twice (Node gives it as a list)', () => {
    const req = good();
    expect(apiProblem({ ...req, headers: { ...req.headers, origin: [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT}`] } }, PORT, TOKEN)).not.toBeNull();
  });

  it('compares secrets whole', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });
});
