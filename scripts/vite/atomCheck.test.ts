import { describe, expect, it } from 'vitest';
import { atomProblems } from './atomCheck.ts';

const NS = 'http://www.w3.org/2005/Atom';
const entry = (body: string) => `<entry>${body}</entry>`;
const ENTRY = entry('<id>urn:uuid:1</id><title>t</title><updated>2026-01-01T00:00:00Z</updated><link href="./x"/>');
const feed = (body: string, entries = ENTRY) => `<feed xmlns="${NS}">${body}${entries}</feed>`;
const HEAD = '<id>urn:x:feed</id><title>T</title><updated>2026-01-01T00:00:00Z</updated><author><name>A</name></author><link rel="self" href="feed.xml"/>';

describe('atomProblems', () => {
  it('passes a minimal feed', () => {
    expect(atomProblems(feed(HEAD))).toEqual([]);
  });

  it('finds what RFC 4287 requires and a feed lacks', () => {
    expect(atomProblems('<rss/>')).toEqual([expect.stringMatching(/not Atom's <feed>/)]);
    expect(atomProblems(feed(HEAD.replace('<id>urn:x:feed</id>', '')))).toEqual(['feed: 0 <id> (exactly one required)']);
    expect(atomProblems(feed(`${HEAD}<title>again</title>`))).toEqual(['feed: 2 <title> (exactly one required)']);
    expect(atomProblems(feed(HEAD.replace('<link rel="self" href="feed.xml"/>', '')))).toEqual(['feed: no <link rel="self">']);
    expect(atomProblems(feed(HEAD.replace('2026-01-01T00:00:00Z', '2026-01-01')))).toEqual(['feed: <updated> "2026-01-01" is not an RFC 3339 date-time']);
    expect(atomProblems(feed(HEAD.replace('urn:x:feed', 'feed 1')))).toEqual(['feed: id "feed 1" is not an absolute IRI']);
    expect(atomProblems(feed(HEAD.replace('<author><name>A</name></author>', '')))).toEqual(['entry 1 (urn:uuid:1): no author, and the feed has none']);
    expect(atomProblems(feed(HEAD, entry('<id>urn:uuid:1</id><title>t</title><updated>2026-01-01T00:00:00z</updated>')))).toEqual([
      'entry 1 (urn:uuid:1): <updated> "2026-01-01T00:00:00z" is not an RFC 3339 date-time',
      'entry 1 (urn:uuid:1): neither <content> nor <link rel="alternate">',
    ]);
    expect(atomProblems(feed(HEAD, `${ENTRY}${ENTRY}`))).toEqual(['entry 2 (urn:uuid:1): id given to another entry']);
    expect(atomProblems(feed(HEAD, `${ENTRY}<title>late</title>`))).toEqual(['feed: 2 <title> (exactly one required)', 'feed: metadata after the first entry']);
    expect(atomProblems(feed(HEAD, entry('<id>urn:uuid:2</id><title type="markdown">t</title><updated>2026-01-01T00:00:00Z</updated><link href="a"/><link rel="alternate" href="b"/>')))).toEqual([
      'entry 1 (urn:uuid:2): <title> of type markdown',
      'entry 1 (urn:uuid:2): two alternate links of the same type and hreflang',
    ]);
  });
});
