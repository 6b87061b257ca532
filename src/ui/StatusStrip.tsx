import { useMemo } from 'react';
import { useModel } from '../model/model.ts';
import { swatchBackground } from '../color/palette.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import { spanPercent, spansText, statusSpans, STRIP_START, stripPercent } from './statusSpans.ts';
import './strip.css';

/**
 * A country's history at a glance: a thin strip from 1 January 2019 to the horizon, coloured by its
 * status over time (as the legend's swatches are), with a tick at `day`. Its text (the runs and
 * their dates, in the reader's language) is its accessible name. Placement is by `style`, as the
 * swatches' colours and the timeline's ticks are (the page's CSP allows no inline style in markup,
 * and React sets these in the browser).
 */
export function StatusStrip({ iso, day }: { iso: string; day: number }) {
  const t = useT();
  const { index, horizon } = useModel();
  const theme = useApp((s) => s.resolvedTheme);
  const spans = useMemo(() => statusSpans(index, iso, STRIP_START, horizon), [index, iso, horizon]);
  const text = useMemo(() => spansText(spans, t), [spans, t]);
  return (
    <span className="status-strip" role="img" aria-label={text} data-testid="status-strip" data-country={iso}>
      {spans.map((s) => {
        const { left, width } = spanPercent(s, STRIP_START, horizon);
        return (
          <span
            key={s.from}
            className="status-strip-span"
            data-status={s.status ?? 'none'}
            style={{ left: `${left}%`, width: `${width}%`, background: swatchBackground(s.status, theme) }}
          />
        );
      })}
      <span className="status-strip-tick" style={{ left: `${stripPercent(day, STRIP_START, horizon)}%` }} />
    </span>
  );
}
