import { countryName } from '../data/countries.ts';
import { STATUS_LABELS } from '../color/palette.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import { sinceText } from '../app/sinceText.ts';
import { countryPeopleText } from '../app/peopleText.ts';
import { Swatch } from '../app/StatusChip.tsx';
import { S } from '../i18n/strings.ts';
import type { HoverState } from './MapView.tsx';

export function Tooltip({ hover }: { hover: HoverState }) {
  const day = useApp((s) => s.day);
  const { index, people } = useModel();
  const at = index.statusAt(hover.iso, day);
  const since = at ? index.since(hover.iso, day) : null;
  const moved = countryPeopleText(people, hover.iso, day);
  return (
    <div className="tooltip" role="tooltip" style={{
        transform: `translate(${Math.round(hover.x + (hover.flipX ? -14 : 14))}px, ${Math.round(hover.y + (hover.flipY ? -14 : 14))}px) translate(${hover.flipX ? '-100%' : '0'}, ${hover.flipY ? '-100%' : '0'})`,
      }}>
      <strong>{countryName(hover.iso)}</strong>
      <span className="tooltip-status">
        <Swatch status={at?.status ?? null} />
        {at ? STATUS_LABELS[at.status] : S.noStatus}
      </span>
      {since && <span className="tooltip-since">{sinceText(since)}</span>}
      {moved && <span className="tooltip-people">{moved}</span>}
    </div>
  );
}
