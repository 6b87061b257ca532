/**
 * The page's calls to the editor's server (editor/protocol.ts): a POST of JSON with the run's
 * token, which the server put in this page's HTML (scripts/editor/security.ts).
 */

const token = document.querySelector<HTMLMetaElement>('meta[name="tcdm-editor-token"]')?.content ?? '';

/** Whether the page was served by `npm run edit` (with a token). */
export const hasToken = token !== '' && token !== '%EDITOR_TOKEN%';

export interface Answer<T> {
  status: number;
  body: T;
}

export async function call<T>(name: string, body: unknown = {}): Promise<Answer<T>> {
  const res = await fetch(`/__editor/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Editor-Token': token },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { error: text };
  }
  return { status: res.status, body: parsed as T };
}

/** The error an answer carries, if it is one. */
export function errorOf(a: Answer<unknown>): string | null {
  if (a.status < 400) return null;
  const b = a.body as { error?: unknown };
  return typeof b.error === 'string' ? b.error : `the server answered ${a.status}`;
}
