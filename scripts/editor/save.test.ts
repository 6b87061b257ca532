/**
 * The editor's save (save.ts, plan.ts) on copies of the tests' data set: an unchanged record
 * changes no byte, `added` and `updated` follow the rule of data/README.md ("Dated changes"), a file
 * changed on disk since it was opened is not overwritten, a broken record is refused with the
 * validator's file, record and reason, and a save writes whole files only.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft, EventDraft, Rec } from '../../editor/protocol.ts';
import { compileData } from '../compileData.ts';
import { dated, insertByDate, placeEntry } from './plan.ts';
import { allVersions, check, openEvent, openSource, save, versionOf } from './save.ts';

const FIXTURE = new URL('../../e2e/fixtures/data', import.meta.url).pathname;
const TODAY = '2026-06-30';

let work = '';
let data = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tcdm-save-'));
  data = join(work, 'data');
  cpSync(FIXTURE, data, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const read = (rel: string): string => readFileSync(join(data, rel), 'utf8');
const listing = (): string[] =>
  readdirSync(data, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => `${f} ${statSync(join(data, f)).mtimeMs} ${statSync(join(data, f)).size}`);

/** The draft of an event as the page opens it, changed by `change`. */
function eventDraft(id: string, change: (r: Rec) => Rec = (r) => r): { draft: Draft; versions: ReturnType<typeof allVersions> } {
  const opened = openEvent(data, id, ['es']);
  if (!opened) throw new Error(`no event ${id}`);
  const event: EventDraft = { originalId: id, record: change(structuredClone(opened.record)), tr: opened.tr };
  return { draft: { source: null, event, checkedToday: false }, versions: { ...allVersions(data), ...opened.versions } };
}

const eventIn = (rel: string, id: string): Rec | undefined => (JSON.parse(read(rel)) as Rec[]).find((e) => e.id === id);

describe('saving an unchanged record changes no byte', () => {
  it('for every event and every source of the tests\' data set', () => {
    const before = listing();
    const events = readdirSync(join(data, 'events')).flatMap((f) => (JSON.parse(read(`events/${f}`)) as Rec[]).map((e) => e.id as string));
    for (const id of events) {
      const { draft, versions } = eventDraft(id);
      expect(save(data, draft, versions, TODAY), id).toMatchObject({ ok: true, written: [] });
    }
    for (const f of readdirSync(join(data, 'sources')).filter((x) => x.endsWith('.json'))) {
      const id = f.replace(/\.json$/, '');
      const opened = openSource(data, id);
      if (!opened) throw new Error(id);
      // Sent back with its fields in another order: the form is not the substance.
      const record = Object.fromEntries(Object.entries(opened.record).reverse());
      expect(save(data, { source: { originalId: id, record, text: opened.text }, event: null, checkedToday: false }, opened.versions, TODAY), id).toMatchObject({ ok: true, written: [] });
    }
    expect(listing()).toEqual(before);
  });

  it('when the pasted text differs from the file only in its line endings', () => {
    writeFileSync(join(data, 'sources/fixture-tracker.txt'), read('sources/fixture-tracker.txt').replace(/\n/g, '\r\n'));
    const opened = openSource(data, 'fixture-tracker');
    if (!opened) throw new Error('fixture-tracker');
    const result = save(data, { source: { originalId: 'fixture-tracker', record: opened.record, text: opened.text.replace(/\r\n/g, '\n') }, event: null, checkedToday: false }, opened.versions, TODAY);
    expect(result).toMatchObject({ ok: true, written: [] });
  });
});

describe('added and updated', () => {
  it('sets updated to today when the substance changes, and only that field besides the change', () => {
    const { draft, versions } = eventDraft('ago-2025-05-05-refused', (r) => ({ ...r, summary: 'Angola says it does not accept people of other nationalities, it says.' }));
    const before = read('events/AGO.json');
    const result = save(data, draft, versions, TODAY);
    expect(result).toMatchObject({ ok: true, written: ['events/AGO.json'] });
    const saved = eventIn('events/AGO.json', 'ago-2025-05-05-refused');
    expect(saved).toMatchObject({ added: '2026-05-20', updated: TODAY });
    // The diff: the summary's line, and the new updated line (with the comma it gives the line before).
    const a = before.split('\n');
    const b = read('events/AGO.json').split('\n');
    expect(b.length).toBe(a.length + 1);
    expect(b.filter((l) => !a.includes(l))).toEqual([
      '    "summary": "Angola says it does not accept people of other nationalities, it says.",',
      '    "added": "2026-05-20",',
      `    "updated": "${TODAY}"`,
    ]);
  });

  it('never takes the page\'s own dates, and leaves updated alone on a change made the day the record was added', () => {
    const { draft, versions } = eventDraft('ago-2025-05-05-refused', (r) => ({ ...r, added: '2020-01-01', updated: '2020-02-02' }));
    expect(save(data, draft, versions, TODAY)).toMatchObject({ ok: true, written: [] });
    expect(dated({ id: 'x', summary: 'b', added: 'zzz' }, { id: 'x', summary: 'a', added: TODAY }, TODAY)).toEqual({ id: 'x', summary: 'b', added: TODAY });
    expect(dated({ id: 'x', summary: 'b' }, null, TODAY)).toEqual({ id: 'x', summary: 'b', added: TODAY });
    expect(dated({ id: 'x', summary: 'a', updated: '2026-01-01' }, { id: 'x', summary: 'a', added: '2025-01-01', updated: '2025-06-01' }, TODAY)).toEqual({ id: 'x', summary: 'a', added: '2025-01-01', updated: '2025-06-01' });
  });

  it('counts a source\'s text as part of its substance', () => {
    const opened = openSource(data, 'fixture-tracker');
    if (!opened) throw new Error('fixture-tracker');
    const result = save(data, { source: { originalId: 'fixture-tracker', record: opened.record, text: `${opened.text}\nOne more paragraph.\n` }, event: null, checkedToday: false }, opened.versions, TODAY);
    expect(result).toMatchObject({ ok: true, written: ['sources/fixture-tracker.txt', 'sources/fixture-tracker.json'] });
    expect(JSON.parse(read('sources/fixture-tracker.json'))).toMatchObject({ added: '2026-05-20', updated: TODAY });
  });
});

