import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft, parseId, parseVersions } from './request.ts';

describe('the editor API\'s request bodies', () => {
  it('takes a draft of the page\'s shape', () => {
    const draft = { source: { originalId: null, record: { id: 'a' }, text: 't' }, event: { originalId: 'e', record: { id: 'e' }, tr: { es: { summary: 's' } } }, checkedToday: true };
    expect(parseDraft(draft)).toEqual(draft);
    expect(parseDraft({ source: null, event: { originalId: null, record: {}, tr: {} } })).toEqual({ source: null, event: { originalId: null, record: {}, tr: {} }, checkedToday: false });
  });

  it('refuses anything else with a reason', () => {
    for (const bad of [null, 1, 'x', [], {}, { source: { record: {}, text: 1, originalId: null } }, { event: { originalId: 3, record: {}, tr: {} } }, { event: { originalId: null, record: [], tr: {} } }, { event: { originalId: null, record: {}, tr: { es: 'x' } } }]) {
      expect(typeof parseDraft(bad), JSON.stringify(bad)).toBe('string');
    }
  });

  it('never throws, whatever it is sent', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      const d = parseDraft(x);
      const v = parseVersions(x);
      parseId(x);
      return (typeof d === 'string' || typeof d === 'object') && (typeof v === 'string' || typeof v === 'object');
    }));
  });

  it('takes versions as file: hash or null, and ids as short strings', () => {
    expect(parseVersions({ 'events/AGO.json': 'abc', 'events/BRA.json': null })).toEqual({ 'events/AGO.json': 'abc', 'events/BRA.json': null });
    expect(typeof parseVersions({ a: 1 })).toBe('string');
    expect(typeof parseVersions([])).toBe('string');
    expect(parseId('ago')).toBe('ago');
    expect(parseId('')).toBeNull();
    expect(parseId(3)).toBeNull();
    expect(parseId('x'.repeat(201))).toBeNull();
  });
});
