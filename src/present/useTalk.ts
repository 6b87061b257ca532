import { useEffect, useSyncExternalStore } from 'react';
import type { AppStore } from '../store/appStore.ts';
import { joinTalk } from './talk.ts';

/** Whether the other window of the talk is there (the presenter's view shows it): one talk per window. */
const connection = { listeners: new Set<() => void>(), value: false };
const set = (c: boolean) => {
  connection.value = c;
  for (const l of connection.listeners) l();
};

/** Joins this window to its talk while it is in one (presentation mode with a session). */
export function useTalk(store: AppStore, session: string | null, present: boolean, remote: boolean): void {
  useEffect(() => {
    if (!session || !present || typeof BroadcastChannel === 'undefined') return;
    const talk = joinTalk(store, session, remote ? 'presenter' : 'audience');
    const off = talk.onConnection(set);
    return () => {
      off();
      talk.close();
      set(false);
    };
  }, [store, session, present, remote]);
}

const subscribe = (listener: () => void) => {
  connection.listeners.add(listener);
  return () => void connection.listeners.delete(listener);
};

/** Whether the talk's other window was heard from lately. */
export function useTalkConnected(): boolean {
  return useSyncExternalStore(subscribe, () => connection.value);
}
