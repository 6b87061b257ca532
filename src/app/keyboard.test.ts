import { describe, expect, it } from 'vitest';
import { ownsKey, pageKeysActive } from './keyboard.ts';

describe('pageKeysActive', () => {
  it('drives the timeline from the map and the table, not from the About document', () => {
    expect(pageKeysActive('map')).toBe(true);
    expect(pageKeysActive('table')).toBe(true);
    expect(pageKeysActive('about')).toBe(false);
  });
});

describe('ownsKey', () => {
  it('leaves keys to text fields and the slider, Space and Enter to buttons and links', () => {
    expect(ownsKey({ tagName: 'INPUT' }, 'ArrowLeft', false)).toBe(true);
    expect(ownsKey({ tagName: 'BUTTON' }, 'ArrowLeft', false)).toBe(false);
    expect(ownsKey({ tagName: 'BUTTON' }, ' ', false)).toBe(true);
    expect(ownsKey({ tagName: 'A' }, 'Enter', false)).toBe(true);
    expect(ownsKey({ tagName: 'DIV', isContentEditable: true }, 'Home', false)).toBe(true);
    expect(ownsKey({ tagName: 'DIV' }, 'Home', false)).toBe(false);
    expect(ownsKey(null, 'Home', false)).toBe(false);
    expect(ownsKey(null, 'Home', true)).toBe(true);
  });
});
