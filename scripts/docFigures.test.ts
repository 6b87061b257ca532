/**
 * The figures the docs quote about data/ are the data's own: data/README.md's counts line is
 * compared with the compiled data set, so an added source or event that changes them fails here
 * with the line to write.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSenderWide } from '../src/data/scope.ts';
import { validate } from '../src/data/validate.ts';
import { readData } from './readData.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The counts line, as data/README.md must write it for a data set. */
function countsLine(d: { checked: string; sources: unknown[]; events: Array<{ country: string; sender: string; quotes: unknown[] }> }): string {
  const destinations = d.events.filter((e) => !isSenderWide(e));
  const countries = new Set(destinations.map((e) => e.country)).size;
  const quotes = d.events.reduce((n, e) => n + e.quotes.length, 0);
  const wide = d.events.length - destinations.length;
  return `${d.sources.length} sources, ${destinations.length} events in ${countries} countries, ${wide} US-wide events, ${quotes} quotes; checked ${d.checked}`;
}

describe('figures in the docs', () => {
  it("data/README.md's counts are the data set's", () => {
    const { dataset } = validate(readData(root).raw);
    expect(dataset).toBeDefined();
    const doc = readFileSync(`${root}data/README.md`, 'utf8');
    const written = /<!-- counts -->(.*?)<!-- \/counts -->/.exec(doc)?.[1];
    expect(written, 'data/README.md has no <!-- counts --> … <!-- /counts --> line').toBeDefined();
    expect(written).toBe(countsLine(dataset!));
  });
});
