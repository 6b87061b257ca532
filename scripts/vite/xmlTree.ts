/**
 * A small, strict XML 1.0 reader for the tests of what the build writes as XML (the Atom feed,
 * feed.ts): the document as a tree of elements, attributes and text, or an error naming what is
 * not well-formed (an unknown or malformed entity, a bare `&` or `<`, a tag closed out of order,
 * a repeated attribute, a character XML does not allow, more than one root). No DTDs: a
 * DOCTYPE is an error. Namespaces are left to the caller (names are as written: `xml:base`).
 */

export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
}
type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
/** What XML 1.0 allows as a character (its `Char` production). */
const NOT_A_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference's code point as text, if XML allows that character. */
function charRef(code: number): string | null {
  if (!Number.isInteger(code) || code > 0x10ffff) return null;
  const c = String.fromCodePoint(code);
  return NOT_A_CHAR.test(c) ? null : c;
}

/** Text or an attribute value with its references resolved; throws on a bare `&` or an unknown entity. */
function unescape(raw: string, where: () => string): string {
  return raw.replace(/&([^;&\s]*)(;?)/g, (_, ref: string, semi: string) => {
    if (semi !== ';') throw new Error(`${where()}: "&" that starts no reference`);
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    const c = m ? charRef(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2])) : ENTITIES[ref];
    if (c === undefined || c === null) throw new Error(`${where()}: unknown or invalid reference &${ref};`);
    return c;
  });
}

/** Parses a whole document; throws with the offset of the first thing that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const bad = NOT_A_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index} is not allowed in XML`);
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: ${JSON.stringify(xml.slice(at, at + 30))}`);
  };
  const where = () => `at ${at}`;
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    at = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(xml);
    if (!m) return fail('a name expected');
    at = NAME.lastIndex;
    return m[0];
  };
  const until = (end: string, what: string): string => {
    const i = xml.indexOf(end, at);
    if (i < 0) return fail(`${what} not closed`);
    const body = xml.slice(at, i);
    at = i + end.length;
    return body;
  };
  /** Comments and processing instructions, and space, between markup outside the root. */
  const misc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', at)) {
        at += 4;
        if (until('-->', 'comment').includes('--')) fail('"--" inside a comment');
      } else if (xml.startsWith('<?', at)) {
        at += 2;
        if (/^xml\b/i.test(name())) fail('an XML declaration not at the start');
        until('?>', 'processing instruction');
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('"<" expected');
    at++;
    const tag = name();
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attrs, children: [] };
      }
      if (xml[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('space expected before an attribute');
      const key = name();
      skipSpace();
      if (xml[at] !== '=') fail('"=" expected');
      at++;
      skipSpace();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") return fail('a quoted value expected');
      at++;
      const raw = until(quote, 'attribute value');
      if (raw.includes('<')) fail(`"<" in the value of ${key}`);
      if (Object.hasOwn(attrs, key)) fail(`attribute ${key} given twice`);
      attrs[key] = unescape(raw, where);
    }
    const children: XmlNode[] = [];
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) fail(`<${tag}> not closed`);
      const text = xml.slice(at, lt);
      if (text.includes(']]>')) fail('"]]>" in text');
      if (text) children.push(unescape(text, where));
      at = lt;
      if (xml.startsWith('</', at)) {
        at += 2;
        const end = name();
        if (end !== tag) fail(`</${end}> closes <${tag}>`);
        skipSpace();
        if (xml[at] !== '>') fail('">" expected');
        at++;
        return { name: tag, attrs, children };
      }
      if (xml.startsWith('<![CDATA[', at)) {
        at += 9;
        children.push(until(']]>', 'CDATA section'));
      } else if (xml.startsWith('<!--', at)) {
        at += 4;
        if (until('-->', 'comment').includes('--')) fail('"--" inside a comment');
      } else if (xml.startsWith('<?', at)) {
        at += 2;
        until('?>', 'processing instruction');
      } else if (xml.startsWith('<!', at)) {
        fail('a declaration inside an element');
      } else children.push(element());
    }
  };
  if (xml.startsWith('<?xml', 0)) {
    at = 5;
    const decl = until('?>', 'XML declaration');
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(decl)) fail('a malformed XML declaration');
  }
  misc();
  if (xml.startsWith('<!DOCTYPE', at)) fail('a DOCTYPE (not read here)');
  const root = element();
  misc();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

/** An element's child elements, all or those of one name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** An element's text (its own and its descendants'), as a reader would get it. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
