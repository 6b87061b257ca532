import { useEffect, useState } from 'react';
import type { AppStore } from '../store/appStore.ts';
import { joinTalk } from './talk.ts';

/** Joins this window to its talk while it is in one (presentation mode with a session); says whether the other window is there. */
export function useTalk(store: AppStore, session: string | null, present: boolean, remote: boolean): boolean {
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!session || !present || typeof BroadcastChannel === 'undefined') return;
    const talk = joinTalk(store, session, remote ? 'presenter' : 'audience');
    const off = talk.onConnection(setConnected);
    return () => {
      off();
      talk.close();
      setConnected(false);
    };
  }, [store, session, present, remote]);
  return connected;
}
