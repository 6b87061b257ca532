/**
 * Compare mode's controls beside the timeline (src/timeline/Timeline.tsx): the "Compare with…"
 * button (on: A a year before B, or the timeline's start), the earlier date with its × (off), and
 * the timeline's second handle for A, with the stretch from A to B shaded on the track.
 */
import { dayToIso, formatDay } from '../data/dates.ts';
import type { StatusIndex } from '../data/statusIndex.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { sliderKeyStep, stepDay } from '../timeline/timelineLogic.ts';
import { useFrameInput } from '../timeline/useFrameInput.ts';
import { defaultCompareDay } from './changes.ts';
import './compare.css';

export function CompareToggle({ index }: { index: StatusIndex }) {
  const t = useT();
  const store = useAppStore();
  const compare = useApp((s) => s.compare);
  const day = useApp((s) => s.day);
  if (compare === null) {
    return (
      <button
        type="button"
        className="compare-start"
        aria-label={t.compare.startLabel}
        disabled={day <= index.firstDay}
        data-testid="compare-start"
        onClick={() => store.getState().setCompare(defaultCompareDay(day, index.firstDay))}
      >
        {t.compare.start}
      </button>
    );
  }
  return (
    <span className="compare-on" data-testid="compare-on">
      <time dateTime={dayToIso(compare)} data-testid="compare-date">{t.compare.from(formatDay(compare, t.locale))}</time>
      <button type="button" className="compare-stop" aria-label={t.compare.stop} title={t.compare.stop} onClick={() => store.getState().setCompare(null)}>
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}

/** Where a day sits along the track (as the timeline places its ticks). */
type Position = (day: number) => string;

/** The second handle (A) over the timeline's track, and the shaded stretch from A to B. */
export function CompareHandle({ index, at }: { index: StatusIndex; at: Position }) {
  const t = useT();
  const store = useAppStore();
  const compare = useApp((s) => s.compare);
  const day = useApp((s) => s.day);
  // Dragging is coalesced to one store update per frame, as the main handle's is.
  const onInput = useFrameInput((value) => store.getState().setCompare(value));
  if (compare === null) return null;

  // The main handle's keys: arrows by event, Shift+arrows and PageUp/Down by month, Home and End.
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const step = sliderKeyStep(e.key, e.shiftKey);
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    if (step === 'togglePlay') return;
    const now = store.getState().compare;
    if (now !== null) store.getState().setCompare(stepDay(now, step, index));
  };
  const label = formatDay(compare, t.locale);
  return (
    <>
      <div className="compare-band" aria-hidden="true" style={{ left: at(compare), width: `calc(${at(day)} - ${at(compare)})` }} />
      <input
        type="range"
        className="compare-slider"
        min={index.firstDay}
        max={index.lastDay}
        step={1}
        value={compare}
        aria-label={t.compare.slider}
        aria-valuetext={label}
        data-testid="compare-slider"
        onChange={(e) => onInput(Number(e.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
