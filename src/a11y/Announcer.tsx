/**
 * A polite live region: once the date (or the selected country) has stayed put for a moment,
 * it says the date, how many countries have each status and the selected country's status.
 * Nothing is said while the slider moves or the timeline plays, so a screen reader is not
 * flooded; pausing says where playback stopped.
 */
import { useEffect, useRef, useState } from 'react';
import { countByStatus } from '../data/statusIndex.ts';
import { countryName } from '../data/countries.ts';
import { useApp } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { sinceText } from '../ui/sinceText.ts';
import { useT } from '../i18n/useT.ts';
import { announcement } from './announce.ts';
import { changeSet } from '../compare/changes.ts';

/** How long the date must stay still before it is announced. */
const SETTLE_MS = 700;

export function Announcer() {
  const t = useT();
  const { index } = useModel();
  const day = useApp((s) => s.day);
  const country = useApp((s) => s.country);
  const playing = useApp((s) => s.playing);
  const compare = useApp((s) => s.compare);
  const [message, setMessage] = useState('');
  const first = useRef(true);

  useEffect(() => {
    // The page's first state is on screen already: announce only what the reader changes.
    if (first.current) {
      first.current = false;
      return;
    }
    if (playing) return;
    const timer = setTimeout(() => {
      const at = country ? index.statusAt(country, day) : null;
      const since = country && at ? index.statusStartEvent(country, day) : null;
      const selected = country
        ? { name: countryName(country, t.locale), status: at ? `${t.status.labels[at.status]} ${since ? sinceText(since, t) : ''}`.trim() : t.noStatus }
        : null;
      // Compare mode: what changed since the earlier day, and how many went to each status.
      const changes = compare === null ? null : changeSet(index, compare, day);
      setMessage(changes
        ? announcement(t, day, changes.byStatus, selected, { from: changes.from, changed: changes.changes.size })
        : announcement(t, day, countByStatus(index.allAt(day)), selected));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [day, compare, country, playing, index, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
