import { useEffect, useRef } from 'react';

/**
 * A slider's input applied at most once a frame, the last value winning: dragging a handle costs
 * one store update per frame however many input events come (the timeline's handle and compare
 * mode's second handle, src/compare/CompareControls.tsx).
 */
export function useFrameInput(apply: (value: number) => void): (value: number) => void {
  const pending = useRef<number | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return (value: number) => {
    pending.current = value;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current !== null) apply(pending.current);
      pending.current = null;
    });
  };
}
