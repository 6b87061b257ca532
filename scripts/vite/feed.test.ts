import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileData } from '../compileData.ts';
import type { Dataset } from '../../src/data/types.ts';
import { atomProblems } from './atomCheck.ts';
import { entryId, FEED_ID, feedXml, uuidV5, xmlText } from './feed.ts';
import { childElements, parseXml, textOf, type XmlElement } from './xmlTree.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = `${ROOT}e2e/fixtures/data`;

const one = (el: XmlElement, name: string): XmlElement => {
  const found = childElements(el, name);
  if (found.length !== 1) throw new Error(`${found.length} <${name}> in <${el.name}>`);
  return found[0] as XmlElement;
};
const text = (el: XmlElement, name: string): string => textOf(one(el, name));
const link = (el: XmlElement, rel: string): string | undefined => childElements(el, 'link').find((l) => (l.attrs.rel ?? 'alternate') === rel)?.attrs.href;

describe('the Atom feed of the tests’ data set', () => {
  let dataset: Dataset;
  let feed: XmlElement;
  let entries: XmlElement[];
  beforeAll(() => {
    const c = compileData(ROOT, { dataDir: FIXTURE });
    if (!c.dataset) throw new Error(c.errors.join('\n'));
    dataset = c.dataset;
    feed = parseXml(feedXml(dataset, { siteUrl: null, repository: null }));
    entries = childElements(feed, 'entry');
  });

  it('is a well-formed Atom 1.0 document with what RFC 4287 requires', () => {
    expect(atomProblems(feedXml(dataset, { siteUrl: null, repository: null }))).toEqual([]);
    expect(atomProblems(feedXml(dataset, { siteUrl: 'https://example.org/map/', repository: 'https://example.org/code' }))).toEqual([]);
    expect(feed.attrs['xml:lang']).toBe('en');
    expect(text(feed, 'id')).toBe(FEED_ID);
    expect(text(feed, 'title')).toBe('US third-country deportations: changes to the data');
    expect(text(one(feed, 'author'), 'name')).toBe('US third-country deportations');
  });

  it('has one entry per event, newest change first, the feed updated at the newest', () => {
    expect(entries).toHaveLength(dataset.events.length);
    expect(entries).toHaveLength(22);
    // The six records the fixture added or changed after the rest (e2e/fixtures/data/README.md, "Dated changes").
    // Two changed on 2026-06-25 (the later event first), one added on 06-20, three changed on 06-10.
    const ids = entries.map((e) => text(e, 'id'));
    expect(ids.slice(0, 6)).toEqual([
      'usa-2026-02-25-ruling', 'slv-2025-03-15-receiving', 'pan-2026-05-15-talks', 'cod-2026-03-01-agreement', 'kna-2026-01-05-agreement', 'mex-2025-06-20-receiving',
    ].map(entryId));
    expect(entries.slice(0, 7).map((e) => text(e, 'updated'))).toEqual([
      '2026-06-25T00:00:00Z', '2026-06-25T00:00:00Z', '2026-06-20T00:00:00Z', '2026-06-10T00:00:00Z', '2026-06-10T00:00:00Z', '2026-06-10T00:00:00Z', '2026-05-20T00:00:00Z',
    ]);
    expect(text(feed, 'updated')).toBe('2026-06-25T00:00:00Z');
    const updated = entries.map((e) => text(e, 'updated'));
    expect(updated).toEqual([...updated].sort().reverse());
    // Every event once, each entry with its record's dates.
    const byId = new Map(dataset.events.map((e) => [entryId(e.id), e]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const en of entries) {
      const e = byId.get(text(en, 'id'));
      expect(e).toBeDefined();
      expect(text(en, 'updated')).toBe(`${e?.updated ?? e?.added}T00:00:00Z`);
      expect(text(en, 'published')).toBe(`${e?.added}T00:00:00Z`);
      expect(text(en, 'summary')).toBe(e?.summary);
    }
    // The same order on every build, whatever order the files give.
    const reversed = { ...dataset, events: [...dataset.events].reverse() };
    expect(feedXml(reversed, { siteUrl: null, repository: null })).toBe(feedXml(dataset, { siteUrl: null, repository: null }));
  });

  it('titles each entry with the country, the status or context, and the event’s date', () => {
    const titleOf = (id: string) => text(entries.find((e) => text(e, 'id') === entryId(id)) as XmlElement, 'title');
    expect(titleOf('slv-2025-03-15-receiving')).toBe('El Salvador: Receiving deportees (15 March 2025)');
    expect(titleOf('pan-2026-05-15-talks')).toBe('Panama: Context (15 May 2026)');
    expect(titleOf('usa-2026-02-25-ruling')).toBe('Every destination: Context (25 February 2026)');
    expect(titleOf('gtm-2019-07-agreement')).toBe('Guatemala: Agreement (July 2019)');
  });

  it('links each entry to the map at its country and date: relative to the feed without a site address, absolute with one', () => {
    const [usa, slv] = entries;
    expect(link(slv as XmlElement, 'alternate')).toBe('./?date=2025-03-15&country=SLV');
    // An event of every destination selects no country.
    expect(link(usa as XmlElement, 'alternate')).toBe('./?date=2026-02-25');
    expect(link(feed, 'self')).toBe('feed.xml');
    expect(link(feed, 'alternate')).toBe('./');
    // Resolved against the feed's own address, as RFC 4287 has it: the page beside it.
    expect(new URL(link(slv as XmlElement, 'alternate') as string, 'https://example.org/maps/tcdm/feed.xml').href).toBe('https://example.org/maps/tcdm/?date=2025-03-15&country=SLV');

    const abs = parseXml(feedXml(dataset, { siteUrl: 'https://example.org/map/', repository: null }));
    expect(link(abs, 'self')).toBe('https://example.org/map/feed.xml');
    expect(link(abs, 'alternate')).toBe('https://example.org/map/');
    expect(link(childElements(abs, 'entry')[1] as XmlElement, 'alternate')).toBe('https://example.org/map/?date=2025-03-15&country=SLV');
    expect(text(one(abs, 'author'), 'uri')).toBe('https://example.org/map/');
    // Ids do not depend on where the site is.
    expect(childElements(abs, 'entry').map((e) => text(e, 'id'))).toEqual(entries.map((e) => text(e, 'id')));
    expect(text(abs, 'id')).toBe(FEED_ID);
  });

  it('escapes markup, ampersands and quotes, and drops characters XML cannot hold', () => {
    const hostile = { ...dataset, events: dataset.events.map((e, i) => (i === 0 ? { ...e, summary: `Tom & "Jerry" <script>alert('x')</script> ]]> \u0001\uD800 end` } : e)) };
    const xml = feedXml(hostile, { siteUrl: 'https://example.org/a&b/', repository: null });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    const doc = parseXml(xml);
    const first = childElements(doc, 'entry').find((e) => text(e, 'summary').startsWith('Tom'));
    expect(text(first as XmlElement, 'summary')).toBe(`Tom & "Jerry" <script>alert('x')</script> ]]> \uFFFD\uFFFD end`);
    expect(link(doc, 'self')).toBe('https://example.org/a&b/feed.xml');
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('says the data set’s checked date when it has no event', () => {
    const empty = parseXml(feedXml({ checked: '2026-06-30', events: [] }, { siteUrl: null, repository: null }));
    expect(text(empty, 'updated')).toBe('2026-06-30T00:00:00Z');
    expect(childElements(empty, 'entry')).toEqual([]);
  });
});

describe('entry ids', () => {
  it('are name-based UUIDs (RFC 9562 version 5), the same for an event id on every build', () => {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(entryId('slv-2025-03-15-receiving')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Published ids: these never change (docs/INTERFACES.md, "The Atom feed").
    expect(FEED_ID).toBe('urn:uuid:ee879237-a3a0-5d2d-abd6-b77d945eb12c');
    expect(entryId('slv-2025-03-15-receiving')).toBe('urn:uuid:5d35b80a-5bc4-5b7f-b96b-fc5bd4dedc4d');
    expect(entryId('slv-2025-03-15-receiving')).not.toBe(entryId('slv-2025-03-15-receiving2'));
  });
});
