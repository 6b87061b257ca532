/**
 * The timeline: an accessible slider over every day from the first event to where the sources
 * reach, a tick for each day with a country's event, a mark (a button) for each ruling or decision
 * that applies to every destination, the date in words, play/pause and previous/next event.
 * Dragging is coalesced to one store update per animation frame so no lag builds up behind the pointer.
 */
import { memo, useMemo, useState } from 'react';
import type { StatusIndex } from '../data/statusIndex.ts';
import { dayToIso, firstDayOfYear, formatDay, formatPartialDate, yearOfDay } from '../data/dates.ts';
import { isSenderWide } from '../data/scope.ts';
import type { CompiledEvent } from '../data/types.ts';
import type { Catalogue } from '../i18n/langs.ts';
import { eventProse } from '../story/quoteLogic.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { useModel } from '../model/model.ts';
import { useT } from '../i18n/useT.ts';
import { markClusters, markTarget, sliderKeyStep, type MarkCluster } from './timelineLogic.ts';
import { PLAY_SPEEDS, type PlaySpeed } from './playback.ts';
import { usePlayback } from './usePlayback.ts';
import { useFrameInput } from './useFrameInput.ts';
import { NextIcon, PauseIcon, PlayIcon, PrevIcon } from './icons.tsx';
import { CompareHandle, CompareToggle } from '../compare/CompareControls.tsx';

export function Timeline() {
  const t = useT();
  const store = useAppStore();
  const { index, dataset } = useModel();
  const day = useApp((s) => s.day);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  /** The mark under the pointer or keyboard focus, whose events the caption line tells. */
  const [mark, setMark] = useState<MarkCluster<CompiledEvent> | null>(null);
  usePlayback();

  const onInput = useFrameInput((value) => store.getState().setDay(value));

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
        <label className="timeline-speed">
          <span className="visually-hidden">{t.speed.label}</span>
          <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.currentTarget.value) as PlaySpeed)} data-testid="speed">
            {PLAY_SPEEDS.map((s) => <option key={s} value={s}>{t.speed.value(s)}</option>)}
          </select>
        </label>
        <time className="timeline-date" dateTime={dayToIso(day)} data-testid="current-date">{label}</time>
        <CompareToggle index={index} />
        {mark && (
          <p className="timeline-mark-caption" data-testid="mark-caption" aria-hidden="true">
            {mark.events.map((e) => markLabel(e, t)).join(' · ')}
          </p>
        )}
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
        <CompareHandle index={index} at={(d) => trackPosition(index, d)} />
        <Scale index={index} events={dataset.events} />
        <Marks index={index} events={dataset.events} onShow={setMark} />
      </div>
    </section>
  );
}

/** Where a day sits along the track, as a CSS length (the thumb's centre travels inside its half-widths). */
function trackPosition(index: StatusIndex, d: number): string {
  const span = Math.max(1, index.lastDay - index.firstDay);
  return `calc(var(--thumb) / 2 + (100% - var(--thumb)) * ${(d - index.firstDay) / span})`;
}

/** "25 February 2026, for every destination: A federal judge rules…" */
function markLabel(e: CompiledEvent, t: Catalogue): string {
  return t.senderWide.mark(formatPartialDate(e.date, t.locale), eventProse(e, t.lang).summary);
}

/**
 * The rulings and decisions that apply to every destination, as buttons above the track (marks
 * too close to draw apart are one button for all of them): focus or hover names them in the caption
 * line and in the button's label; pressing one moves the date to its next event.
 */
const Marks = memo(function Marks({ index, events, onShow }: { index: StatusIndex; events: readonly CompiledEvent[]; onShow(m: MarkCluster<CompiledEvent> | null): void }) {
  const t = useT();
  const store = useAppStore();
  const marks = useMemo(() => markClusters(events.filter(isSenderWide), index.firstDay, index.lastDay), [events, index]);
  if (marks.length === 0) return null;
  return (
    <div className="timeline-marks" role="group" aria-label={t.senderWide.marks} data-testid="timeline-marks">
      {marks.map((m) => (
        <button
          key={m.day}
          type="button"
          className="timeline-mark"
          style={{ left: trackPosition(index, m.day) }}
          aria-label={m.events.map((e) => markLabel(e, t)).join(' ')}
          data-events={m.events.map((e) => e.id).join(' ')}
          onClick={() => store.getState().setDay(markTarget(m, store.getState().day))}
          onMouseEnter={() => onShow(m)}
          onMouseLeave={() => onShow(null)}
          onFocus={() => onShow(m)}
          onBlur={() => onShow(null)}
        >
          <span className="timeline-mark-shape" aria-hidden="true" />
        </button>
      ))}
    </div>
  );
});

/** The ticks (one per day with a country's event) and the years under the track: fixed for the page, never re-rendered as the date moves. */
const Scale = memo(function Scale({ index, events }: { index: StatusIndex; events: readonly CompiledEvent[] }) {
  const at = (d: number) => trackPosition(index, d);
  const tickDays = useMemo(() => [...new Set(events.filter((e) => !isSenderWide(e)).map((e) => e.day))], [events]);
  const years = useMemo(() => {
    const out: { year: number; day: number }[] = [];
    for (let y = yearOfDay(index.firstDay) + 1; y <= yearOfDay(index.lastDay); y++) out.push({ year: y, day: firstDayOfYear(y) });
    return out;
  }, [index]);
  return (
    <>
      <div className="timeline-ticks" aria-hidden="true">
        {tickDays.map((d) => (
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
