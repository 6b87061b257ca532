import { describe, expect, it } from 'vitest';
import { afterPaint, IDLE_TIMEOUT_MS, type Clock } from './afterPaint.ts';

/** A clock whose frames and idle moments the test runs by hand. */
function manualClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const idles = new Map<number, { run: () => void; timeout: number }>();
  const clock: Clock = {
    frame: (run) => (frames.set(next, run), next++),
    cancelFrame: (id) => void frames.delete(id),
    idle: (run, timeout) => (idles.set(next, { run, timeout }), next++),
    cancelIdle: (id) => void idles.delete(id),
  };
  const frame = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((f) => f());
  };
  const idle = () => {
    const due = [...idles.values()];
    idles.clear();
    due.forEach((i) => i.run());
  };
  return { clock, frame, idle, frames, idles };
}

describe('afterPaint', () => {
  it('runs after two frames have started and then an idle moment, not before', () => {
    const c = manualClock();
    let ran = 0;
    afterPaint(() => ran++, 2, c.clock);
    c.idle();
    expect(ran).toBe(0);
    c.frame();
    c.idle();
    expect(ran).toBe(0);
    c.frame();
    expect(ran).toBe(0);
    expect([...c.idles.values()][0]?.timeout).toBe(IDLE_TIMEOUT_MS);
    c.idle();
    expect(ran).toBe(1);
    c.frame();
    c.idle();
    expect(ran).toBe(1);
  });

  it('waits for as many frames as asked', () => {
    const c = manualClock();
    let ran = 0;
    afterPaint(() => ran++, 3, c.clock);
    c.frame();
    c.frame();
    c.idle();
    expect(ran).toBe(0);
    c.frame();
    c.idle();
    expect(ran).toBe(1);
  });

  it('can be cancelled at every stage', () => {
    for (let stage = 0; stage < 3; stage++) {
      const c = manualClock();
      let ran = 0;
      const cancel = afterPaint(() => ran++, 2, c.clock);
      for (let k = 0; k < stage; k++) c.frame();
      cancel();
      c.frame();
      c.frame();
      c.idle();
      expect(ran).toBe(0);
      expect(c.frames.size + c.idles.size).toBe(0);
    }
  });
});
