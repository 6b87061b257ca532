/**
 * Playing the timeline at a readable pace, as pure functions the playback loop calls each frame:
 * the date moves through calendar time at the chosen speed, stops for a moment on each day that has
 * an event (so its caption can be read), and stops at the end. Under reduced motion it jumps from
 * event to event instead, holding each. In a story, play moves from step to step.
 */
import { addMonths } from '../data/dates.ts';

/** Months of calendar time per second of play. */
export const PLAY_SPEEDS = [1, 3, 6] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const DEFAULT_SPEED: PlaySpeed = 3;

/** How long play holds on a day with an event, and on a story step (ms). */
export const EVENT_HOLD_MS = 1200;
export const STEP_HOLD_MS = 6000;

export interface PlayState {
  /** The day shown (an integer) and how far past it the clock has run (a fraction of a day). */
  day: number;
  fraction: number;
  /** Until when (ms, the loop's clock) play holds on the current day; 0: not holding. */
  holdUntil: number;
}

export interface PlayContext {
  /** Event days in ascending order, and the last day of the timeline. */
  eventDays: readonly number[];
  lastDay: number;
  speed: PlaySpeed;
  reducedMotion: boolean;
}

/** Days of calendar time per millisecond at a speed, measured on the month the day is in. */
function daysPerMs(day: number, speed: PlaySpeed): number {
  return (addMonths(day, 1) - day) * speed / 1000;
}

/** The first event day strictly after `day` and no later than `until`, or null. */
function eventBetween(eventDays: readonly number[], day: number, until: number): number | null {
  for (const d of eventDays) if (d > day) return d <= until ? d : null;
  return null;
}

/**
 * One tick of play: where the date is after `dt` ms at `now`, and whether play goes on. Never moves
 * past an event day without stopping on it, nor past the last day.
 */
export function playStep(s: PlayState, dt: number, now: number, ctx: PlayContext): { state: PlayState; done: boolean } {
  if (s.day >= ctx.lastDay) return { state: { ...s, day: ctx.lastDay, fraction: 0 }, done: true };
  if (s.holdUntil > now) return { state: s, done: false };
  if (ctx.reducedMotion) {
    const next = eventBetween(ctx.eventDays, s.day, ctx.lastDay) ?? ctx.lastDay;
    return { state: { day: next, fraction: 0, holdUntil: now + EVENT_HOLD_MS }, done: false };
  }
  const travel = s.fraction + Math.max(0, dt) * daysPerMs(s.day, ctx.speed);
  const target = Math.min(ctx.lastDay, s.day + Math.floor(travel));
  const event = eventBetween(ctx.eventDays, s.day, target);
  if (event !== null) return { state: { day: event, fraction: 0, holdUntil: now + EVENT_HOLD_MS }, done: false };
  return { state: { day: target, fraction: target >= ctx.lastDay ? 0 : travel - Math.floor(travel), holdUntil: 0 }, done: false };
}

/** Play in a story: the next step once the current one has been shown for STEP_HOLD_MS; null at the end. */
export function nextStoryStep(step: number | null, steps: number): number | null {
  const next = step === null ? 1 : step + 1;
  return next <= steps ? next : null;
}
