import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('is FNV-1a of the text, with its length', () => {
    // FNV-1a 32-bit test vectors.
    expect(fingerprint('')).toBe('811c9dc5-0');
    expect(fingerprint('a')).toBe('e40c292c-1');
    expect(fingerprint('foobar')).toBe('bf9cf968-6');
  });
  it('tells apart texts that differ by one character, or only in length', () => {
    const a = JSON.stringify({ checked: '2026-12-01', events: [1, 2, 3] });
    expect(fingerprint(a)).not.toBe(fingerprint(a.replace('3', '4')));
    expect(fingerprint('ab')).not.toBe(fingerprint('abab'));
    expect(fingerprint(a)).toBe(fingerprint(`${a}`));
  });
});
