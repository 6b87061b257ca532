/**
 * The editor's guards (data/README.md, "The editor": safety). The editor is a server on the
 * editor's own machine that writes into the repository, so every request is checked before it is
 * answered:
 *
 * - Host: only the loopback address and port it listens on (`127.0.0.1:<port>`, `localhost:<port>`).
 *   A DNS-rebinding host name (an attacker's name that resolves to 127.0.0.1) is refused, so a page
 *   on another site cannot reach the server even through its own origin.
 * - The API (every read of data and every write): POST only, `Origin` equal to the server's own
 *   origin, `Content-Type: application/json`, `Sec-Fetch-Site` (where the browser sends it)
 *   `same-origin`, and the run's token in `X-Editor-Token`, compared in constant time. The token is
 *   made afresh for each run and given to the page inside the editor page's HTML only; another
 *   site cannot read that page, nor send the header without a CORS preflight the server never
 *   grants.
 *
 * Pure: the plugin (editorPlugin.ts) passes each request's headers in.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header the page sends the token in. */
export const TOKEN_HEADER = 'x-editor-token';

/** A token for one run of the editor: 32 random bytes, URL-safe. */
export function makeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The host names the server answers to: the loopback address it listens on, by address or name. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

/** Whether a host (from Vite's options or the command line) is the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  return (LOOPBACK_NAMES as readonly string[]).includes(host);
}

/** The origins the page can have on this port. */
function ownOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((h) => `http://${h}:${port}`);
}

/** Why a request's Host header is refused, or null: it must name the loopback address and this port. */
export function hostProblem(host: string | undefined, port: number): string | null {
  if (!host) return 'no Host header';
  if (!LOOPBACK_NAMES.some((h) => host.toLowerCase() === `${h}:${port}`)) return `Host "${host}" is not this editor (it answers only to 127.0.0.1:${port} or localhost:${port})`;
  return null;
}

/** Two strings equal, compared in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives both the same length, which timingSafeEqual needs, and hides the token's.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The parts of an API request the guards look at (header names in lower case, as Node gives them). */
export interface ApiRequest {
  method?: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? undefined : v);

/**
 * Why an API request is refused (403), or null. `port` is the port the server listens on, `token`
 * this run's token.
 */
export function apiProblem(req: ApiRequest, port: number, token: string): string | null {
  const host = hostProblem(one(req.headers.host), port);
  if (host) return host;
  if (req.method !== 'POST') return 'the editor\'s API takes POST only';
  const origin = one(req.headers.origin);
  // Same-origin POSTs always carry Origin; one without it did not come from the editor's page.
  if (!origin) return 'no Origin header';
  // The page's Host and Origin name the same address (127.0.0.1 or localhost).
  if (!ownOrigins(port).includes(origin) || origin !== `http://${one(req.headers.host)?.toLowerCase()}`) return `Origin "${origin}" is not this editor`;
  const site = one(req.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site "${site}": only the editor's own page may call its API`;
  const type = one(req.headers['content-type']);
  if (!type || type.split(';')[0]?.trim().toLowerCase() !== 'application/json') return 'Content-Type must be application/json';
  const given = one(req.headers[TOKEN_HEADER]);
  if (!given) return 'no editor token';
  if (!sameSecret(given, token)) return 'wrong editor token (restarting `npm run edit` makes a new one: reload the page)';
  return null;
}
