import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../data/dates.ts';
import { EVENT_HOLD_MS, nextStoryStep, playStep, type PlayContext, type PlayState } from './playback.ts';

const d = (iso: string) => isoToDay(iso) as number;
const ctx: PlayContext = { eventDays: [d('2025-01-10'), d('2025-03-01'), d('2025-03-02')], lastDay: d('2025-06-01'), speed: 1, reducedMotion: false };
const at = (iso: string): PlayState => ({ day: d(iso), fraction: 0, holdUntil: 0 });

/** Runs play at 60 frames a second until it is done, recording every day it shows. */
function run(start: PlayState, c: PlayContext): { days: number[]; ms: number } {
  let s = start;
  const days = [s.day];
  let now = 0;
  for (let i = 0; i < 100_000; i++) {
    now += 1000 / 60;
    const r = playStep(s, 1000 / 60, now, c);
    if (r.done) return { days, ms: now };
    if (r.state.day !== s.day) days.push(r.state.day);
    s = r.state;
  }
  throw new Error('play never ended');
}

describe('playing the timeline', () => {
  it('moves through calendar time at the chosen pace: a month a second at speed 1', () => {
    const r = playStep(at('2025-01-01'), 250, 250, ctx);
    // January has 31 days: a quarter of a second is 7.75 days.
    expect(dayToIso(r.state.day)).toBe('2025-01-08');
    expect(r.state.fraction).toBeCloseTo(0.75);
    expect(playStep(at('2025-01-01'), 250, 250, { ...ctx, speed: 6 }).state.day).toBe(d('2025-01-10'));
  });
  it('stops on each event day, holds it, then goes on', () => {
    const r = playStep(at('2025-01-08'), 1000, 1000, ctx);
    expect(dayToIso(r.state.day)).toBe('2025-01-10');
    expect(r.state.holdUntil).toBe(1000 + EVENT_HOLD_MS);
    expect(playStep(r.state, 16, 1500, ctx).state).toEqual(r.state);
    expect(playStep(r.state, 100, 1000 + EVENT_HOLD_MS + 100, ctx).state.day).toBeGreaterThan(r.state.day);
  });
  it('passes no event day without stopping on it, and stops at the end', () => {
    const { days } = run(at('2025-01-01'), { ...ctx, speed: 6 });
    for (const e of ctx.eventDays) expect(days).toContain(e);
    expect(days[days.length - 1]).toBe(ctx.lastDay);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] as number);
  });
  it('takes about as long as the span at the speed, plus the holds', () => {
    const { ms } = run(at('2025-01-01'), ctx);
    // Five months at a month a second, and three holds.
    expect(ms).toBeGreaterThan(5000 + 3 * EVENT_HOLD_MS - 200);
    expect(ms).toBeLessThan(5000 + 3 * EVENT_HOLD_MS + 400);
  });
  it('under reduced motion jumps from event to event, holding each', () => {
    const { days } = run(at('2025-01-01'), { ...ctx, reducedMotion: true });
    expect(days.map(dayToIso)).toEqual(['2025-01-01', '2025-01-10', '2025-03-01', '2025-03-02', '2025-06-01']);
  });
  it('is done at once at the last day', () => {
    expect(playStep(at('2025-06-01'), 16, 16, ctx).done).toBe(true);
  });
});

describe('playing a story', () => {
  it('moves from step to step and ends after the last', () => {
    expect(nextStoryStep(null, 3)).toBe(1);
    expect(nextStoryStep(1, 3)).toBe(2);
    expect(nextStoryStep(3, 3)).toBeNull();
  });
});
