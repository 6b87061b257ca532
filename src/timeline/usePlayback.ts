/**
 * While playing: in a story, the next step every STEP_HOLD_MS; otherwise the date moves through
 * calendar time at the chosen speed, holding on each event day (src/timeline/playback.ts), one
 * store update per animation frame at most. Stops at the end. The presenter's window never plays
 * itself: its audience window does, and tells it where the date is.
 */
import { useEffect } from 'react';
import { useApp, useAppStore } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { nextStoryStep, playStep, STEP_HOLD_MS, type PlayState } from './playback.ts';

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function usePlayback(): void {
  const store = useAppStore();
  const { index } = useModel();
  const playing = useApp((s) => s.playing);
  const remote = useApp((s) => s.remote);
  const inStory = useApp((s) => s.storyStep !== null && s.present);
  useEffect(() => {
    if (!playing || remote) return;
    if (inStory) {
      // A story plays step by step: each is shown for a while, then the next; the last one ends it.
      let timer = setTimeout(function next() {
        const s = store.getState();
        const n = nextStoryStep(s.storyStep, s.storyStepCount);
        if (n === null) return s.pause();
        s.goToStep(n, true);
        if (n === s.storyStepCount) return store.getState().pause();
        timer = setTimeout(next, STEP_HOLD_MS);
      }, STEP_HOLD_MS);
      return () => clearTimeout(timer);
    }
    let frame = 0;
    let last = performance.now();
    let state: PlayState = { day: store.getState().day, fraction: 0, holdUntil: 0 };
    const motion = reducedMotion();
    const tick = (now: number) => {
      const s = store.getState();
      // Someone moved the date meanwhile (a key, the slider): play on from there.
      if (s.day !== state.day) state = { day: s.day, fraction: 0, holdUntil: 0 };
      const r = playStep(state, now - last, now, { eventDays: index.eventDays, lastDay: index.lastDay, speed: s.speed, reducedMotion: motion });
      last = now;
      state = r.state;
      if (state.day !== s.day) s.setDay(state.day);
      if (r.done) return s.pause();
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, remote, inStory, store, index]);
}
