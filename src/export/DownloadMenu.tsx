/** Downloads of the current view and the data (being built). */
import type { BaseGeometry } from '../map/geometry.ts';

export function DownloadMenu(_props: { geo: BaseGeometry | null }) {
  return null;
}
