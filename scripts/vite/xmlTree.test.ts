import { describe, expect, it } from 'vitest';
import { childElements, parseXml, textOf } from './xmlTree.ts';

describe('parseXml', () => {
  it('reads elements, attributes, text, references and CDATA', () => {
    const doc = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a xmlns="urn:x" xml:lang='en'><b k="1 &amp; 2 &lt;3&gt; &quot;q&quot; &apos;">x &amp; y &#233; &#x1F600;</b><b/><![CDATA[<raw> & ]]><?pi data?></a>\n`);
    expect(doc.name).toBe('a');
    expect(doc.attrs).toEqual({ xmlns: 'urn:x', 'xml:lang': 'en' });
    const [b1, b2] = childElements(doc, 'b');
    expect(b1?.attrs.k).toBe(`1 & 2 <3> "q" '`);
    expect(textOf(b1 as never)).toBe('x & y é 😀');
    expect(b2?.children).toEqual([]);
    expect(textOf(doc)).toBe('x & y é 😀<raw> & ');
  });

  it('rejects what is not well-formed', () => {
    const bad: [string, RegExp][] = [
      ['<a>x & y</a>', /"&" that starts no reference/],
      ['<a>&nbsp;</a>', /unknown or invalid reference &nbsp;/],
      ['<a>&#0;</a>', /invalid reference/],
      ['<a>&#xD800;</a>', /invalid reference/],
      ['<a k="<">x</a>', /"<" in the value of k/],
      ['<a k="1" k="2"/>', /given twice/],
      ['<a k=1/>', /quoted value expected/],
      ['<a><b></a></b>', /<\/a> closes <b>/],
      ['<a>', /not closed/],
      ['<a/><b/>', /content after the root/],
      ['<a>]]></a>', /"]]>" in text/],
      ['<a>\u0001</a>', /U\+0001 .* not allowed/],
      ['<a>\uFFFE</a>', /U\+FFFE .* not allowed/],
      ['<!DOCTYPE a><a/>', /DOCTYPE/],
      ['<a><!ENTITY x "y"></a>', /declaration inside/],
      [' <?xml version="1.0"?><a/>', /XML declaration not at the start/],
      ['<?xml version="2"?><a/>', /malformed XML declaration/],
      ['<a><!-- a -- b --></a>', /"--" inside a comment/],
      ['<a k="1"k="2"/>', /space expected/],
      ['text', /"<" expected/],
    ];
    for (const [xml, message] of bad) expect(() => parseXml(xml), xml).toThrow(message);
  });
});
