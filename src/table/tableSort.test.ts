import { describe, expect, it } from 'vitest';
import { STATUSES } from '../data/types.ts';
import { DEFAULT_SORT, isDescending, isTableSort, nextSort, SORT_KEYS, SORTS, sortKey, sortRows, type SortableRow, type TableSort } from './tableSort.ts';

const row = (iso: string, name: string, status: SortableRow['status'], sinceDay: number, people: number): SortableRow => ({ iso, name, status, sinceDay, people });

/** Ties on purpose: Angola and Costa Rica share a status; Costa Rica and El Salvador a count; Benin and Angola a "since" day. */
const ROWS = [
  row('SLV', 'El Salvador', 'receiving', 200, 250),
  row('AGO', 'Angola', 'refused', 100, 0),
  row('CRI', 'Costa Rica', 'refused', 300, 250),
  row('BEN', 'Benin', 'approached', 100, 5),
  row('ECU', 'Ecuador', 'agreement', 50, 0),
  row('ZWE', 'Zimbabwe', 'ended', 400, 14),
];
const order = (sort: TableSort, rows = ROWS, locale = 'en-GB') => sortRows(rows, sort, locale).map((r) => r.iso);

describe('sortRows', () => {
  it('by status, in the legend’s order (not alphabetical), ties by name: the default order', () => {
    expect(order('status')).toEqual(['BEN', 'ECU', 'SLV', 'AGO', 'CRI', 'ZWE']);
    expect(DEFAULT_SORT).toBe('status');
    // The legend's order is the vocabulary's, which is not alphabetical.
    expect([...STATUSES].sort()).not.toEqual([...STATUSES]);
    const oneOfEach = STATUSES.map((s, i) => row(`X${i}`, `${'ZYXWV'[i]}`, s, 0, 0));
    expect(sortRows([...oneOfEach].reverse(), 'status', 'en').map((r) => r.status)).toEqual([...STATUSES]);
  });
  it('by status reversed: the legend’s order backwards, ties still by name A to Z', () => {
    expect(order('-status')).toEqual(['ZWE', 'AGO', 'CRI', 'SLV', 'ECU', 'BEN']);
  });
  it('by country name, in the reader’s locale, and reversed', () => {
    expect(order('country')).toEqual(['AGO', 'BEN', 'CRI', 'ECU', 'SLV', 'ZWE']);
    expect(order('-country')).toEqual(['ZWE', 'SLV', 'ECU', 'CRI', 'BEN', 'AGO']);
    // Accents sort as the language does, not by code point.
    const accents = [row('AAA', 'Émirats', 'agreement', 0, 0), row('BBB', 'Egypte', 'agreement', 0, 0), row('CCC', 'Fidji', 'agreement', 0, 0)];
    expect(order('country', accents, 'fr')).toEqual(['BBB', 'AAA', 'CCC']);
  });
  it('by "since" day, earliest first, and reversed; ties by name', () => {
    expect(order('since')).toEqual(['ECU', 'AGO', 'BEN', 'SLV', 'CRI', 'ZWE']);
    expect(order('-since')).toEqual(['ZWE', 'CRI', 'SLV', 'AGO', 'BEN', 'ECU']);
  });
  it('by people, fewest first, and reversed; ties by name', () => {
    expect(order('people')).toEqual(['AGO', 'ECU', 'BEN', 'ZWE', 'CRI', 'SLV']);
    expect(order('-people')).toEqual(['CRI', 'SLV', 'ZWE', 'BEN', 'AGO', 'ECU']);
  });
  it('breaks a tie of equal names by code, so the order never depends on the input’s', () => {
    const twins = [row('BBB', 'Same', 'agreement', 0, 0), row('AAA', 'Same', 'agreement', 0, 0)];
    expect(order('country', twins)).toEqual(['AAA', 'BBB']);
    expect(order('people', twins)).toEqual(['AAA', 'BBB']);
    expect(order('people', [...twins].reverse())).toEqual(['AAA', 'BBB']);
  });
  it('leaves its input as it was', () => {
    const before = ROWS.map((r) => r.iso);
    sortRows(ROWS, '-people', 'en');
    expect(ROWS.map((r) => r.iso)).toEqual(before);
  });
});

describe('the sort value', () => {
  it('is a column, or a column with a leading "-" for descending', () => {
    expect(SORTS).toEqual(['country', '-country', 'status', '-status', 'since', '-since', 'people', '-people']);
    for (const k of SORT_KEYS) {
      expect(sortKey(k)).toBe(k);
      expect(sortKey(`-${k}`)).toBe(k);
      expect(isDescending(k)).toBe(false);
      expect(isDescending(`-${k}`)).toBe(true);
    }
    for (const bad of ['', '-', 'Status', 'name', '--people', '+people', 'people-', ' status']) expect(isTableSort(bad), bad).toBe(false);
  });
  it('a header pressed sorts by its column ascending, pressed again reverses it', () => {
    expect(nextSort('status', 'people')).toBe('people');
    expect(nextSort('people', 'people')).toBe('-people');
    expect(nextSort('-people', 'people')).toBe('people');
    expect(nextSort('-people', 'country')).toBe('country');
    // The default is by status ascending: pressing Status first reverses it.
    expect(nextSort(DEFAULT_SORT, 'status')).toBe('-status');
  });
});
