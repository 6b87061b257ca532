import { countryName } from '../data/countries.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { sinceText } from '../ui/sinceText.ts';
import { countryPeopleText } from '../ui/peopleText.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { useT } from '../i18n/useT.ts';
import { changeSet } from '../compare/changes.ts';
import { compareTooltipLine, QuietSwatch } from '../compare/CompareViews.tsx';
import { formatDay } from '../data/dates.ts';

/** Where the pointer is over which country (MapView keeps it). */
export interface HoverState {
  iso: string;
  x: number;
  y: number;
  /** Put the tooltip on the other side of the pointer, near the right or bottom edge. */
  flipX: boolean;
  flipY: boolean;
}

export function Tooltip({ hover }: { hover: HoverState }) {
  const t = useT();
  const day = useApp((s) => s.day);
  const compare = useApp((s) => s.compare);
  const { index, people } = useModel();
  const at = index.statusAt(hover.iso, day);
  const since = at ? index.statusStartEvent(hover.iso, day) : null;
  // Compare mode: what changed ("Agreement → Receiving deportees"), or "No change (Agreement)".
  const change = compare === null ? undefined : changeSet(index, compare, day).changes.get(hover.iso);
  const statusLine = compare === null ? (at ? t.status.labels[at.status] : t.noStatus) : compareTooltipLine(t, change, at?.status ?? null);
  const moved = countryPeopleText(people, hover.iso, day, t);
  return (
    <div className="tooltip" role="tooltip" style={{
        transform: `translate(${Math.round(hover.x + (hover.flipX ? -14 : 14))}px, ${Math.round(hover.y + (hover.flipY ? -14 : 14))}px) translate(${hover.flipX ? '-100%' : '0'}, ${hover.flipY ? '-100%' : '0'})`,
      }}>
      <strong>{countryName(hover.iso, t.locale)}</strong>
      <span className="tooltip-status">
        {compare !== null && !change && at ? <QuietSwatch /> : <Swatch status={at?.status ?? null} />}
        {statusLine}
      </span>
      {change && <span className="tooltip-since">{t.compare.changedOn(formatDay(change.changedOn, t.locale))}</span>}
      {compare === null && since && <span className="tooltip-since">{sinceText(since, t, day === index.lastDay ? day : null)}</span>}
      {moved && <span className="tooltip-people">{moved}</span>}
    </div>
  );
}
