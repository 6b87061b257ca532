import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataFileKind, dataFiles, formatDataDir, formatDataFile } from './dataFile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the one writer of data files', () => {
  for (const dir of ['data', 'e2e/fixtures/data']) {
    it(`writes every JSON file of ${dir}/ back byte for byte`, () => {
      const files = dataFiles(join(ROOT, dir));
      expect(files.length).toBeGreaterThan(10);
      const differ = files.filter((rel) => {
        const text = readFileSync(join(ROOT, dir, rel), 'utf8');
        return formatDataFile(dataFileKind(rel)!, JSON.parse(text)) !== text;
      });
      // A file listed here is not in the canonical form: `npm run data:format` rewrites it.
      expect(differ).toEqual([]);
    });
  }

  it("puts a record's fields in its schema's order, nested records too, and keeps unknown fields after them", () => {
    const event = { quotes: [{ text: 'T', source: 's' }], summary: 'S', id: 'x', extra: 1, date: '2025' };
    expect(formatDataFile('events', [event])).toBe(
      `${JSON.stringify([{ id: 'x', date: '2025', summary: 'S', quotes: [{ source: 's', text: 'T' }], extra: 1 }], null, 2)}\n`,
    );
    const story = { steps: [{ caption: 'C', events: ['e'], date: '2025' }], title: 'T', id: 's' };
    expect(JSON.parse(formatDataFile('story', story))).toEqual(story);
    expect(Object.keys(JSON.parse(formatDataFile('story', story)) as object)).toEqual(['id', 'title', 'steps']);
    expect(Object.keys((JSON.parse(formatDataFile('story', story)) as { steps: object[] }).steps[0]!)).toEqual(['date', 'events', 'caption']);
  });

  it('keeps maps keyed by id in their order, each entry in its schema order', () => {
    const tr = { events: { b: { dateNote: 'N', summary: 'S' }, a: { summary: 'A' } }, stories: { s: { captions: ['c'], title: 't' } } };
    const out = JSON.parse(formatDataFile('translations', tr)) as { events: Record<string, object>; stories: Record<string, object> };
    expect(Object.keys(out.events)).toEqual(['b', 'a']);
    expect(Object.keys(out.events.b!)).toEqual(['summary', 'dateNote']);
    expect(Object.keys(out.stories.s!)).toEqual(['title', 'captions']);
  });

  it("puts a published count's fields, quotes and reasons in their schema's order, and its translation's", () => {
    const count = {
      reasons: [{ note: 'N', reason: 'borderline', country: 'POL' }], quotes: [{ text: 'T', source: 's' }], figure: 12, measure: 'received',
      asOf: '2025-12-31', by: 'B', id: 'c', added: '2026-12-06', from: '2025-01-20', countries: ['POL'], complete: false,
    };
    const out = JSON.parse(formatDataFile('count', count)) as Record<string, unknown> & { reasons: object[]; quotes: object[] };
    expect(out).toEqual(count);
    expect(Object.keys(out)).toEqual(['id', 'by', 'asOf', 'from', 'measure', 'figure', 'countries', 'complete', 'quotes', 'reasons', 'added']);
    expect(Object.keys(out.reasons[0]!)).toEqual(['country', 'reason', 'note']);
    expect(Object.keys(out.quotes[0]!)).toEqual(['source', 'text']);
    const once = formatDataFile('count', count);
    expect(formatDataFile('count', JSON.parse(once))).toBe(once);
    const tr = { counts: { c: { reasons: { POL: 'P' }, note: 'N' } }, events: {} };
    const trOut = JSON.parse(formatDataFile('translations', tr)) as { counts: Record<string, object> };
    expect(Object.keys(trOut)).toEqual(['events', 'counts']);
    expect(Object.keys(trOut.counts.c!)).toEqual(['note', 'reasons']);
  });

  it('never drops or changes a value of the wrong shape: the validator is the one to say what is wrong', () => {
    for (const bad of [null, 3, 'text', [1, 'two'], { quotes: 'none' }]) {
      expect(JSON.parse(formatDataFile('events', bad))).toEqual(bad);
      expect(JSON.parse(formatDataFile('source', bad))).toEqual(bad);
      expect(JSON.parse(formatDataFile('count', bad))).toEqual(bad);
    }
  });

  it('is stable: formatting its own output changes nothing', () => {
    const src = { url: 'https://x.example/', id: 'a', publisher: 'P', translations: [{ by: 'B', lang: 'es' }] };
    const once = formatDataFile('source', src);
    expect(formatDataFile('source', JSON.parse(once))).toBe(once);
  });

  it('knows each file by its place in the data folder', () => {
    expect(dataFileKind('meta.json')).toBe('meta');
    expect(dataFileKind('sources/a.json')).toBe('source');
    expect(dataFileKind('events/SLV.json')).toBe('events');
    expect(dataFileKind('stories/s.json')).toBe('story');
    expect(dataFileKind('i18n/es.json')).toBe('translations');
    expect(dataFileKind('counts/hrf-2025-flights.json')).toBe('count');
    expect(dataFileKind('counts/a.txt')).toBeNull();
    expect(dataFileKind('other/a.json')).toBeNull();
    expect(dataFileKind('sources/a.txt')).toBeNull();
    expect(dataFileKind('events/nested/SLV.json')).toBeNull();
  });

  it('rewrites a folder in place, leaving files it cannot read as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcdm-format-'));
    mkdirSync(join(dir, 'sources'));
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, 'meta.json'), '{"checked":"2026-12-01"}');
    writeFileSync(join(dir, 'events', 'SLV.json'), '[{"date": "2025",');
    writeFileSync(join(dir, 'sources', 'a.json'), `${JSON.stringify({ publisher: 'P', id: 'a' }, null, 2)}\n`);
    expect(formatDataDir(dir)).toEqual({ changed: ['meta.json', 'sources/a.json'], unreadable: ['events/SLV.json'] });
    expect(readFileSync(join(dir, 'meta.json'), 'utf8')).toBe('{\n  "checked": "2026-12-01"\n}\n');
    expect(readFileSync(join(dir, 'events', 'SLV.json'), 'utf8')).toBe('[{"date": "2025",');
    expect(formatDataDir(dir)).toEqual({ changed: [], unreadable: ['events/SLV.json'] });
  });
});
