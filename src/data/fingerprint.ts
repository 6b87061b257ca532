/**
 * A short fingerprint of a file's text (FNV-1a, 32 bits, and the length): the static first paint
 * carries the one of the data set it was rendered from, and the page hydrates it only if the data
 * set it loaded has the same (docs/ARCHITECTURE.md, "First paint"). Not a security hash: it tells
 * a copy from another file, cheaply (a millisecond or two for the data set).
 *
 * Pure.
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}
