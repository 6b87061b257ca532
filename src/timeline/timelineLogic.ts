/**
 * What the timeline's controls and keys do to the date, as pure functions of the day and the
 * index, so the component only draws and the keyboard and buttons share one meaning.
 */
import { addMonths } from '../data/dates.ts';
import type { StatusIndex } from '../data/statusIndex.ts';

export type Step = 'prevEvent' | 'nextEvent' | 'prevMonth' | 'nextMonth' | 'start' | 'end';

export function clampDay(day: number, index: Pick<StatusIndex, 'firstDay' | 'lastDay'>): number {
  return Math.min(index.lastDay, Math.max(index.firstDay, Math.round(day)));
}

export function stepDay(day: number, step: Step, index: StatusIndex): number {
  switch (step) {
    case 'prevEvent':
      return index.prevEventDay(day) ?? index.firstDay;
    case 'nextEvent':
      return index.nextEventDay(day) ?? index.lastDay;
    case 'prevMonth':
      return clampDay(addMonths(day, -1), index);
    case 'nextMonth':
      return clampDay(addMonths(day, 1), index);
    case 'start':
      return index.firstDay;
    case 'end':
      return index.lastDay;
  }
}

/** Pressing play at the end starts again from the first event. */
export function playStart(day: number, index: StatusIndex): number {
  return day >= index.lastDay ? index.firstDay : day;
}

/** The slider's keys (docs/INTERFACES.md, "Keyboard"): arrows step event by event, Shift+arrows (and PageUp/Down) a month. */
export function sliderKeyStep(key: string, shift: boolean): Step | 'togglePlay' | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return shift ? 'prevMonth' : 'prevEvent';
    case 'ArrowRight':
    case 'ArrowUp':
      return shift ? 'nextMonth' : 'nextEvent';
    case 'PageDown':
      return 'prevMonth';
    case 'PageUp':
      return 'nextMonth';
    case 'Home':
      return 'start';
    case 'End':
      return 'end';
    case ' ':
      return 'togglePlay';
    default:
      return null;
  }
}

/** Marks on the timeline closer than this share of its span are drawn as one (they would overlap). */
const MARK_CLUSTER_SHARE = 1 / 40;

export interface MarkCluster<E extends { day: number }> {
  /** Where the mark sits: its first event's day. */
  day: number;
  /** Its events, in date order. */
  events: E[];
}

/**
 * The marks of events that apply to every destination, as drawn on a timeline from `first` to
 * `last`: events in date order, each joining the mark before it when closer than `share` of the span.
 */
export function markClusters<E extends { day: number }>(events: readonly E[], first: number, last: number, share = MARK_CLUSTER_SHARE): MarkCluster<E>[] {
  const gap = Math.max(1, (last - first) * share);
  const out: MarkCluster<E>[] = [];
  for (const e of [...events].sort((a, b) => a.day - b.day)) {
    const prev = out[out.length - 1];
    const lastDay = prev?.events[prev.events.length - 1]?.day;
    if (prev && lastDay !== undefined && e.day - lastDay < gap) prev.events.push(e);
    else out.push({ day: e.day, events: [e] });
  }
  return out;
}

/** Pressing a mark moves to its next event after `day`, or back to its first. */
export function markTarget(cluster: MarkCluster<{ day: number }>, day: number): number {
  return (cluster.events.find((e) => e.day > day) ?? cluster.events[0] ?? cluster).day;
}
