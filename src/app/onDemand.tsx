/**
 * Dialogs a cold load never shows, whose code loads when a reader first asks for them
 * (docs/ARCHITECTURE.md, "Code on start"). What stays in the start code is the question (a store
 * field, an event); nothing is rendered until it is asked, so the static first paint, which asks
 * for none of them, hydrates as it was made. Once loaded, a dialog stays mounted and opens and
 * closes itself as before; a chunk that cannot load shows the error boundary's message.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useApp } from '../store/appStore.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';

const SourceReader = lazy(() => import('../story/SourceReader.tsx').then((m) => ({ default: m.SourceReader })));
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })));

/** Renders `children` (a lazy dialog) from the first time `asked` is true on. */
function Once({ asked, region, children }: { asked: boolean; region: string; children: ReactNode }) {
  const [shown, setShown] = useState(asked);
  if (asked && !shown) setShown(true);
  if (!shown) return null;
  return (
    <ErrorBoundary region={region}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** "Read the source": loaded when a quote's source is first opened. */
export function SourceReaderOnDemand() {
  const reading = useApp((s) => s.reading !== null);
  return (
    <Once asked={reading} region="reader">
      <SourceReader />
    </Once>
  );
}

/** The list of keys: loaded when `?` is first pressed (the keyboard dispatches `tcdm:shortcuts`); it opens as it mounts. */
export function ShortcutsOnDemand() {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (asked) return;
    const ask = () => setAsked(true);
    window.addEventListener('tcdm:shortcuts', ask);
    return () => window.removeEventListener('tcdm:shortcuts', ask);
  }, [asked]);
  return (
    <Once asked={asked} region="shortcuts">
      <ShortcutsDialog />
    </Once>
  );
}
