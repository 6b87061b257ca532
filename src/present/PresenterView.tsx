/**
 * The presenter's window (present=1&remote=1&session=…): the current and next steps with their
 * captions, the quotes behind the current one, the date the audience window shows, a timer, and
 * controls that drive the audience window through the talk's channel (src/present/talk.ts).
 */
import { useEffect, useState } from 'react';
import { urlContext, useModel } from '../model/model.ts';
import { storyText } from '../data/stories.ts';
import { formatDay } from '../data/dates.ts';
import { REGIONS, type Region } from '../data/regions.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { stateQuery } from '../store/urlSync.ts';
import { EventCard } from '../story/EventCard.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { useCaption } from './useCaption.ts';

/** mm:ss, or h:mm:ss past an hour. */
function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

export function PresenterView({ connected }: { connected: boolean }) {
  const t = useT();
  const P = t.presenter;
  const store = useAppStore();
  const model = useModel();
  const { dataset } = model;
  const day = useApp((s) => s.day);
  const region = useApp((s) => s.region);
  const { story, caption: now, storyStep, total } = useCaption();
  const text = story ? storyText(story, t.lang) : null;
  const nextN = storyStep === null ? 1 : storyStep + 1;
  const next = text && nextN <= total ? text.captions[nextN - 1] : null;
  const [started, setStarted] = useState(() => performance.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setElapsed(performance.now() - started), 500);
    return () => clearInterval(id);
  }, [started]);

  const openAudience = () => {
    const q = new URLSearchParams(stateQuery(store, urlContext(model)));
    q.delete('remote');
    window.open(`${location.pathname}?${q}`, `tcdm-audience-${store.getState().session ?? ''}`);
  };

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <h1>{P.title}{text ? ` — ${text.title}` : ''}</h1>
        <p className={connected ? 'presenter-link presenter-link-on' : 'presenter-link'} role="status" data-testid="presenter-connection" data-connected={connected}>
          {connected ? P.connected : P.disconnected}
        </p>
        {!connected && <button type="button" className="present-button" onClick={openAudience}>{P.openAudience}</button>}
        <p className="presenter-timer">
          <span>{P.timer}: </span>
          <time data-testid="presenter-timer">{clock(elapsed)}</time>{' '}
          <button type="button" className="link-button" onClick={() => { setStarted(performance.now()); setElapsed(0); }}>{P.resetTimer}</button>
        </p>
      </header>
      <main className="presenter-main">
        <section className="presenter-now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">
            {P.current}
            {now && now.step !== null ? ` · ${t.present.step(now.step, total)}` : ''}
          </h2>
          <p className="presenter-date">
            {P.audienceDate}: <strong data-testid="presenter-date">{formatDay(day, t.locale)}</strong>
          </p>
          {now && <p className="presenter-caption" lang={now.lang} data-testid="presenter-caption">{now.text}</p>}
          <div className="presenter-steps">
            <button type="button" className="present-button" onClick={() => store.getState().moveStep(-1)} disabled={!story || (storyStep ?? 1) <= 1}>{P.prev}</button>
            <button type="button" className="present-button" onClick={() => store.getState().moveStep(1)} disabled={!story || (storyStep ?? 0) >= total}>{P.nextStep}</button>
            <label className="presenter-region">
              {t.regions.label}{' '}
              <select value={region} onChange={(e) => store.getState().setRegion(e.currentTarget.value as Region)}>
                {REGIONS.map((r) => <option key={r} value={r}>{t.regions[r]}</option>)}
              </select>
            </label>
          </div>
          <h3>{P.quotes}</h3>
          <div className="presenter-quotes">
            {(now?.events ?? []).map((id) => {
              const e = dataset.events.find((x) => x.id === id);
              return e ? <EventCard key={id} event={e} showCountry={true} /> : null;
            })}
          </div>
        </section>
        <aside className="presenter-next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{P.next}</h2>
          <p data-testid="presenter-next">{next ?? P.end}</p>
        </aside>
      </main>
      <div className="presenter-timeline">
        <Timeline />
      </div>
    </div>
  );
}
