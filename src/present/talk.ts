/**
 * A talk across two windows of one browser: the audience window (present=1) and the presenter's
 * (present=1&remote=1), joined by a BroadcastChannel named after the session id in both URLs, so two
 * talks in two tabs never cross. Either window may drive: a change of date, compare date, step,
 * region, country or play in one is sent to the other, which takes it without sending it back. A window that
 * (re)loads says hello and is sent the other's state, so a reload picks the talk up again. The
 * audience window says it is there every second; the presenter's notices when it stops.
 *
 * Messages from the channel are parsed here, never trusted: anything that is not a well-formed
 * talk message is dropped.
 */
import { isRegion, type Region } from '../data/regions.ts';
import type { AppState, AppStore } from '../store/appStore.ts';

export type TalkRole = 'audience' | 'presenter';

/** What a talk shares between its windows. */
export interface TalkState {
  day: number;
  /** Compare mode's earlier day (always before `day`), or null. */
  compare: number | null;
  storyStep: number | null;
  region: Region;
  country: string | null;
  playing: boolean;
}

export type TalkMessage =
  | { kind: 'hello'; from: TalkRole }
  | { kind: 'state'; from: TalkRole; state: TalkState }
  | { kind: 'here'; from: TalkRole };

const isRole = (v: unknown): v is TalkRole => v === 'audience' || v === 'presenter';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A message from the channel, or null when it is not one of ours. */
export function parseTalkMessage(data: unknown): TalkMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isRole(m.from)) return null;
  if (m.kind === 'hello' || m.kind === 'here') return { kind: m.kind, from: m.from };
  if (m.kind !== 'state' || typeof m.state !== 'object' || m.state === null) return null;
  const s = m.state as Record<string, unknown>;
  if (!isInt(s.day) || !(s.storyStep === null || (isInt(s.storyStep) && s.storyStep > 0)) || !isRegion(s.region)) return null;
  if (!(s.country === null || (typeof s.country === 'string' && /^[A-Z]{3}$/.test(s.country))) || typeof s.playing !== 'boolean') return null;
  // compare: absent (a window without compare mode) is none; one not before the day is dropped.
  const compare = isInt(s.compare) && s.compare < s.day ? s.compare : null;
  if (!(s.compare === undefined || s.compare === null || isInt(s.compare))) return null;
  return { kind: 'state', from: m.from, state: { day: s.day, compare, storyStep: s.storyStep, region: s.region, country: s.country, playing: s.playing } };
}

function talkState(s: AppState): TalkState {
  return { day: s.day, compare: s.compare, storyStep: s.storyStep, region: s.region, country: s.country, playing: s.playing };
}

export function sameTalkState(a: TalkState, b: TalkState): boolean {
  return a.day === b.day && a.compare === b.compare && a.storyStep === b.storyStep && a.region === b.region && a.country === b.country && a.playing === b.playing;
}

/** The channel's name for a session. */
export const channelName = (session: string): string => `tcdm-talk-${session}`;

/** A new session id: short, random, safe in a URL. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** How often the audience window says it is there, and how long the presenter waits before saying it is gone. */
const HERE_EVERY_MS = 1000;
const GONE_AFTER_MS = 3500;

export interface Talk {
  /** Whether the other window was heard from lately (the presenter's view shows it). */
  connected(): boolean;
  onConnection(listener: (connected: boolean) => void): () => void;
  close(): void;
}

/** Joins this window's store to the talk. */
export function joinTalk(store: AppStore, session: string, role: TalkRole): Talk {
  const channel = new BroadcastChannel(channelName(session));
  let applying = false;
  let lastHeard = 0;
  let connected = false;
  const listeners = new Set<(c: boolean) => void>();
  const setConnected = (c: boolean) => {
    if (c === connected) return;
    connected = c;
    for (const l of listeners) l(c);
  };
  const post = (m: TalkMessage) => channel.postMessage(m);
  const sendState = () => post({ kind: 'state', from: role, state: talkState(store.getState()) });

  channel.onmessage = (e: MessageEvent) => {
    const m = parseTalkMessage(e.data);
    if (!m || m.from === role) return;
    lastHeard = performance.now();
    setConnected(true);
    if (m.kind === 'hello') sendState();
    else if (m.kind === 'state') {
      const s = store.getState();
      if (sameTalkState(talkState(s), m.state)) return;
      applying = true;
      store.setState({ ...m.state });
      applying = false;
    }
  };

  // Send what changes here; throttled while playing (the date moves every frame).
  let pending: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || sameTalkState(talkState(s), talkState(prev))) return;
    const urgent = s.compare !== prev.compare || s.storyStep !== prev.storyStep || s.playing !== prev.playing || s.region !== prev.region || s.country !== prev.country;
    if (urgent) {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      sendState();
    } else if (pending === null) {
      pending = setTimeout(() => {
        pending = null;
        sendState();
      }, 200);
    }
  });

  post({ kind: 'hello', from: role });
  const beat = setInterval(() => {
    if (role === 'audience') post({ kind: 'here', from: role });
    else setConnected(performance.now() - lastHeard < GONE_AFTER_MS && lastHeard > 0);
  }, role === 'audience' ? HERE_EVERY_MS : HERE_EVERY_MS / 2);

  return {
    connected: () => connected,
    onConnection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearInterval(beat);
      if (pending !== null) clearTimeout(pending);
      unsubscribe();
      channel.close();
    },
  };
}
