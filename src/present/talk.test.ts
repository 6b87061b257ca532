import { describe, expect, it } from 'vitest';
import { channelName, newSessionId, parseTalkMessage, sameTalkState } from './talk.ts';

const state = { day: 20000, compare: 19800, storyStep: 3, region: 'africa', country: 'AGO', playing: false };

describe('talk messages', () => {
  it('reads the three kinds', () => {
    expect(parseTalkMessage({ kind: 'hello', from: 'presenter' })).toEqual({ kind: 'hello', from: 'presenter' });
    expect(parseTalkMessage({ kind: 'here', from: 'audience' })).toEqual({ kind: 'here', from: 'audience' });
    expect(parseTalkMessage({ kind: 'state', from: 'audience', state })).toEqual({ kind: 'state', from: 'audience', state });
    expect(parseTalkMessage({ kind: 'state', from: 'audience', state: { ...state, storyStep: null, country: null } })).not.toBeNull();
  });
  it('reads compare mode\'s day: none when absent, dropped when not before the day', () => {
    const { compare: _c, ...without } = state;
    expect(parseTalkMessage({ kind: 'state', from: 'audience', state: without })).toEqual({ kind: 'state', from: 'audience', state: { ...state, compare: null } });
    expect(parseTalkMessage({ kind: 'state', from: 'audience', state: { ...state, compare: 20000 } })).toMatchObject({ state: { compare: null } });
    expect(parseTalkMessage({ kind: 'state', from: 'audience', state: { ...state, compare: '19800' } })).toBeNull();
  });
  it('drops anything else, keeping only the known fields', () => {
    for (const bad of [
      null, 'hello', 42, [], {}, { kind: 'hello' }, { kind: 'hello', from: 'someone' }, { kind: 'shout', from: 'audience' },
      { kind: 'state', from: 'audience' }, { kind: 'state', from: 'audience', state: { ...state, day: 1.5 } },
      { kind: 'state', from: 'audience', state: { ...state, region: 'mars' } }, { kind: 'state', from: 'audience', state: { ...state, country: '<img>' } },
      { kind: 'state', from: 'audience', state: { ...state, storyStep: 0 } }, { kind: 'state', from: 'audience', state: { ...state, playing: 'yes' } },
    ]) expect(parseTalkMessage(bad), JSON.stringify(bad)).toBeNull();
    const extra = parseTalkMessage({ kind: 'state', from: 'audience', state: { ...state, theme: 'dark', __proto__: { evil: 1 } } });
    expect(extra).toEqual({ kind: 'state', from: 'audience', state });
  });
  it('compares states field by field', () => {
    expect(sameTalkState(state as never, { ...state } as never)).toBe(true);
    expect(sameTalkState(state as never, { ...state, day: 1 } as never)).toBe(false);
    expect(sameTalkState(state as never, { ...state, compare: null } as never)).toBe(false);
  });
  it('names a channel per session, with ids safe in a URL', () => {
    const a = newSessionId();
    const b = newSessionId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(a).not.toBe(b);
    expect(channelName(a)).not.toBe(channelName(b));
  });
});
