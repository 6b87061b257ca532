/** Whether the reader asked for less motion (`prefers-reduced-motion: reduce`): the map then jumps instead of easing. */
export function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
