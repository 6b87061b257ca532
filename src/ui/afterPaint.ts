/**
 * Work that must never take a frame the map needs: `afterPaint(run)` runs `run` once the frame
 * after this one has started (so the frame that shows a change made now has been committed) and the
 * browser is then idle (or `IDLE_TIMEOUT_MS` has passed); `afterPaint(run, 3)` one frame later
 * still (so that frame has been shown, not only committed). The cancel function it returns stops it
 * at any stage. The story panel follows the date this way (src/ui/useSettled.ts): a scrub step
 * recolours the map in its first frame, and the panel's cards come after it is painted
 * (docs/ARCHITECTURE.md, "From data/ to a painted frame"); and the rest of its first page of cards
 * comes so once the live map is ready (src/story/StoryPanel.tsx).
 */

/** Longest wait for an idle moment: a busy page still gets the work within this. */
export const IDLE_TIMEOUT_MS = 250;

/** The browser's scheduling functions, passed in so that tests can drive them. */
export interface Clock {
  frame(run: () => void): number;
  cancelFrame(id: number): void;
  idle(run: () => void, timeoutMs: number): number;
  cancelIdle(id: number): void;
}

const browserClock = (): Clock => {
  const hasIdle = typeof requestIdleCallback === 'function';
  return {
    frame: (run) => requestAnimationFrame(() => run()),
    cancelFrame: (id) => cancelAnimationFrame(id),
    idle: hasIdle ? (run, timeout) => requestIdleCallback(() => run(), { timeout }) : (run) => window.setTimeout(run, 0),
    cancelIdle: hasIdle ? (id) => cancelIdleCallback(id) : (id) => window.clearTimeout(id),
  };
};

export function afterPaint(run: () => void, frames = 2, clock: Clock = browserClock()): () => void {
  let cancel: () => void = () => undefined;
  const stage = (k: number): void => {
    if (k < frames) {
      const id = clock.frame(() => stage(k + 1));
      cancel = () => clock.cancelFrame(id);
    } else {
      const id = clock.idle(run, IDLE_TIMEOUT_MS);
      cancel = () => clock.cancelIdle(id);
    }
  };
  stage(0);
  return () => cancel();
}
