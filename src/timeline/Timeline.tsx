/**
 * The timeline: an accessible slider over every day from the first event to the last, a tick
 * for each event day, the date in words, play/pause and previous/next event. Dragging is
 * coalesced to one store update per animation frame so no lag builds up behind the pointer.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { dayToIso, firstDayOfYear, formatDay, yearOfDay } from '../data/dates.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { useModel } from '../app/model.ts';
import { useT } from '../i18n/useT.ts';
import { sliderKeyStep } from './timelineLogic.ts';
import { usePlayback } from './usePlayback.ts';
import { NextIcon, PauseIcon, PlayIcon, PrevIcon } from './icons.tsx';

export function Timeline() {
  const t = useT();
  const store = useAppStore();
  const { index } = useModel();
  const day = useApp((s) => s.day);
  const playing = useApp((s) => s.playing);
  const pending = useRef<number | null>(null);
  const frame = useRef(0);
  usePlayback();

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onInput = (value: number) => {
    pending.current = value;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current !== null) store.getState().setDay(pending.current);
      pending.current = null;
    });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const step = sliderKeyStep(e.key, e.shiftKey);
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    if (step === 'togglePlay') store.getState().togglePlay();
    else store.getState().step(step);
  };

  const label = formatDay(day, t.locale);
  return (
    <section className="timeline" aria-label={t.timeline}>
      <div className="timeline-controls">
        <button type="button" className="icon-button" onClick={() => store.getState().togglePlay()} aria-label={playing ? t.pause : t.play} aria-pressed={playing}>
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button type="button" className="icon-button" onClick={() => store.getState().step('prevEvent')} aria-label={t.prevEvent} aria-disabled={day <= index.firstDay}>
          <PrevIcon />
        </button>
        <button type="button" className="icon-button" onClick={() => store.getState().step('nextEvent')} aria-label={t.nextEvent} aria-disabled={day >= index.lastDay}>
          <NextIcon />
        </button>
        <time className="timeline-date" dateTime={dayToIso(day)} data-testid="current-date">{label}</time>
      </div>
      <div className="timeline-track">
        <input
          type="range"
          className="timeline-slider"
          min={index.firstDay}
          max={index.lastDay}
          step={1}
          value={day}
          aria-label={t.slider}
          aria-valuetext={label}
          onChange={(e) => onInput(Number(e.currentTarget.value))}
          onKeyDown={onKeyDown}
        />
        <Scale index={index} />
      </div>
    </section>
  );
}

/** The ticks (one per event day) and the years under the track: fixed for the page, never re-rendered as the date moves. */
const Scale = memo(function Scale({ index }: { index: StatusIndex }) {
  const span = Math.max(1, index.lastDay - index.firstDay);
  const at = (d: number) => `calc(var(--thumb) / 2 + (100% - var(--thumb)) * ${(d - index.firstDay) / span})`;
  const years = useMemo(() => {
    const out: { year: number; day: number }[] = [];
    for (let y = yearOfDay(index.firstDay) + 1; y <= yearOfDay(index.lastDay); y++) out.push({ year: y, day: firstDayOfYear(y) });
    return out;
  }, [index]);
  return (
    <>
      <div className="timeline-ticks" aria-hidden="true">
        {index.eventDays.map((d) => (
          <span key={d} className="tick" style={{ left: at(d) }} />
        ))}
      </div>
      <div className="timeline-years" aria-hidden="true">
        {years.map((y) => (
          <span key={y.year} style={{ left: at(y.day) }}>{y.year}</span>
        ))}
      </div>
    </>
  );
});
