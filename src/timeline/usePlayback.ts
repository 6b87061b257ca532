import { useEffect } from 'react';
import { useApp, useAppStore } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import { playTick } from './timelineLogic.ts';

/** While playing, move to the next event day every `intervalMs`; stop at the end. */
export function usePlayback(intervalMs = 1200): void {
  const store = useAppStore();
  const { index } = useModel();
  const playing = useApp((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = store.getState();
      const next = playTick(s.day, index);
      if (next === null) s.pause();
      else s.setDay(next);
    }, intervalMs);
    return () => clearInterval(id);
  }, [playing, store, index, intervalMs]);
}
