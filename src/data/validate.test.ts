import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates.ts';
import { validate, formatIssue, numbersIn, quoteStatesFigure, quoteStatesNumber, type RawData, type RawFile } from './validate.ts';

/** A small valid data set; each case below breaks exactly one rule of it. */
function base() {
  const source = {
    id: 'cbs-2025-05-05-test',
    publisher: 'CBS News',
    headline: 'A headline',
    authors: ['Camilo Montoya-Galvez'],
    published: '2025-05-05',
    url: 'https://exbulletin.com/world/international/3029992/',
    via: 'exbulletin.com',
    language: 'en',
    textKind: 'machine-translation',
    note: 'Machine translation.',
    translations: [{ lang: 'es', by: 'exbulletin.com' }],
    added: '2026-11-01',
  } as Record<string, unknown>;
  const text = 'On Monday a spokesperson said: “Angola said that it does not accept individuals from other nationalities.”\nIn February, 119 people arrived. Angola dijo que no.';
  const event = {
    id: 'ago-2025-05-05-refused',
    date: '2025-05-05',
    country: 'AGO',
    sender: 'USA',
    status: 'refused',
    summary: 'Angola said it does not accept other nationalities.',
    quotes: [{ source: 'cbs-2025-05-05-test', text: '"Angola said that it does not accept individuals from other nationalities."', speaker: 'Angolan Embassy spokesperson' }],
    added: '2026-11-01',
    updated: '2026-11-20',
  } as Record<string, unknown>;
  const tr = { events: { 'ago-2025-05-05-refused': { summary: 'Angola dijo que no acepta otras nacionalidades.' } as Record<string, unknown> } } as Record<string, unknown>;
  return { source, text, events: [event], meta: { checked: '2026-11-23' }, tr };
}

type Base = ReturnType<typeof base>;

function raw(b: Base, eventsFile = 'data/events/AGO.json', trFile = 'data/i18n/es.json'): RawData {
  return {
    translations: [{ file: trFile, content: JSON.stringify(b.tr) }],
    meta: { file: 'data/meta.json', content: JSON.stringify(b.meta) },
    sources: [{
      json: { file: `data/sources/cbs-2025-05-05-test.json`, content: JSON.stringify(b.source) },
      text: { file: `data/sources/cbs-2025-05-05-test.txt`, content: b.text },
    }],
    events: [{ file: eventsFile, content: JSON.stringify(b.events) }],
  };
}

