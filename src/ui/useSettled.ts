import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint.ts';

/**
 * A value that follows `value` once the frame showing its change has been painted and the page is
 * idle (src/ui/afterPaint.ts), as a transition; while `value` keeps changing (a drag, playback
 * faster than the page settles) it keeps the last settled one. For parts of the page that are
 * costly to render and need not keep up frame by frame, such as the story panel.
 */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    return afterPaint(() => startTransition(() => setSettled(value)));
  }, [value, settled]);
  return settled;
}
