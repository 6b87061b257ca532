import { describe, expect, it } from 'vitest';
import { numberSources, sourceNotes } from './sourceNotes.ts';

describe('the printed story’s source notes', () => {
  it('numbers the sources in the order they are first quoted, each once', () => {
    expect([...numberSources(['b', 'a', 'b', 'c', 'a'])]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
    expect(numberSources([]).size).toBe(0);
  });

  it('gives one note per source, with the label and address of its first quote', () => {
    const notes = sourceNotes([
      { source: 'x', label: 'Wire, 1 May 2025', url: 'https://a.example/1' },
      { source: 'y', label: 'Paper, via Mirror, 2 May 2025 — excerpt', url: 'https://b.example/2' },
      { source: 'x', label: 'Wire, 1 May 2025', url: 'https://a.example/1' },
    ]);
    expect(notes).toEqual([
      { n: 1, label: 'Wire, 1 May 2025', url: 'https://a.example/1' },
      { n: 2, label: 'Paper, via Mirror, 2 May 2025 — excerpt', url: 'https://b.example/2' },
    ]);
  });
});