const ev = (b: Base) => b.events[0] as Record<string, unknown>;
const tr0 = (b: Base) => (b.tr.events as Record<string, Record<string, unknown>>)['ago-2025-05-05-refused'] as Record<string, unknown>;
const q0 = (b: Base) => (ev(b).quotes as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('validate', () => {
  it('accepts the valid base and compiles it', () => {
    const { dataset, errors } = validate(raw(base()));
    expect(errors).toEqual([]);
    expect(dataset?.events[0]?.quotes[0]?.lang).toBe('en');
    const at = dataset?.events[0]?.quotes[0]?.at as [number, number];
    expect(dataset?.sources[0]?.text.slice(...at)).toBe('“Angola said that it does not accept individuals from other nationalities.”');
    expect(dataset?.events[0]?.tr).toEqual({ es: { summary: 'Angola dijo que no acepta otras nacionalidades.' } });
    expect(dataset?.events[0]?.summary).toBe('Angola said it does not accept other nationalities.');
  });

  it('compiles the translations of dateNote and conflict where the event has them', () => {
    const b = base();
    Object.assign(ev(b), { dateNote: 'On Monday: 5 May.', conflict: 'Sources disagree.' });
    Object.assign(tr0(b), { dateNote: 'El lunes: 5 de mayo.', conflict: 'Las fuentes discrepan.' });
    const { dataset, errors } = validate(raw(b));
    expect(errors).toEqual([]);
    expect(dataset?.events[0]?.tr?.es).toEqual({
      summary: 'Angola dijo que no acepta otras nacionalidades.', dateNote: 'El lunes: 5 de mayo.', conflict: 'Las fuentes discrepan.',
    });
  });

  it('needs no translation files at all', () => {
    const r = raw(base());
    delete r.translations;
    const { dataset, errors } = validate(r);
    expect(errors).toEqual([]);
    expect(dataset?.events[0]?.tr).toBeUndefined();
  });

  // One bad record per rule: [name, mutation, expected message fragment, optional events file name]
  const corpus: [string, (b: Base) => void, string, string?][] = [
    ['unknown country code', (b) => { ev(b).country = 'XYZ'; }, 'unknown country code "XYZ"', 'data/events/XYZ.json'],
    ['lower-case country code', (b) => { ev(b).country = 'ago'; }, 'unknown country code "ago"'],
    ['country in the wrong file', (b) => { ev(b).country = 'BEN'; }, 'country BEN does not belong in AGO.json'],
    ['unknown sender', (b) => { ev(b).sender = 'US'; }, 'unknown sender country code "US"'],
    // An event whose country is its sender applies to all of that sender's destinations (data/events/USA.json): context only.
    ['sender-wide event with a status', (b) => { ev(b).sender = 'AGO'; }, 'a sender-wide event (country = sender = AGO: it applies to every destination of AGO) never colours a country: its status must be null, not "refused"'],
    ['sender-wide event with a status, in its own file', (b) => { Object.assign(ev(b), { country: 'USA', sender: 'USA', status: 'ended' }); }, 'data/events/USA.json: ago-2025-05-05-refused: a sender-wide event', 'data/events/USA.json'],
    ['malformed date', (b) => { ev(b).date = '5 May 2025'; }, 'date "5 May 2025" is not a real date'],
    ['impossible date', (b) => { ev(b).date = '2025-02-30'; }, 'date "2025-02-30" is not a real date'],
    ['impossible month', (b) => { ev(b).date = '2025-13'; }, 'date "2025-13" is not a real date'],
    ['date after the data was checked', (b) => { ev(b).date = '2027-01-01'; }, 'is after the date the data was checked'],
    ['unknown status', (b) => { ev(b).status = 'rejected'; }, 'unknown status "rejected"'],
    ['quote not verbatim', (b) => { q0(b).text = 'Angola said it does not accept other nationalities.'; }, 'text not found verbatim in source "cbs-2025-05-05-test"'],
    ['missing source', (b) => { q0(b).source = 'nope'; }, 'source "nope" does not exist'],
    ['duplicate event id', (b) => { b.events.push({ ...ev(b) }); }, 'duplicate event id'],
    ['source no event uses', (b) => { q0(b).source = 'nope'; }, 'source is not used by any event'],
    ['status change with no quote', (b) => { ev(b).quotes = []; }, 'a status change (refused) needs at least one quote'],
    ['context event with no quote', (b) => { ev(b).status = null; ev(b).quotes = []; }, 'an event needs at least one quote'],
    ['people not stated in a quote', (b) => { ev(b).people = 250; }, 'people 250 is not a number stated in any of its quotes'],
    ['people not a whole number', (b) => { ev(b).people = 2.5; }, 'people must be a positive whole number'],
    ['unknown event field', (b) => { ev(b).colour = 'red'; }, 'unknown field "colour"'],
    ['bad event id', (b) => { ev(b).id = 'AGO 1'; }, 'id must be lower-case kebab-case'],
    ['missing summary', (b) => { ev(b).summary = ' '; }, 'summary is required'],
    ['reported date with no note', (b) => { ev(b).dateBasis = 'reported'; }, 'a date based on the report needs a dateNote'],
    ['quote language the source lacks', (b) => { q0(b).lang = 'fr'; }, 'lang "fr" is not a language of source'],
    ['events out of date order', (b) => { b.events.push({ ...ev(b), id: 'ago-2025-01-01-earlier', date: '2025-01-01' }); }, 'events must be listed in date order'],
    ['source id differs from its file name', (b) => { b.source.id = 'other-id'; q0(b).source = 'other-id'; }, 'does not match the file name'],
    ['source url not http', (b) => { b.source.url = 'exbulletin.com/x'; }, 'url must be an http(s) address'],
    ['source published impossible', (b) => { b.source.published = '2025-04-31'; }, 'published "2025-04-31" is not a real date'],
    ['copy without via', (b) => { delete b.source.via; }, 'must name the copying site in "via"'],
    ['machine translation without note', (b) => { delete b.source.note; }, 'a machine translation needs a note'],
    ['unknown text kind', (b) => { b.source.textKind = 'scan'; }, 'textKind must be one of'],
    ['inferred date without a note', (b) => { b.source.publishedInferred = true; }, 'an inferred publication date needs a publishedNote'],
    ['authors not a list', (b) => { b.source.authors = 'Camilo'; }, 'authors must be an array'],
    ['unknown source kind', (b) => { b.source.kind = 'blog'; }, 'kind must be one of'],
    ['tracker without its last-updated date', (b) => { b.source.kind = 'tracker'; }, 'pageUpdated is required'],
    ['updated not a day', (b) => { b.source.pageUpdated = '2025-12'; }, 'pageUpdated must be the page'],
    ['peopleBasis without people', (b) => { ev(b).peopleBasis = 'cumulative'; }, 'peopleBasis needs a people count'],
    ['unknown peopleBasis', (b) => { ev(b).peopleBasis = 'estimate'; }, 'peopleBasis must be "cumulative"'],
    ['empty conflict note', (b) => { ev(b).conflict = ''; }, 'conflict must be a non-empty string'],
    // The number check: our prose says no number that the event's quotes, date or people do not.
    ['summary with a number word not in its quotes', (b) => { ev(b).summary = 'Angola refused to take eight people.'; }, 'summary says "eight", a number in none of the event\'s quotes'],
    ['summary with digits not in its quotes', (b) => { ev(b).summary = 'Angola refused 250 people.'; }, 'summary says "250"'],
    ['summary with a hyphenated number word', (b) => { ev(b).summary = 'Angola refused a two-year deal.'; }, 'summary says "two"'],
    ['summary with a day that is not the event\'s', (b) => { ev(b).summary = 'Angola refused on 6 May.'; }, 'summary says "6"'],
    ['summary with a decimal not in its quotes', (b) => { ev(b).summary = 'Angola refused $7.5 million.'; }, 'summary says "7.5"'],
    ['dateNote with a number not in its quotes or dates', (b) => { ev(b).dateNote = 'Said on Monday, 3 days later.'; tr0(b).dateNote = 'El lunes.'; }, 'dateNote says "3"'],
    ['conflict with a number not in its quotes', (b) => { ev(b).conflict = 'Another report says nine.'; tr0(b).conflict = 'Otra noticia dice que no.'; }, 'conflict says "nine"'],
    ['conflict citing a source\'s publication day', (b) => { Object.assign(ev(b), { date: '2025-05-06', conflict: 'A report of 5 May says otherwise.' }); tr0(b).conflict = 'Otra noticia lo niega.'; }, 'conflict says "5"'],
    ['Spanish summary with a number word not in its quotes', (b) => { tr0(b).summary = 'Angola se negó a recibir a catorce personas.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: summary says "catorce"'],
    ['Spanish summary with digits not in its quotes', (b) => { tr0(b).summary = 'Angola rechazó a 14 personas.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: summary says "14"'],
    ['Spanish dateNote with a number not in its quotes or dates', (b) => { ev(b).dateNote = 'On Monday.'; tr0(b).dateNote = 'El lunes, ocho días después.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: dateNote says "ocho"'],
    ['meta without checked', (b) => { (b.meta as Record<string, unknown>).checked = 'yesterday'; }, 'meta.json needs "checked"'],
    // data/i18n/<lang>.json
    ['translation of an unknown event', (b) => { (b.tr.events as Record<string, unknown>)['ago-2099-01-01-nope'] = { summary: 'x' }; }, 'data/i18n/es.json: ago-2099-01-01-nope: no event has this id'],
    ['unknown translation field', (b) => { tr0(b).people = 3; }, 'data/i18n/es.json: ago-2025-05-05-refused: unknown field "people"'],
    ['quotes in a translation', (b) => { tr0(b).quotes = []; }, 'data/i18n/es.json: ago-2025-05-05-refused: unknown field "quotes"'],
    ['empty translated summary', (b) => { tr0(b).summary = ' '; }, 'data/i18n/es.json: ago-2025-05-05-refused: summary must be a non-empty string'],
    ['translated summary missing', (b) => { delete tr0(b).summary; }, 'data/i18n/es.json: ago-2025-05-05-refused: summary is not translated'],
    ['translated dateNote the event lacks', (b) => { tr0(b).dateNote = 'El lunes.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: a translation of dateNote, but the event has no dateNote'],
    ['translated conflict the event lacks', (b) => { tr0(b).conflict = 'Discrepan.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: a translation of conflict, but the event has no conflict'],
    ['event dateNote left untranslated', (b) => { ev(b).dateNote = 'On Monday.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: dateNote is not translated'],
    ['event conflict left untranslated', (b) => { ev(b).conflict = 'They disagree.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: conflict is not translated'],
    ['event with no translation', (b) => { b.tr.events = {}; }, 'data/i18n/es.json: ago-2025-05-05-refused: event is not translated (es)'],
    ['translation not an object', (b) => { (b.tr.events as Record<string, unknown>)['ago-2025-05-05-refused'] = 'Angola dijo que no.'; }, 'data/i18n/es.json: ago-2025-05-05-refused: a translation must be an object'],
    ['translation file without events', (b) => { b.tr = { summaries: {} }; }, 'data/i18n/es.json: (file): a translation file must hold {"events"'],
    ['unknown top-level key in a translation file', (b) => { b.tr.sources = {}; }, 'data/i18n/es.json: (file): unknown field "sources"'],
    // Invisible and look-alike characters: a code is its three ASCII capitals, nothing else.
    ['country code with a zero-width space', (b) => { ev(b).country = 'AGO\u200B'; }, 'unknown country code "AGO\u200B"'],
    ['country code with a zero-width no-break space before it', (b) => { ev(b).country = '\uFEFFAGO'; }, 'unknown country code "\uFEFFAGO"'],
    ['country code with a zero-width joiner inside', (b) => { ev(b).country = 'A\u200DGO'; }, 'unknown country code "A\u200DGO"'],
    ['country code with a Cyrillic А', (b) => { ev(b).country = '\u0410GO'; }, 'unknown country code "\u0410GO"'],
    ['country code with a Cyrillic О', (b) => { ev(b).country = 'AG\u041E'; }, 'unknown country code "AG\u041E"'],
    ['country code with a Greek Omicron', (b) => { ev(b).country = 'AG\u039F'; }, 'unknown country code "AG\u039F"'],
    ['country code in full-width letters', (b) => { ev(b).country = '\uFF21\uFF27\uFF2F'; }, 'unknown country code "\uFF21\uFF27\uFF2F"'],
    ['sender with a Cyrillic А', (b) => { ev(b).sender = 'US\u0410'; }, 'unknown sender country code "US\u0410"'],
    ['sender with a bidi control', (b) => { ev(b).sender = '\u202EUSA'; }, 'unknown sender country code "\u202EUSA"'],
    ['events file named with a look-alike letter', (b) => { ev(b).country = 'AGO'; }, 'data/events/\u0410GO.json: (file): an events file is named after its country', 'data/events/\u0410GO.json'],
    ['events file named with a zero-width space', () => undefined, 'data/events/AGO\u200B.json: (file): an events file is named after its country', 'data/events/AGO\u200B.json'],
    // A quote is the source's text: a character the source does not have, however invisible, is not in it.
    ['quote with a zero-width space the source lacks', (b) => { q0(b).text = '"Angola said that it does not ac\u200Bcept individuals from other nationalities."'; }, 'text not found verbatim in source "cbs-2025-05-05-test"'],
    ['quote with a zero-width joiner the source lacks', (b) => { q0(b).text = '"Angola\u200D said that it does not accept individuals from other nationalities."'; }, 'text not found verbatim'],
    ['quote with a word joiner the source lacks', (b) => { q0(b).text = '"Angola said that it does not accept individuals\u2060 from other nationalities."'; }, 'text not found verbatim'],
    ['quote with a soft hyphen the source lacks', (b) => { q0(b).text = '"Angola said that it does not accept indi\u00ADviduals from other nationalities."'; }, 'text not found verbatim'],
    ['quote with a right-to-left override the source lacks', (b) => { q0(b).text = '"Angola said that it does not accept \u202Eindividuals from other nationalities."'; }, 'text not found verbatim'],
    ['quote with a Cyrillic а for a Latin a', (b) => { q0(b).text = '"\u0410ngola said that it does not accept individuals from other nationalities."'; }, 'text not found verbatim'],
    ['quote with a Greek ο for a Latin o', (b) => { q0(b).text = '"Angola said that it d\u03BFes not accept individuals from other nationalities."'; }, 'text not found verbatim'],
    ['quote with markup the source lacks', (b) => { q0(b).text = '"Angola said that it does not accept <b>individuals</b> from other nationalities."'; }, 'text not found verbatim'],
    // Dangling references and dates after the data's own checked date.
    ['quote naming its source with a zero-width space', (b) => { q0(b).source = 'cbs-2025-05-05-test\u200B'; }, 'source "cbs-2025-05-05-test\u200B" does not exist'],
    ['quote with no source', (b) => { delete q0(b).source; }, 'quote 1: source is required'],
    ['second quote naming a missing source', (b) => { (ev(b).quotes as unknown[]).push({ source: 'cbs-2025-05-06-gone', text: 'In February, 119 people arrived.' }); }, 'quote 2: source "cbs-2025-05-06-gone" does not exist'],
    ['event month after the data was checked', (b) => { ev(b).date = '2026-12'; }, 'date "2026-12" is after the date the data was checked'],
    ['event the day after the data was checked', (b) => { ev(b).date = '2026-11-24'; }, 'date "2026-11-24" is after the date the data was checked'],
    ['source published after the data was checked', (b) => { b.source.published = '2027-01-01'; }, 'published "2027-01-01" is after the date the data was checked'],
    ['source updated after the data was checked', (b) => { b.source.pageUpdated = '2026-11-24'; }, 'pageUpdated "2026-11-24" is after the date the data was checked'],
    // Dated changes (data/README.md, "Dated changes").
    ['event without added', (b) => { delete ev(b).added; }, 'ago-2025-05-05-refused: added must be the YYYY-MM-DD the record entered the data'],
    ['source without added', (b) => { delete b.source.added; }, 'cbs-2025-05-05-test: added must be the YYYY-MM-DD the record entered the data'],
    ['event added to the month only', (b) => { ev(b).added = '2026-11'; }, 'ago-2025-05-05-refused: added must be the YYYY-MM-DD'],
    ['event added on an impossible day', (b) => { ev(b).added = '2026-02-30'; }, 'ago-2025-05-05-refused: added must be the YYYY-MM-DD'],
    ['event updated as a number', (b) => { ev(b).updated = 20261120; }, 'ago-2025-05-05-refused: updated must be the YYYY-MM-DD the record last changed'],
    ['source updated to the month only', (b) => { b.source.updated = '2026-11'; }, 'cbs-2025-05-05-test: updated must be the YYYY-MM-DD the record last changed'],
    ['event added after the data was checked', (b) => { ev(b).added = '2026-11-24'; delete ev(b).updated; }, 'added "2026-11-24" is after the date the data was checked'],
    ['event updated after the data was checked', (b) => { ev(b).updated = '2026-11-24'; }, 'updated "2026-11-24" is after the date the data was checked'],
    ['event updated the day it was added', (b) => { ev(b).updated = '2026-11-01'; }, 'updated "2026-11-01" must be after added "2026-11-01"'],
    ['source updated before it was added', (b) => { b.source.updated = '2026-10-01'; }, 'cbs-2025-05-05-test: updated "2026-10-01" must be after added "2026-11-01"'],
    // A missing field is told what its own schema says of a wrong one (src/data/schema.ts).
    ['event without a summary', (b) => { delete ev(b).summary; }, 'ago-2025-05-05-refused: summary is required'],
    ['event without a date', (b) => { delete ev(b).date; }, 'ago-2025-05-05-refused: date must be a string (YYYY-MM-DD, YYYY-MM or YYYY)'],
    ['event without a status', (b) => { delete ev(b).status; }, 'unknown status "undefined"'],
    ['source without a publisher', (b) => { delete b.source.publisher; }, 'cbs-2025-05-05-test: publisher is required'],
    ['meta that is not an object', (b) => { (b as { meta: unknown }).meta = []; }, 'data/meta.json: checked: meta.json needs "checked"'],
    ['empty speaker', (b) => { q0(b).speaker = ''; }, 'ago-2025-05-05-refused: quote 1: speaker must be a non-empty string when present'],
    ['unknown quote field', (b) => { q0(b).page = 3; }, 'ago-2025-05-05-refused: unknown field "page"'],
    ['translation entry with an unknown field', (b) => { b.source.translations = [{ lang: 'es', by: 'exbulletin.com', note: 'x' }]; }, 'translations must be an array of {lang, by}'],
  ];

  it.each(corpus)('rejects: %s', (_name, mutate, message, file) => {
    const b = base();
    mutate(b);
    const { dataset, errors } = validate(raw(b, file));
    expect(dataset).toBeNull();
    const lines = errors.map(formatIssue);
    expect(lines.some((l) => l.includes(message)), lines.join('\n')).toBe(true);
  });

  it('accepts a quote holding markup or script when its source holds it verbatim: it is text, kept as written', () => {
    const b = base();
    const hostile = 'The placard read <img src=x onerror=alert(1)> and the banner <script>alert(2)</script> in plain text.';
    b.text += `\n${hostile}`;
    (ev(b).quotes as unknown[]).push({ source: 'cbs-2025-05-05-test', text: hostile });
    const { dataset, errors } = validate(raw(b));
    expect(errors).toEqual([]);
    const q = dataset?.events[0]?.quotes[1];
    expect(q?.text).toBe(hostile);
    expect(dataset?.sources[0]?.text.slice(...(q?.at as [number, number]))).toBe(hostile);
  });

  it('accepts a zero-width character in a quote only where its source has it', () => {
    const b = base();
    b.text += '\nThe ministry\u200B said so.';
    (ev(b).quotes as unknown[]).push({ source: 'cbs-2025-05-05-test', text: 'The ministry\u200B said so.' });
    expect(validate(raw(b)).errors).toEqual([]);
    (ev(b).quotes as Record<string, unknown>[])[1] = { source: 'cbs-2025-05-05-test', text: 'The ministry said so.' };
    expect(validate(raw(b)).errors.map(formatIssue).join('\n')).toContain('quote 2: text not found verbatim');
  });

  it('rejects a source id given twice (two files of the same name in different folders)', () => {
    const r = raw(base());
    const [s] = r.sources;
    if (!s?.text) throw new Error('no source');
    r.sources.push({ json: { ...s.json, file: 'data/sources/old/cbs-2025-05-05-test.json' }, text: { ...s.text, file: 'data/sources/old/cbs-2025-05-05-test.txt' } });
    const { dataset, errors } = validate(r);
    expect(dataset).toBeNull();
    expect(errors.map(formatIssue)).toContain('data/sources/old/cbs-2025-05-05-test.json: cbs-2025-05-05-test: duplicate source id (also in data/sources/cbs-2025-05-05-test.json)');
  });

  it('rejects a duplicate event id across two files', () => {
    const b = base();
    const r = raw(b);
    r.events.push({ file: 'data/events/BEN.json', content: JSON.stringify([{ ...ev(b), country: 'BEN' }]) });
    const { dataset, errors } = validate(r);
    expect(dataset).toBeNull();
    expect(errors.map(formatIssue)).toContain('data/events/BEN.json: ago-2025-05-05-refused: duplicate event id (also in data/events/AGO.json)');
  });

  it('names the file and the record in each message', () => {
    const b = base();
    ev(b).status = 'rejected';
    const [first] = validate(raw(b)).errors;
    expect(first).toMatchObject({ file: 'data/events/AGO.json', record: 'ago-2025-05-05-refused' });
  });

  it('rejects a translation file not named after a language, or named English', () => {
    for (const [file, message] of [
      ['data/i18n/spanish.json', 'a translation file is named after its language'],
      ['data/i18n/en.json', 'English is the data\'s own language'],
    ] as const) {
      const { dataset, errors } = validate(raw(base(), undefined, file));
      expect(dataset).toBeNull();
      expect(errors.map(formatIssue).join('\n')).toContain(`${file}: (file): ${message}`);
    }
  });

  it('rejects a malformed translation file without throwing', () => {
    const r = raw(base());
    (r.translations?.[0] as { content: string }).content = '{"events": ';
    expect(validate(r).errors.map(formatIssue).join('\n')).toContain('data/i18n/es.json: (file): not valid JSON');
  });

  it('does not call a broken event\'s translation unknown', () => {
    const b = base();
    ev(b).status = 'rejected';
    const lines = validate(raw(b)).errors.map(formatIssue);
    expect(lines.some((l) => l.includes('unknown status'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('data/i18n/'))).toEqual([]);
  });

  it('rejects malformed JSON without throwing', () => {
    const r = raw(base());
    (r.events[0] as { content: string }).content = '[{"id": ';
    const { errors } = validate(r);
    expect(errors.map(formatIssue).join('\n')).toContain('data/events/AGO.json: (file): not valid JSON');
  });

  it('rejects a source with no text file', () => {
    const r = raw(base());
    (r.sources[0] as { text: unknown }).text = null;
    expect(validate(r).errors.map(formatIssue).join('\n')).toContain('text file cbs-2025-05-05-test.txt is missing');
  });

  it('normalises white space and typographic quotes, nothing else', () => {
    const b = base();
    q0(b).text = '  "Angola said that it does not accept\n individuals   from other nationalities."';
    expect(validate(raw(b)).errors).toEqual([]);
    q0(b).text = '"angola said that it does not accept individuals from other nationalities."';
    expect(validate(raw(b)).errors.length).toBe(1);
  });

  it('accepts a sender-wide event with no status, in the sender\'s own file', () => {
    const b = base();
    Object.assign(ev(b), { country: 'USA', sender: 'USA', status: null });
    const { dataset, errors } = validate(raw(b, 'data/events/USA.json'));
    expect(errors).toEqual([]);
    expect(dataset?.events[0]).toMatchObject({ country: 'USA', sender: 'USA', status: null });
  });

  it('accepts numbers in prose that its quotes, date or people count state, in English and Spanish', () => {
    const b = base();
    b.text += '\nFourteen were sent back, on a flight costing $7.5 million; 5,728 foreigners in all.';
    (ev(b).quotes as unknown[]).push(
      { source: 'cbs-2025-05-05-test', text: 'In February, 119 people arrived.' },
      { source: 'cbs-2025-05-05-test', text: 'Fourteen were sent back, on a flight costing $7.5 million; 5,728 foreigners in all.' },
    );
    Object.assign(ev(b), {
      people: 119,
      summary: 'On 5 May 2025 Angola refused; 119 people had arrived in February, fourteen were sent back ($7.5 million), 5,728 in all.',
      dateNote: 'On Monday, 5 May 2025.',
      conflict: 'Others say 14, or 119.',
    });
    Object.assign(tr0(b), {
      // Spanish number words against an English quote, Spanish decimal and thousands separators
      summary: 'El 5 de mayo de 2025 Angola se negó; en febrero habían llegado 119 personas, catorce fueron devueltas (7,5 millones de dólares), 5.728 en total.',
      dateNote: 'El lunes 5 de mayo de 2025.',
      conflict: 'Otros dicen catorce, o 119.',
    });
    expect(validate(raw(b)).errors).toEqual([]);
  });

  it('accepts, in a dateNote only, the dates of the sources the event quotes', () => {
    const b = base();
    // The source is dated 5 May 2025; the event is the next day.
    Object.assign(ev(b), { date: '2025-05-06', dateNote: '“The next day”, in a report of 5 May 2025: 6 May.' });
    tr0(b).dateNote = '“The next day” (al día siguiente), en una noticia del 5 de mayo de 2025: el 6 de mayo.';
    expect(validate(raw(b)).errors).toEqual([]);
    ev(b).summary = 'Angola said on 5 May it does not accept other nationalities.';
    expect(validate(raw(b)).errors.map(formatIssue)).toEqual([
      'data/events/AGO.json: ago-2025-05-05-refused: summary says "5", a number in none of the event\'s quotes, its date or its people count: quote the passage that states it, or leave it out',
    ]);
  });

  it('accepts a count stated in a quote', () => {
    const b = base();
    (ev(b).quotes as unknown[]).push({ source: 'cbs-2025-05-05-test', text: 'In February, 119 people arrived.' });
    ev(b).people = 119;
    expect(validate(raw(b)).errors).toEqual([]);
  });
});

describe('numbersIn', () => {
  it('finds digits (thousands, decimals, in either language\'s style) and number words of the languages asked for', () => {
    const values = (t: string, langs?: string[]) => numbersIn(t, langs).map((n) => n.value).sort();
    expect(values('5,728 foreigners, $7.5 million, 2.970 y 7,5 millones', ['en'])).toEqual(['2970', '5728', '7.5', '7.5']);
    expect(values('eight men and a two-year limit', ['en'])).toEqual(['2', '8']);
    expect(values('ocho hombres y diez al mes', ['es'])).toEqual(['10', '8']);
    expect(values('ocho hombres', ['en'])).toEqual([]);
    expect(values('Huit migrants', undefined)).toEqual(['8']);
    // Ordinals, pronouns and articles are not numbers; "once" is Spanish only.
    expect(values('the first one, no one, a third country, once', ['en'])).toEqual([]);
    expect(values('llegó una vez, once personas', ['es'])).toEqual(['11']);
  });
});

describe('quoteStatesNumber', () => {
  it('finds whole numbers, with thousands separators, not parts of other numbers', () => {
    expect(quoteStatesNumber('sent 238 alleged members', 238)).toBe(true);
    expect(quoteStatesNumber('65,475 people, 5,728 foreigners', 5728)).toBe(true);
    expect(quoteStatesNumber('1,238 people', 238)).toBe(false);
    expect(quoteStatesNumber('2,380 people', 238)).toBe(false);
    expect(quoteStatesNumber('nearly 300 Venezuelans', 30)).toBe(false);
  });
  it('finds small numbers written as words, in the languages of our sources', () => {
    expect(quoteStatesNumber('A flight on October 13 carried seventeen third country nationals', 17)).toBe(true);
    expect(quoteStatesNumber('“One individual has arrived”', 1)).toBe(true);
    expect(quoteStatesNumber('Huit migrants africains', 8)).toBe(true);
    expect(quoteStatesNumber('A flight on October 13 carried seventeen people', 7)).toBe(false);
    expect(quoteStatesNumber('un acuerdo firmado una vez', 1)).toBe(false);
    expect(quoteStatesNumber('once they arrived', 11)).toBe(false);
    expect(quoteStatesNumber('someone', 1)).toBe(false);
  });
});

/**
 * Stories (data/stories/<id>.json): a small valid data set with three events over five weeks (one
 * of them for every destination, in USA.json) and a story of three steps; each case below breaks
 * one rule of it.
 */
function storyBase() {
  const b = base();
  b.text += '\nOn 2 June 2025 eight officials met in Luanda.\nA judge ruled on 10 June 2025 for every destination.';
  b.events.push({
    id: 'ago-2025-06-02-meeting', date: '2025-06-02', country: 'AGO', sender: 'USA', status: null,
    summary: 'Officials meet in Luanda.',
    quotes: [{ source: 'cbs-2025-05-05-test', text: 'On 2 June 2025 eight officials met in Luanda.' }],
    added: '2026-11-01',
  });
  const usa = [{
    id: 'usa-2025-06-10-ruling', date: '2025-06-10', country: 'USA', sender: 'USA', status: null,
    summary: 'A judge rules for every destination.',
    quotes: [{ source: 'cbs-2025-05-05-test', text: 'A judge ruled on 10 June 2025 for every destination.' }],
    added: '2026-11-01',
  }] as Record<string, unknown>[];
  const trEvents = b.tr.events as Record<string, unknown>;
  trEvents['ago-2025-06-02-meeting'] = { summary: 'Reunión de funcionarios en Luanda.' };
  trEvents['usa-2025-06-10-ruling'] = { summary: 'Un juez falla para todos los destinos.' };
  const story = {
    id: 'angola-story',
    title: 'Angola and the US',
    steps: [
      { date: '2025-05-05', country: 'AGO', region: 'africa', events: ['ago-2025-05-05-refused'], caption: 'On 5 May 2025 Angola said it does not accept other nationalities.' },
      { date: '2025-06-02', country: 'AGO', events: ['ago-2025-06-02-meeting', 'ago-2025-05-05-refused'], caption: 'Eight officials met in Luanda on 2 June.' },
      { date: '2025-06-10', region: 'world', events: ['usa-2025-06-10-ruling'], caption: 'A judge ruled for every destination.' },
    ] as Record<string, unknown>[],
  } as Record<string, unknown>;
  b.tr.stories = {
    'angola-story': {
      title: 'Angola y EE. UU.',
      captions: [
        'El 5 de mayo de 2025 Angola dijo que no acepta otras nacionalidades.',
        'Ocho funcionarios se reunieron en Luanda el 2 de junio.',
        'Un juez falló para todos los destinos.',
      ],
    } as Record<string, unknown>,
  };
  return { ...b, usa, story, storyFile: 'data/stories/angola-story.json', extraStories: [] as RawFile[], extraTr: [] as RawFile[] };
}

type StoryBase = ReturnType<typeof storyBase>;

function storyRaw(b: StoryBase): RawData {
  const r = raw(b);
  r.events.push({ file: 'data/events/USA.json', content: JSON.stringify(b.usa) });
  r.stories = [{ file: b.storyFile, content: JSON.stringify(b.story) }, ...b.extraStories];
  r.translations?.push(...b.extraTr);
  return r;
}

const step = (b: StoryBase, n: number) => (b.story.steps as Record<string, unknown>[])[n] as Record<string, unknown>;
const strTr = (b: StoryBase) => (b.tr.stories as Record<string, Record<string, unknown>>)['angola-story'] as Record<string, unknown>;
const captions = (b: StoryBase) => strTr(b).captions as unknown[];

describe('validate: stories', () => {
  it('accepts the valid story and compiles it, with its day numbers and translations', () => {
    const { dataset, errors } = validate(storyRaw(storyBase()));
    expect(errors.map(formatIssue)).toEqual([]);
    expect(dataset?.stories).toHaveLength(1);
    const s = dataset?.stories?.[0];
    expect(s).toMatchObject({ id: 'angola-story', title: 'Angola and the US' });
    expect(s?.steps.map((st) => [st.date, st.day, st.country, st.region])).toEqual([
      ['2025-05-05', isoToDay('2025-05-05'), 'AGO', 'africa'],
      ['2025-06-02', isoToDay('2025-06-02'), 'AGO', undefined],
      ['2025-06-10', isoToDay('2025-06-10'), undefined, 'world'],
    ]);
    expect(s?.steps[1]?.events).toEqual(['ago-2025-06-02-meeting', 'ago-2025-05-05-refused']);
    expect(s?.tr?.es?.title).toBe('Angola y EE. UU.');
    expect(s?.tr?.es?.captions).toHaveLength(3);
    expect(Object.hasOwn(s?.steps[1] ?? {}, 'region')).toBe(false);
  });

  it('accepts steps on the same date (dates never go back), a step later than its events, and no stories at all', () => {
    const b = storyBase();
    step(b, 1).date = '2025-06-10';
    step(b, 2).date = '2025-06-10';
    expect(validate(storyRaw(b)).errors).toEqual([]);
    expect(validate(raw(base())).dataset?.stories).toEqual([]);
  });

  it('takes a month or year step as its first day: an event later in that month is after it', () => {
    const b = storyBase();
    step(b, 1).date = '2025-06';
    expect(validate(storyRaw(b)).errors.map(formatIssue)).toEqual([
      'data/stories/angola-story.json: angola-story step 2: event "ago-2025-06-02-meeting" is dated 2025-06-02, after the step\'s date "2025-06": a step can only rest on what had happened by then',
    ]);
  });

  // One bad record per rule: [name, mutation, expected message (file: record: reason, or a fragment)]
  const corpus: [string, (b: StoryBase) => void, string][] = [
    ['unknown story field', (b) => { b.story.author = 'Someone'; }, 'data/stories/angola-story.json: angola-story: unknown field "author"'],
    ['unknown step field', (b) => { step(b, 0).zoom = 4; }, 'data/stories/angola-story.json: angola-story step 1: unknown field "zoom"'],
    ['id not kebab-case', (b) => { b.story.id = 'Angola Story'; }, 'data/stories/angola-story.json: Angola Story: id must be lower-case kebab-case'],
    ['id differs from the file name', (b) => { b.story.id = 'angola'; }, 'data/stories/angola-story.json: angola: id "angola" does not match the file name "angola-story"'],
    ['no steps', (b) => { b.story.steps = []; }, 'data/stories/angola-story.json: angola-story: a story needs at least one step'],
    ['steps missing', (b) => { delete b.story.steps; }, 'data/stories/angola-story.json: angola-story: a story needs at least one step'],
    ['a step that is not an object', (b) => { (b.story.steps as unknown[])[1] = '2025-06-02'; }, 'data/stories/angola-story.json: angola-story step 2: a step must be an object'],
    ['malformed step date', (b) => { step(b, 1).date = '2 June 2025'; }, 'angola-story step 2: date "2 June 2025" is not a real date'],
    ['impossible step date', (b) => { step(b, 1).date = '2025-06-31'; }, 'angola-story step 2: date "2025-06-31" is not a real date'],
    ['step date missing', (b) => { delete step(b, 1).date; }, 'angola-story step 2: date null is not a real date'],
    ['step date before the first event', (b) => { step(b, 0).date = '2025-05-04'; }, 'angola-story step 1: date "2025-05-04" is before the first event in the data (2025-05-05)'],
    ['step date after the horizon', (b) => { step(b, 2).date = '2025-06-11'; }, 'angola-story step 3: date "2025-06-11" is after the horizon, the latest date the sources reach (2025-06-10)'],
    ['steps out of date order', (b) => { step(b, 1).date = '2025-06-10'; step(b, 2).date = '2025-06-02'; step(b, 2).events = ['ago-2025-06-02-meeting']; }, 'angola-story step 3: steps must be in date order: "2025-06-02" is before the step before it'],
    ['an event that does not exist', (b) => { step(b, 0).events = ['ago-2025-05-06-nope']; }, 'angola-story step 1: event "ago-2025-05-06-nope" does not exist'],
    ['an event dated after its step', (b) => { step(b, 0).events = ['ago-2025-05-05-refused', 'ago-2025-06-02-meeting']; }, 'angola-story step 1: event "ago-2025-06-02-meeting" is dated 2025-06-02, after the step\'s date "2025-05-05"'],
    ['no events', (b) => { step(b, 0).events = []; }, 'angola-story step 1: events must be a non-empty list of event ids'],
    ['events not a list', (b) => { step(b, 0).events = 'ago-2025-05-05-refused'; }, 'angola-story step 1: events must be a non-empty list of event ids'],
    ['unknown country code', (b) => { step(b, 0).country = 'XYZ'; }, 'angola-story step 1: unknown country code "XYZ"'],
    ['lower-case country code', (b) => { step(b, 0).country = 'ago'; }, 'angola-story step 1: unknown country code "ago"'],
    ['a country with no events in the data', (b) => { step(b, 0).country = 'BEN'; }, 'angola-story step 1: country BEN has no events in the data: there would be nothing to show'],
    ['the sending state as the country', (b) => { step(b, 2).country = 'USA'; }, 'angola-story step 3: country USA is the sending state'],
    ['unknown region', (b) => { step(b, 0).region = 'middle-east'; }, 'angola-story step 1: unknown region "middle-east" (one of world, americas, central-america, africa, europe, asia, oceania)'],
    ['empty caption', (b) => { step(b, 0).caption = ' '; }, 'angola-story step 1: caption is required'],
    ['caption missing', (b) => { delete step(b, 0).caption; }, 'angola-story step 1: caption is required'],
    ['empty title', (b) => { b.story.title = ''; }, 'data/stories/angola-story.json: angola-story: title is required'],
    // The number check: a caption says no number its events' quotes, dates or people counts do not.
    ['caption with digits not in its events', (b) => { step(b, 0).caption = 'Angola refused 119 people.'; }, 'angola-story step 1: caption says "119", a number in none of the step\'s events\' quotes, dates or people counts'],
    ['caption with a number word not in its events', (b) => { step(b, 0).caption = 'Angola refused nine people.'; }, 'angola-story step 1: caption says "nine"'],
    ['caption with a day that is not its events\'', (b) => { step(b, 0).caption = 'Angola refused on 6 May.'; }, 'angola-story step 1: caption says "6"'],
    ['caption with a year that is not its events\'', (b) => { step(b, 0).caption = 'Angola refused in 2024.'; }, 'angola-story step 1: caption says "2024"'],
    ['caption with a number from another step\'s event', (b) => { step(b, 0).caption = 'Angola refused; eight officials.'; }, 'angola-story step 1: caption says "eight"'],
    ['title with a number none of its events states', (b) => { b.story.title = 'Angola in 2019'; }, 'angola-story: title says "2019"'],
    ['malformed story JSON', (b) => { b.extraStories.push({ file: 'data/stories/broken.json', content: '{"id": ' }); }, 'data/stories/broken.json: (file): not valid JSON'],
    ['a story file that is not an object', (b) => { b.extraStories.push({ file: 'data/stories/list.json', content: '[]' }); }, 'data/stories/list.json: (file): a story file must hold one JSON object'],
    ['duplicate story id', (b) => { b.extraStories.push({ file: 'data/stories/other.json', content: JSON.stringify({ ...b.story }) }); }, 'data/stories/other.json: angola-story: duplicate story id (also in data/stories/angola-story.json)'],
    // data/i18n/<lang>.json, "stories"
    ['story not translated', (b) => { b.tr.stories = {}; }, 'data/i18n/es.json: angola-story: story is not translated (es; its file: data/stories/angola-story.json)'],
    ['no stories section at all', (b) => { delete b.tr.stories; }, 'data/i18n/es.json: angola-story: story is not translated (es'],
    ['stories section not an object', (b) => { b.tr.stories = []; }, 'data/i18n/es.json: (file): stories must be an object'],
    ['translation of an unknown story', (b) => { (b.tr.stories as Record<string, unknown>)['nope'] = { title: 'x', captions: [] }; }, 'data/i18n/es.json: nope: no story has this id'],
    ['story translation not an object', (b) => { (b.tr.stories as Record<string, unknown>)['angola-story'] = 'Angola'; }, 'data/i18n/es.json: angola-story: a story\'s translation must be an object'],
    ['unknown field in a story translation', (b) => { strTr(b).steps = []; }, 'data/i18n/es.json: angola-story: unknown field "steps"'],
    ['translated title empty', (b) => { strTr(b).title = ''; }, 'data/i18n/es.json: angola-story: title must be a non-empty string'],
    ['translated captions not a list', (b) => { strTr(b).captions = 'x'; }, 'data/i18n/es.json: angola-story: captions must be a list, one per step'],
    ['a caption too few', (b) => { captions(b).pop(); }, 'data/i18n/es.json: angola-story: 2 captions for 3 steps: translate every step, in order'],
    ['a caption too many', (b) => { captions(b).push('Y más.'); }, 'data/i18n/es.json: angola-story: 4 captions for 3 steps'],
    ['empty translated caption', (b) => { captions(b)[1] = ''; }, 'data/i18n/es.json: angola-story step 2: caption must be a non-empty string'],
    ['Spanish caption with a number word not in its events', (b) => { captions(b)[0] = 'Angola rechazó a nueve personas.'; }, 'data/i18n/es.json: angola-story step 1: caption says "nueve"'],
    ['Spanish caption with digits not in its events', (b) => { captions(b)[2] = 'Un juez falló el 11 de junio.'; }, 'data/i18n/es.json: angola-story step 3: caption says "11"'],
    ['Spanish title with a number none of its events states', (b) => { strTr(b).title = 'Angola en 2019'; }, 'data/i18n/es.json: angola-story: title says "2019"'],
    // any data/i18n/<lang>.json, not only Spanish
    ['a second language without the story', (b) => { b.extraTr.push({ file: 'data/i18n/fr.json', content: JSON.stringify({ events: b.tr.events }) }); }, 'data/i18n/fr.json: angola-story: story is not translated (fr'],
    ['a second language with a caption number not in its events', (b) => {
      const fr = { events: b.tr.events, stories: { 'angola-story': { title: 'Angola et les États-Unis', captions: ['Angola a dit non le 5 mai 2025.', 'Réunion le 3 juin.', 'Un juge a statué.'] } } };
      b.extraTr.push({ file: 'data/i18n/fr.json', content: JSON.stringify(fr) });
    }, 'data/i18n/fr.json: angola-story step 2: caption says "3"'],
  ];

  it.each(corpus)('rejects: %s', (_name, mutate, message) => {
    const b = storyBase();
    mutate(b);
    const { dataset, errors } = validate(storyRaw(b));
    expect(dataset).toBeNull();
    const lines = errors.map(formatIssue);
    expect(lines.some((l) => l.includes(message)), lines.join('\n')).toBe(true);
  });

  it('accepts a second language that translates every story', () => {
    const b = storyBase();
    const fr = { events: b.tr.events, stories: { 'angola-story': { title: 'Angola et les États-Unis', captions: ['Angola a dit non le 5 mai 2025.', 'Réunion le 2 juin.', 'Un juge a statué.'] } } };
    b.extraTr.push({ file: 'data/i18n/fr.json', content: JSON.stringify(fr) });
    const { dataset, errors } = validate(storyRaw(b));
    expect(errors).toEqual([]);
    expect(Object.keys(dataset?.stories?.[0]?.tr ?? {}).sort()).toEqual(['es', 'fr']);
  });

  it('does not call an event that is itself broken missing, nor the translation of a broken story unknown', () => {
    const b = storyBase();
    (b.events[1] as Record<string, unknown>).status = 'rejected';
    b.story.title = '';
    const lines = validate(storyRaw(b)).errors.map(formatIssue);
    expect(lines.some((l) => l.includes('unknown status "rejected"'))).toBe(true);
    expect(lines.some((l) => l.includes('title is required'))).toBe(true);
    expect(lines.filter((l) => l.includes('does not exist') || l.includes('no story has this id'))).toEqual([]);
  });

  it('names the story file and the step in each message', () => {
    const b = storyBase();
    step(b, 1).region = 'mars';
    const errors = validate(storyRaw(b)).errors;
    expect(errors).toEqual([{ file: 'data/stories/angola-story.json', record: 'angola-story step 2', reason: 'unknown region "mars" (one of world, americas, central-america, africa, europe, asia, oceania)' }]);
  });
});

describe('valibot stays out of the app', () => {
  it('the app\'s modules import the schemas and valibot only as types (src/data/schema.ts, src/data/validate.ts are build-time)', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !['data/schema.ts', 'data/validate.ts'].includes(f.replaceAll('\\', '/')));
    expect(files.length).toBeGreaterThan(50);
    // A value import or re-export (`import x from`, `export { x } from`), a bare import, or a dynamic one.
    const target = String.raw`'(?:valibot|[./]+(?:data\/)?(?:schema|validate)\.ts)'`;
    const runtimeImport = new RegExp(String.raw`^(?:import|export) (?!type )[^;]*from ${target}|^import ${target}|import\(\s*${target}`, 'm');
    expect(runtimeImport.test("export { SourceSchema } from '../data/schema.ts';")).toBe(true);
    expect(runtimeImport.test("const v = await import('valibot');")).toBe(true);
    expect(runtimeImport.test("import type { Source } from './schema.ts';")).toBe(false);
    const runtime = files.filter((f) => runtimeImport.test(readFileSync(join(root, f), 'utf8')));
    expect(runtime).toEqual([]);
  });
});

describe('published counts (data/counts/<id>.json)', () => {
  type Obj = Record<string, unknown>;
  /** The valid base plus one count: "Two countries said no: Angola and Benin", of which the map has Angola. */
  function withCount(mutate?: (c: Obj, b: Base, r: RawData) => void) {
    const b = base();
    b.text += '\nTwo countries said no: Angola and Benin. At least two dozen countries were asked.';
    const count: Obj = {
      id: 'paper-2025-refused', by: 'A Paper', asOf: '2025-06', measure: 'status', statuses: ['refused'], figure: 2,
      countries: ['AGO', 'BEN'], complete: true,
      quotes: [{ source: 'cbs-2025-05-05-test', text: 'Two countries said no: Angola and Benin.' }],
      reasons: [{ country: 'BEN', reason: 'not-found-in-stored-source', note: 'No source says Benin refused.' }],
      added: '2026-11-01',
    };
    b.tr.counts = { 'paper-2025-refused': { reasons: { BEN: 'Ninguna fuente dice que Benín se negara.' } } };
    const r = raw(b);
    mutate?.(count, b, r);
    r.translations = [{ file: 'data/i18n/es.json', content: JSON.stringify(b.tr) }];
    r.counts = [...(r.counts ?? []), { file: 'data/counts/paper-2025-refused.json', content: JSON.stringify(count) }];
    return validate(r);
  }
  const reason0 = (c: Obj) => (c.reasons as Obj[])[0] as Obj;
  const trCount = (b: Base) => (b.tr.counts as Record<string, Obj>)['paper-2025-refused'] as Obj;

  it('accepts a count and compiles it: the day compared at, its quotes placed, its reasons and their translation', () => {
    const { dataset, errors } = withCount();
    expect(errors).toEqual([]);
    const c = dataset?.counts?.[0];
    expect(c?.day).toBe(isoToDay('2025-06-30'));
    expect(c?.quotes[0]?.at).toBeDefined();
    expect(c?.reasons).toEqual([{ country: 'BEN', reason: 'not-found-in-stored-source', note: 'No source says Benin refused.' }]);
    expect(c?.tr).toEqual({ es: { reasons: { BEN: 'Ninguna fuente dice que Benín se negara.' } } });
  });

  it("counts a source a count quotes as used, and compiles a reason's quotes", () => {
    const { dataset, errors } = withCount((c, _b, r) => {
      r.sources.push({ json: { file: 'data/sources/paper-2025.json', content: JSON.stringify({ id: 'paper-2025', publisher: 'A Paper', headline: '', authors: [], published: '2025-06', url: 'https://paper.example/', language: 'en', textKind: 'original', added: '2026-11-01' }) }, text: { file: 'data/sources/paper-2025.txt', content: 'Nobody in Benin would say.' } });
      reason0(c).quotes = [{ source: 'paper-2025', text: 'Nobody in Benin would say.' }];
    });
    expect(errors).toEqual([]);
    expect(dataset?.counts?.[0]?.reasons?.[0]?.quotes?.[0]).toMatchObject({ source: 'paper-2025', lang: 'en' });
  });

  it('takes a figure stated in dozens, or as the length of a list that names every country', () => {
    const dozens = withCount((c, b) => {
      Object.assign(c, { figure: 24, qualifier: 'at-least', countries: ['AGO'], complete: false, quotes: [{ source: 'cbs-2025-05-05-test', text: 'At least two dozen countries were asked.' }] });
      delete c.reasons;
      b.tr.counts = {};
      (c.quotes as Obj[]).push({ source: 'cbs-2025-05-05-test', text: 'Angola' });
    });
    expect(dozens.errors).toEqual([]);
    expect(dozens.dataset?.counts?.[0]?.figure).toBe(24);
    // A list of every country is its own figure: HRF's twelve flights' countries, say.
    expect(withCount((c) => { c.quotes = [{ source: 'cbs-2025-05-05-test', text: 'Angola and Benin' }]; }).errors).toEqual([]);
    expect(quoteStatesFigure('sent migrants to two-dozen third countries', 24)).toBe(true);
    expect(quoteStatesFigure('three dozen', 24)).toBe(false);
    expect(quoteStatesFigure('a dozen', 24)).toBe(false);
    expect(quoteStatesFigure('flights to Costa Rica and Panama', 2)).toBe(false);
  });

  const corpus: [string, (c: Obj, b: Base) => void, string][] = [
    ['a figure no quote states', (c) => { Object.assign(c, { figure: 3, complete: false }); }, 'figure 3 is not a number stated in any of its quotes'],
    ['a complete list that is not the figure', (c) => { c.figure = 3; }, 'complete: their figure is 3 but countries names 2'],
    ['a named country the quotes do not name', (c) => { Object.assign(c, { countries: ['AGO', 'BEN', 'NGA'], complete: false }); }, 'countries: NGA (Nigeria) is not named in any of the quotes'],
    ['a country named twice', (c) => { Object.assign(c, { countries: ['AGO', 'BEN', 'AGO'], complete: false }); }, 'countries lists AGO twice'],
    ['countries without complete', (c) => { delete c.complete; }, 'with countries, complete says whether they name every country'],
    ['complete without countries', (c) => { delete c.countries; delete c.reasons; }, 'complete is said of the countries they name'],
    ['an unknown country in the list', (c) => { c.countries = ['AGO', 'XYZ']; }, 'countries: unknown country code "XYZ"'],
    ['a named country the map lacks, with no reason', (c, b) => { delete c.reasons; b.tr.counts = {}; }, "BEN is named by them but is not in the map's count on 2025-06-30: give a reason for it"],
    ["a map country missing from a complete list, with no reason", (c, b) => { Object.assign(c, { countries: ['BEN'], figure: 1, reasons: [{ country: 'BEN', reason: 'borderline', note: 'Unclear.' }] }); trCount(b).reasons = { BEN: 'Dudoso.' }; }, "AGO is in the map's count on 2025-06-30 but not in their list, which names every country: give a reason for it"],
    ['a reason for a country on which they agree', (c, b) => { (c.reasons as Obj[]).push({ country: 'AGO', reason: 'borderline', note: 'Agreed.' }); (trCount(b).reasons as Obj).AGO = 'De acuerdo.'; }, 'a reason for AGO, but the map and their count agree on it on 2025-06-30: leave it out'],
    ['two reasons for one country', (c) => { (c.reasons as Obj[]).push({ ...reason0(c) }); }, 'reasons: BEN is given two reasons'],
    ['an unknown reason', (c) => { reason0(c).reason = 'unclear'; }, 'reason 1: reasons: unknown reason "unclear"'],
    ['a reason without a note', (c) => { reason0(c).note = ' '; }, 'reason 1: reasons: note is required'],
    ["a reason's quote not verbatim", (c) => { reason0(c).quotes = [{ source: 'cbs-2025-05-05-test', text: 'Benin said yes.' }]; }, 'reason 1: quote 1: text not found verbatim in source "cbs-2025-05-05-test"'],
    ['an unknown measure', (c) => { c.measure = 'people'; }, 'unknown measure "people"'],
    ['a status count without statuses', (c) => { delete c.statuses; }, 'a count of measure "status" says which statuses count: statuses is required'],
    ['statuses on a count of transfers', (c) => { c.measure = 'received'; }, 'statuses are for measure "status": leave them out'],
    ['a status given twice', (c) => { c.statuses = ['refused', 'refused']; }, 'statuses lists a status twice'],
    ['an unknown status', (c) => { c.statuses = ['said-no']; }, 'statuses must be a non-empty list of statuses'],
    ['a period on a status count', (c) => { c.from = '2025'; }, 'from is for a count over a period (measure "received")'],
    ['a period that ends before it starts', (c) => { Object.assign(c, { measure: 'received', from: '2025-07', asOf: '2025-06' }); delete c.statuses; }, 'from "2025-07" is after asOf "2025-06"'],
    ['an impossible date', (c) => { c.asOf = '2025-02-30'; }, 'asOf "2025-02-30" is not a real date'],
    ['a date after the data was checked', (c) => { c.asOf = '2027'; }, 'asOf "2027" is after the date the data was checked'],
    ['a figure that is not a whole number', (c) => { c.figure = 2.5; }, 'figure must be a positive whole number'],
    ['an unknown qualifier', (c) => { c.qualifier = 'roughly'; }, 'qualifier must be one of at-least, about'],
    ['no quote', (c) => { c.quotes = []; }, 'a count needs at least one quote'],
    ['a quote not verbatim', (c) => { (c.quotes as Obj[])[0] = { source: 'cbs-2025-05-05-test', text: 'Two countries said no.' }; }, 'text not found verbatim'],
    ['a quote of a missing source', (c) => { (c.quotes as Obj[])[0] = { source: 'nope', text: 'x' }; }, 'quote 1: source "nope" does not exist'],
    ['a number in its note that no quote states', (c, b) => { c.note = 'Nine countries were asked.'; trCount(b).note = 'Se pidió a países.'; }, 'paper-2025-refused: note says "nine"'],
    ["a number in a reason's note", (c) => { reason0(c).note = 'Seven reports say nothing.'; }, 'reasons: BEN: note says "seven"'],
    ['no one who counted', (c) => { c.by = ''; }, 'by is required: who counted'],
    ['an id that is not the file name', (c) => { c.id = 'paper-other'; }, 'id "paper-other" does not match the file name "paper-2025-refused"'],
    ['an unknown field', (c) => { c.colour = 'red'; }, 'unknown field "colour"'],
    ['no added date', (c) => { delete c.added; }, 'added must be the YYYY-MM-DD the record entered the data'],
    // data/i18n/<lang>.json, "counts"
    ['a count with prose left untranslated', (_c, b) => { b.tr.counts = {}; }, 'data/i18n/es.json: paper-2025-refused: published count is not translated (es'],
    ["a reason's note left untranslated", (_c, b) => { trCount(b).reasons = {}; }, "data/i18n/es.json: paper-2025-refused: reasons: BEN: the reason's note is not translated (es)"],
    ['a translated reason the count does not give', (_c, b) => { (trCount(b).reasons as Obj).AGO = 'Otra.'; }, 'data/i18n/es.json: paper-2025-refused: reasons: AGO: the count gives no reason for this country'],
    ['a translated note the count lacks', (_c, b) => { trCount(b).note = 'Una nota.'; }, 'data/i18n/es.json: paper-2025-refused: a translation of note, but the count has no note'],
    ['a note left untranslated', (c) => { c.note = 'Their list is short.'; }, 'data/i18n/es.json: paper-2025-refused: note is not translated (the count has one)'],
    ['a Spanish reason note with a number no quote states', (_c, b) => { (trCount(b).reasons as Obj).BEN = 'Tres fuentes no dicen nada.'; }, 'data/i18n/es.json: paper-2025-refused: reasons: BEN: note says "tres"'],
    ['a translation of an unknown count', (_c, b) => { (b.tr.counts as Obj)['paper-nope'] = { note: 'x' }; }, 'data/i18n/es.json: paper-nope: no published count has this id'],
    ['an unknown field in a count translation', (_c, b) => { trCount(b).figure = 3; }, 'data/i18n/es.json: paper-2025-refused: unknown field "figure"'],
  ];

  it.each(corpus)('rejects: %s', (_name, mutate, message) => {
    const { dataset, errors } = withCount(mutate);
    expect(dataset).toBeNull();
    const lines = errors.map(formatIssue);
    expect(lines.some((l) => l.includes(message)), lines.join('\n')).toBe(true);
  });

  it('rejects a count file that is not JSON, or not an object, without throwing', () => {
    for (const [content, message] of [['{"id": ', 'not valid JSON'], ['[]', 'a count file must hold one JSON object']] as const) {
      const r = raw(base());
      r.counts = [{ file: 'data/counts/x.json', content }];
      expect(validate(r).errors.map(formatIssue).join('\n')).toContain(`data/counts/x.json: (file): ${message}`);
    }
  });

  it('rejects a count id given twice', () => {
    const b = base();
    b.text += '\nTwo countries said no: Angola and Benin.';
    const c = { id: 'paper', by: 'P', asOf: '2025', measure: 'status', statuses: ['refused'], figure: 1, quotes: [{ source: 'cbs-2025-05-05-test', text: 'Two countries said no' }], added: '2026-11-01' };
    const r = raw(b);
    r.counts = [{ file: 'data/counts/paper.json', content: JSON.stringify(c) }, { file: 'data/counts/old/paper.json', content: JSON.stringify(c) }];
    expect(validate(r).errors.map(formatIssue)).toContain('data/counts/old/paper.json: paper: duplicate count id (also in data/counts/paper.json)');
  });
});
