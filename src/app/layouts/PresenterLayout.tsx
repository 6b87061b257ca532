/** The presenter's window: notes and controls that drive the audience window, no map of its own. */
import { PresenterView } from '../../present/PresenterView.tsx';
import { useTalkConnected } from '../../present/useTalk.ts';
import { SourceReader } from '../../story/SourceReader.tsx';
import { ShortcutsDialog } from '../ShortcutsDialog.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';

export function PresenterLayout() {
  const connected = useTalkConnected();
  return (
    <>
      <ErrorBoundary region="presenter">
        <PresenterView connected={connected} />
      </ErrorBoundary>
      <SourceReader />
      <ShortcutsDialog />
    </>
  );
}
