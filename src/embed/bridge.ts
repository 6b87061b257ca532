/**
 * The embedded page's side of the message API (src/embed/protocol.ts): it tells its host when it is
 * ready, its content height whenever that changes, and its state when the date, the selection, the
 * region, the step or play changes; and it takes `set`, `play` and `pause` from its parent window,
 * and from nobody else. Everything it sends is public (the state a link would hold), so it posts to
 * any origin; it never sends anything else.
 */
import { dayToIso } from '../data/dates.ts';
import type { AppStore } from '../store/appStore.ts';
import { parseIncoming, reportedHeight, SOURCE, type Outgoing, type ProtocolContext } from './protocol.ts';

export interface BridgeOptions extends ProtocolContext {
  /** The embedder's name for this iframe (URL `id`), echoed in every message. */
  id: string | null;
  /** What to measure: the element whose height is the page's content height. */
  content: HTMLElement;
}

/** How many refusals a page explains in the console before it falls silent (a host may send thousands). */
const MAX_WARNINGS = 5;

export function installEmbedBridge(store: AppStore, opts: BridgeOptions): () => void {
  const parent = window.parent;
  // Not in a frame: no host to talk to.
  if (parent === window) return () => undefined;
  const post = (m: Outgoing) => parent.postMessage(m, '*');
  let warnings = 0;

  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent) return;
    const data = e.data as unknown;
    // Other scripts on a host page post messages too: only ours get an answer in the console.
    const addressed = typeof data === 'object' && data !== null && (data as { target?: unknown }).target === 'tcdm';
    const r = parseIncoming(data, opts);
    if (!r.ok) {
      if (addressed && warnings < MAX_WARNINGS) {
        warnings++;
        console.warn(`tcdm embed: message ignored: ${r.reason}`);
      }
      return;
    }
    const s = store.getState();
    const m = r.message;
    if (m.type === 'play') return s.play();
    if (m.type === 'pause') return s.pause();
    // A step first, then whatever else the message says on top of it.
    if (m.step !== undefined) s.goToStep(m.step);
    if (m.day !== undefined) s.setDay(m.day);
    // After the date: A is kept before B (clamped by the store).
    if (m.compare !== undefined) s.setCompare(m.compare);
    if (m.country !== undefined) s.setCountry(m.country);
    if (m.region !== undefined) s.setRegion(m.region);
    if (m.theme !== undefined) s.setTheme(m.theme);
    if (m.lang !== undefined) s.setLang(m.lang);
  };
  window.addEventListener('message', onMessage);

  // The content's height, whenever it changes (a panel opened, the window resized, the language
  // switched). A ResizeObserver sees it at the next rendering; but a browser may not render a frame
  // its host has scrolled partly out of view, so changes to the page's structure are measured too.
  let lastHeight = 0;
  const measure = () => {
    const height = opts.content.getBoundingClientRect().height;
    // Nothing drawn yet: no height to report (the snippet's own height stands meanwhile).
    if (height < 1) return;
    const h = reportedHeight(height);
    if (h === lastHeight) return;
    lastHeight = h;
    post({ source: SOURCE, type: 'resize', id: opts.id, height: h });
  };
  const ro = new ResizeObserver(measure);
  ro.observe(opts.content);
  let pendingMeasure: ReturnType<typeof setTimeout> | null = null;
  const mo = new MutationObserver(() => {
    pendingMeasure ??= setTimeout(() => {
      pendingMeasure = null;
      measure();
    }, 50);
  });
  mo.observe(opts.content, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sheet', 'hidden', 'open', 'lang'] });

  // The state, when it changes: at once for a choice, at most every 250 ms while the date moves.
  const stateOf = () => {
    const s = store.getState();
    return { date: dayToIso(s.day), compare: s.compare === null ? null : dayToIso(s.compare), country: s.country, region: s.region, step: s.storyStep, playing: s.playing };
  };
  let last = JSON.stringify(stateOf());
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendState = () => {
    timer = null;
    const now = stateOf();
    const key = JSON.stringify(now);
    if (key === last) return;
    last = key;
    post({ source: SOURCE, type: 'state', id: opts.id, ...now });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.day === prev.day && s.compare === prev.compare && s.country === prev.country && s.region === prev.region && s.storyStep === prev.storyStep && s.playing === prev.playing) return;
    const onlyDate = s.compare === prev.compare && s.country === prev.country && s.region === prev.region && s.storyStep === prev.storyStep && s.playing === prev.playing;
    if (!onlyDate) {
      if (timer !== null) clearTimeout(timer);
      sendState();
    } else if (timer === null) timer = setTimeout(sendState, 250);
  });

  post({ source: SOURCE, type: 'ready', id: opts.id });
  post({ source: SOURCE, type: 'state', id: opts.id, ...stateOf() });
  measure();

  return () => {
    window.removeEventListener('message', onMessage);
    ro.disconnect();
    mo.disconnect();
    if (pendingMeasure !== null) clearTimeout(pendingMeasure);
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