describe('a new source and the event that quotes it', () => {
  const QUOTE = 'Mauritania agreed to take deportees from the United States.';
  const draft = (over: Partial<Rec> = {}, text = `${QUOTE}\n`): Draft => ({
    source: {
      originalId: null,
      record: { id: 'fixture-wire-2026-06-01-mauritania', publisher: 'Fixture Wire', headline: 'Test', authors: [], published: '2026-06-01', url: 'https://fixture-wire.example/x', language: 'en', textKind: 'original', added: '1999-01-01' },
      text,
    },
    event: {
      originalId: null,
      record: { id: 'mrt-2026-06-01-agreement', date: '2026-06-01', country: 'MRT', sender: 'USA', status: 'agreement', summary: 'Mauritania agrees.', quotes: [{ source: 'fixture-wire-2026-06-01-mauritania', text: QUOTE }], ...over },
      tr: { es: { summary: 'Mauritania acepta.' } },
    },
    checkedToday: false,
  });

  it('writes the two source files, the event in date order and its translation; the data stay valid', () => {
    const result = save(data, draft(), allVersions(data), TODAY);
    expect(result).toMatchObject({ ok: true, written: ['sources/fixture-wire-2026-06-01-mauritania.txt', 'sources/fixture-wire-2026-06-01-mauritania.json', 'events/MRT.json', 'i18n/es.json'] });
    expect(compileData(work, { dataDir: data }).errors).toEqual([]);
    expect(JSON.parse(read('sources/fixture-wire-2026-06-01-mauritania.json'))).toMatchObject({ added: TODAY });
    expect((JSON.parse(read('events/MRT.json')) as Rec[]).map((e) => e.id)).toEqual(['mrt-2025-07-10-approached', 'mrt-2026-06-01-agreement']);
    const es = Object.keys((JSON.parse(read('i18n/es.json')) as { events: Rec }).events);
    expect(es[es.indexOf('mrt-2025-07-10-approached') + 1]).toBe('mrt-2026-06-01-agreement');
    // No temporary file left behind.
    expect(readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a quote not in the text with the file, the record and the reason, and writes nothing', () => {
    const before = listing();
    const result = save(data, draft({}, 'Another text altogether.\n'), allVersions(data), TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({ file: 'data/events/MRT.json', record: 'mrt-2026-06-01-agreement', reason: expect.stringContaining('text not found verbatim in source "fixture-wire-2026-06-01-mauritania"') });
    expect(listing()).toEqual(before);
  });

  it('refuses a bad date, an id that is not kebab-case or would leave data/, an unknown country', () => {
    const before = listing();
    const errorsOf = (d: Draft): string[] => check(data, d, TODAY).errors.map((i) => `${i.file}: ${i.record}: ${i.reason}`);
    expect(errorsOf(draft({ date: '2026-02-30' }))).toContainEqual(expect.stringContaining('data/events/MRT.json: mrt-2026-06-01-agreement: date "2026-02-30" is not a real date'));
    const bad = draft();
    for (const id of ['../../escape', 'Bad Id', 'sources/x']) {
      expect(errorsOf({ ...bad, source: { ...bad.source!, record: { ...bad.source!.record, id } } })).toEqual([`data/sources/: ${id}: id must be lower-case kebab-case (it names the files sources/<id>.json and .txt)`]);
      expect(errorsOf({ ...bad, source: null, event: { ...bad.event!, record: { ...bad.event!.record, id } } })).toEqual([`data/events/: ${id}: id must be lower-case kebab-case`]);
    }
    expect(errorsOf(draft({ country: '../X' }))).toEqual(['data/events/: mrt-2026-06-01-agreement: unknown country code "../X" (ISO 3166-1 alpha-3; Kosovo is XKX)']);
    expect(errorsOf(draft({ country: 'ZZZ' }))[0]).toMatch(/unknown country code "ZZZ"/);
    expect(save(data, { ...bad, source: { ...bad.source!, record: { ...bad.source!.record, id: '../../escape' } } }, allVersions(data), TODAY).ok).toBe(false);
    expect(listing()).toEqual(before);
  });

  it('refuses to make a record whose id is taken', () => {
    const d = draft({ id: 'ago-2025-05-05-refused' });
    expect(check(data, { ...d, source: null }, TODAY).errors).toEqual([{ file: 'data/events/AGO.json', record: 'ago-2025-05-05-refused', reason: expect.stringContaining('already saved') }]);
    const s = draft();
    expect(check(data, { ...s, event: null, source: { ...s.source!, record: { ...s.source!.record, id: 'fixture-tracker' } } }, TODAY).errors[0]?.reason).toMatch(/already saved/);
  });

  it('sets meta.json\'s checked to today only when asked', () => {
    const result = save(data, { ...draft(), checkedToday: true }, allVersions(data), '2026-07-02');
    expect(result.ok).toBe(true);
    expect(JSON.parse(read('meta.json'))).toEqual({ checked: '2026-07-02' });
  });
});

describe('a file changed on disk since it was opened', () => {
  it('is not overwritten: the save says which file and what it holds now', () => {
    const { draft, versions } = eventDraft('ago-2025-05-05-refused', (r) => ({ ...r, summary: 'Angola says no.' }));
    const theirs = read('events/AGO.json').replace('"Angola says it does not accept people of other nationalities."', '"Angola says no, by hand."');
    writeFileSync(join(data, 'events/AGO.json'), theirs);
    const result = save(data, draft, versions, TODAY);
    expect(result).toMatchObject({ ok: false, errors: [], conflicts: [{ file: 'events/AGO.json', version: versionOf(theirs), now: { id: 'ago-2025-05-05-refused', summary: 'Angola says no, by hand.' } }] });
    expect(read('events/AGO.json')).toBe(theirs);
    // Saved again with the version now on disk (the page's "save mine into the file as it is now").
    expect(save(data, draft, { ...versions, 'events/AGO.json': versionOf(theirs) }, TODAY)).toMatchObject({ ok: true, written: ['events/AGO.json'] });
  });

  it('is a conflict too when it appeared since the page saw it absent', () => {
    const { draft, versions } = eventDraft('ago-2025-05-05-refused', (r) => ({ ...r, country: 'BRA' }));
    expect(versions['events/BRA.json']).toBeUndefined();
    writeFileSync(join(data, 'events/BRA.json'), '[]\n');
    const result = save(data, draft, versions, TODAY);
    expect(result).toMatchObject({ ok: false, conflicts: [{ file: 'events/BRA.json', now: null }] });
    expect(read('events/BRA.json')).toBe('[]\n');
  });
});

describe('moving and placing events', () => {
  it('moves an event to its new country\'s file, and re-places a re-dated one in date order', () => {
    const { draft, versions } = eventDraft('mrt-2025-07-10-approached', (r) => ({ ...r, country: 'BRA' }));
    expect(save(data, draft, versions, TODAY)).toMatchObject({ ok: true, written: ['events/BRA.json', 'events/MRT.json'] });
    const list = (rel: string): string[] => (JSON.parse(read(rel)) as Rec[]).map((e) => e.id as string);
    expect(list('events/MRT.json')).toEqual([]);
    expect(list('events/BRA.json')).toEqual(['mrt-2025-07-10-approached']);
    expect(compileData(work, { dataDir: data }).errors).toEqual([]);
    const g = eventDraft('gtm-2019-07-agreement', (r) => ({ ...r, date: '2019-12' }));
    const before = list('events/GTM.json');
    expect(save(data, g.draft, g.versions, TODAY).ok).toBe(true);
    expect(list('events/GTM.json')).toEqual([...before.filter((id) => id !== 'gtm-2019-07-agreement').slice(0, 1), 'gtm-2019-07-agreement', ...before.filter((id) => id !== 'gtm-2019-07-agreement').slice(1)]);
  });

  it('inserts after the last event on or before the date, and places a translation after the one before it', () => {
    const l = [{ date: '2019' }, { date: '2020-05' }, { date: '2020-05-01' }, { date: '2021' }];
    expect(insertByDate(l, { date: '2020-05-01', id: 'n' }).map((e) => (e as Rec).id ?? (e as Rec).date)).toEqual(['2019', '2020-05', '2020-05-01', 'n', '2021']);
    expect(insertByDate(l, { date: '2018', id: 'n' })[0]).toEqual({ date: '2018', id: 'n' });
    expect(insertByDate(l, { date: 'bad', id: 'n' }).at(-1)).toEqual({ date: 'bad', id: 'n' });
    expect(Object.keys(placeEntry({ a: 1, c: 3 }, 'b', 2, ['x', 'a']))).toEqual(['a', 'b', 'c']);
    expect(Object.keys(placeEntry({ a: 1, c: 3 }, 'b', 2, ['x']))).toEqual(['b', 'a', 'c']);
    expect(placeEntry({ a: 1, b: 0, c: 3 }, 'b', 2, [])).toEqual({ a: 1, b: 2, c: 3 });
  });
});
