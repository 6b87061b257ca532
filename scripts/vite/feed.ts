/**
 * The Atom feed of the data's changes, `feed.xml` (RFC 4287; docs/INTERFACES.md, "The Atom feed"):
 * one entry per event, newest change first (src/about/recentChanges.ts, the order About's "Recent
 * changes" lists), written by the site plugin from the build's one data set (sitePlugin.ts,
 * `generateBundle`). Build-time only; pure.
 *
 * - Ids are `urn:uuid:` name-based UUIDs (RFC 9562, version 5) of the event's id in the project's
 *   namespace (FEED_NAMESPACE): the same on every build and every host, and anyone can work one
 *   out from an event id. An event whose record changes keeps its id; its `updated` moves.
 * - Links open the map at the event's country and first day (`?date=…&country=…`; an event of
 *   every destination has no country). With the site's address (TCDM_SITE_URL) every link is
 *   absolute. Without it they are relative to the feed's own address, which RFC 4287 (section
 *   2, through RFC 3986's base of the retrieved document) makes their base: `./?date=…` beside
 *   `feed.xml` (docs/HOSTING.md, "Link previews", says what readers make of that).
 */
import { createHash } from 'node:crypto';
import { changes, changeTitle, FEED_FILE, mapQuery } from '../../src/about/recentChanges.ts';
import type { Dataset } from '../../src/data/types.ts';
import en from '../../src/i18n/catalogues/en.ts';

export { FEED_FILE };
export const FEED_TYPE = 'application/atom+xml';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * The namespace of the feed's UUIDs, made once at random for this project: never change it, or
 * every reader sees every entry again as new.
 */
const FEED_NAMESPACE = '7b2fd34f-975a-49b6-8db1-c85b9191a964';

/** A name-based UUID, version 5 (SHA-1; RFC 9562, section 5.5), of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const b = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The feed's own id. */
export const FEED_ID = `urn:uuid:${uuidV5(FEED_NAMESPACE, 'feed')}`;

/** An event's entry id: stable for as long as the event keeps its id. */
export const entryId = (eventId: string): string => `urn:uuid:${uuidV5(FEED_NAMESPACE, `event:${eventId}`)}`;

/** A YYYY-MM-DD day as an RFC 3339 date-time: its start, UTC. */
const dateTime = (day: string): string => `${day}T00:00:00Z`;

/**
 * Text for XML: the five markup characters escaped, and any character XML 1.0 does not allow
 * (control characters, lone surrogates) replaced by U+FFFD so the document stays well-formed.
 */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedOptions {
  /** The site's absolute address (parseSiteUrl: ends in "/"), or null: links relative to the feed. */
  siteUrl: string | null;
  /** The repository's web address, for the author's uri, or null. */
  repository: string | null;
}

/** The feed of a data set's changes, as an Atom 1.0 document. */
export function feedXml(dataset: Pick<Dataset, 'events' | 'checked'>, o: FeedOptions): string {
  const at = (ref: string): string => (o.siteUrl ? new URL(ref, o.siteUrl).href : ref);
  const all = changes(dataset.events);
  const newest = all[0]?.on ?? dataset.checked;
  const author = [`<name>${xmlText(en.title)}</name>`, ...(o.repository ?? o.siteUrl ? [`<uri>${xmlText((o.repository ?? o.siteUrl) as string)}</uri>`] : [])];
  const entries = all.map(({ event: e }) => [
    '  <entry>',
    `    <id>${entryId(e.id)}</id>`,
    `    <title>${xmlText(changeTitle(e, en))}</title>`,
    `    <updated>${dateTime(e.updated ?? e.added)}</updated>`,
    `    <published>${dateTime(e.added)}</published>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(at(`./${mapQuery(e)}`))}"/>`,
    `    <summary>${xmlText(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="en">`,
    `  <id>${FEED_ID}</id>`,
    `  <title>${xmlText(en.changes.feedTitle)}</title>`,
    `  <updated>${dateTime(newest)}</updated>`,
    `  <author>${author.join('')}</author>`,
    `  <link rel="self" type="${FEED_TYPE}" href="${xmlText(at(FEED_FILE))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(at('./'))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
