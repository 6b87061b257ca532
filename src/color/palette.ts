/**
 * Status colours. A d3 ordinal scale over the status vocabulary; the three steps of a US
 * arrangement (approached → agreement → receiving) run light to dark in one warm hue so they
 * read as a sequence even in greyscale or with a colour-vision deficiency, and refused and
 * ended sit apart (blue, and a dark neutral). "No status" is a pale neutral grey.
 */
import { scaleOrdinal } from 'd3-scale';
import { STATUSES, type Status } from '../data/types.ts';

export const NO_STATUS_COLOUR = '#e6e4df';

export const STATUS_COLOURS: Record<Status, string> = {
  approached: '#fdc38d',
  agreement: '#f0803c',
  receiving: '#b0241b',
  refused: '#3b78b5',
  ended: '#6b6358',
};

export const statusColour = scaleOrdinal<Status, string, string>()
  .domain(STATUSES)
  .range(STATUSES.map((s) => STATUS_COLOURS[s]))
  .unknown(NO_STATUS_COLOUR);

export const STATUS_LABELS: Record<Status, string> = {
  approached: 'Approached',
  agreement: 'Agreement',
  receiving: 'Receiving deportees',
  refused: 'Refused',
  ended: 'Ended',
};

export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  approached: 'The US asked, or was reported negotiating or considering it; no agreement yet',
  agreement: 'The government agreed, announced or signed that it will accept non-citizens from the US; no arrivals reported yet',
  receiving: 'People who are not its citizens have been deported there from the US',
  refused: 'The government publicly declined, or denied that any deal exists',
  ended: 'An earlier arrangement was suspended, terminated or blocked by a court',
};

/** Mixes a #rrggbb colour towards black by `amount` (0–1): the hover shade of a status. */
export function darken(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (shift: number) => Math.round(((n >> shift) & 255) * (1 - amount)).toString(16).padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}
