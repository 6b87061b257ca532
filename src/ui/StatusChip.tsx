import { swatchBackground } from '../color/palette.ts';
import type { Status } from '../data/types.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';

/** A status's colour, with the pattern that tells it apart without colour (hatch, cross-hatch). */
export function Swatch({ status }: { status: Status | null }) {
  const theme = useApp((s) => s.resolvedTheme);
  return <span className="swatch" aria-hidden="true" data-status={status ?? 'none'} style={{ background: swatchBackground(status, theme) }} />;
}

export function StatusChip({ status }: { status: Status | null }) {
  const t = useT();
  return (
    <span className="status-chip" data-status={status ?? 'none'}>
      <Swatch status={status} />
      {status ? t.status.labels[status] : t.context}
    </span>
  );
}
