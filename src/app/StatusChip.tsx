import { STATUS_LABELS, statusColour } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import { S } from '../i18n/strings.ts';

export function Swatch({ status }: { status: Status | null }) {
  return <span className="swatch" aria-hidden="true" style={{ background: statusColour(status ?? ('' as Status)) }} />;
}

export function StatusChip({ status }: { status: Status | null }) {
  return (
    <span className="status-chip" data-status={status ?? 'none'}>
      <Swatch status={status} />
      {status ? STATUS_LABELS[status] : S.context}
    </span>
  );
}
