/**
 * What RFC 4287 requires of an Atom feed document, checked on its text: for the tests of the
 * feed (feed.test.ts, e2e/feed.spec.ts). Well-formedness is xmlTree.ts's; this reads the tree.
 */
import { childElements, parseXml, textOf, type XmlElement } from './xmlTree.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time as RFC 4287 section 3.3 has it: "T" and "Z" in upper case. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI: a scheme, then no space or character IRIs exclude. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u;
const TEXT_TYPES = ['text', 'html', 'xhtml'];

/** A link's relation: "alternate" when it has none (section 4.2.7.2). */
const relOf = (l: XmlElement): string => l.attrs.rel ?? 'alternate';

/** The problems with a feed or entry's own children (the checks both share), each prefixed by `where`. */
function commonProblems(el: XmlElement, where: string, once: readonly string[], atMostOnce: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of once) {
    const n = childElements(el, name).length;
    if (n !== 1) out.push(`${where}: ${n} <${name}> (exactly one required)`);
  }
  for (const name of atMostOnce) {
    const n = childElements(el, name).length;
    if (n > 1) out.push(`${where}: ${n} <${name}> (at most one)`);
  }
  const id = childElements(el, 'id')[0];
  if (id && !IRI.test(textOf(id))) out.push(`${where}: id ${JSON.stringify(textOf(id))} is not an absolute IRI`);
  for (const name of ['updated', 'published']) {
    for (const d of childElements(el, name)) {
      if (!DATE_TIME.test(textOf(d)) || Number.isNaN(Date.parse(textOf(d)))) out.push(`${where}: <${name}> ${JSON.stringify(textOf(d))} is not an RFC 3339 date-time`);
    }
  }
  for (const name of ['title', 'subtitle', 'summary', 'rights']) {
    for (const t of childElements(el, name)) {
      if (t.attrs.type !== undefined && !TEXT_TYPES.includes(t.attrs.type)) out.push(`${where}: <${name}> of type ${t.attrs.type}`);
    }
  }
  const links = childElements(el, 'link');
  for (const l of links) if (!l.attrs.href) out.push(`${where}: a <link> without href`);
  const alternates = links.filter((l) => relOf(l) === 'alternate').map((l) => `${l.attrs.type ?? ''} ${l.attrs.hreflang ?? ''}`);
  if (new Set(alternates).size !== alternates.length) out.push(`${where}: two alternate links of the same type and hreflang`);
  for (const a of [...childElements(el, 'author'), ...childElements(el, 'contributor')]) {
    if (childElements(a, 'name').length !== 1) out.push(`${where}: a person without exactly one <name>`);
  }
  return out;
}

/** Every way `xml` falls short of an Atom 1.0 feed document ([] when it does not); throws if it is not well-formed XML. */
export function atomProblems(xml: string): string[] {
  const feed = parseXml(xml);
  if (feed.name !== 'feed' || feed.attrs.xmlns !== ATOM_NS) return [`the root is <${feed.name} xmlns="${feed.attrs.xmlns ?? ''}">, not Atom's <feed>`];
  const out = commonProblems(feed, 'feed', ['id', 'title', 'updated'], ['subtitle', 'rights', 'icon', 'logo', 'generator']);
  if (!childElements(feed, 'link').some((l) => relOf(l) === 'self')) out.push('feed: no <link rel="self">');
  const kids = childElements(feed);
  const firstEntry = kids.findIndex((k) => k.name === 'entry');
  if (firstEntry >= 0 && kids.slice(firstEntry).some((k) => k.name !== 'entry')) out.push('feed: metadata after the first entry');
  const entries = childElements(feed, 'entry');
  const feedHasAuthor = childElements(feed, 'author').length > 0;
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const id = childElements(e, 'id')[0];
    const where = `entry ${i + 1}${id ? ` (${textOf(id)})` : ''}`;
    out.push(...commonProblems(e, where, ['id', 'title', 'updated'], ['published', 'summary', 'content', 'rights', 'source']));
    if (!feedHasAuthor && childElements(e, 'author').length === 0) out.push(`${where}: no author, and the feed has none`);
    if (childElements(e, 'content').length === 0 && !childElements(e, 'link').some((l) => relOf(l) === 'alternate')) {
      out.push(`${where}: neither <content> nor <link rel="alternate">`);
    }
    if (id) {
      if (ids.has(textOf(id))) out.push(`${where}: id given to another entry`);
      ids.add(textOf(id));
    }
  });
  return out;
}
