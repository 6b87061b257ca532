/** The presenter's window: notes and controls that drive the audience window, no map of its own. */
import { PresenterView } from '../../present/PresenterView.tsx';
import { useTalk, useTalkConnected } from '../../present/useTalk.ts';
import { useApp, useAppStore } from '../../store/appStore.ts';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { ShortcutsOnDemand, SourceReaderOnDemand } from '../onDemand.tsx';

export function PresenterLayout() {
  const store = useAppStore();
  const session = useApp((s) => s.session);
  // The talk with the audience window lives as long as the mode (this layout) does.
  useTalk(store, session, true, true);
  const connected = useTalkConnected();
  return (
    <>
      <ErrorBoundary region="presenter">
        <PresenterView connected={connected} />
      </ErrorBoundary>
      <SourceReaderOnDemand />
      <ShortcutsOnDemand />
    </>
  );
}
