/** The presenter's window: notes and controls that drive the audience window, no map of its own. */
import { PresenterView } from '../../present/PresenterView.tsx';
import { useTalkConnected } from '../../present/useTalk.ts';
import { SourceReader } from '../../story/SourceReader.tsx';
import { ShortcutsDialog } from '../ShortcutsDialog.tsx';

export function PresenterLayout() {
  const connected = useTalkConnected();
  return (
    <>
      <PresenterView connected={connected} />
      <SourceReader />
      <ShortcutsDialog />
    </>
  );
}
