/**
 * Matching a quote to its source: both are compared after collapsing white space and
 * straightening typographic quotation marks, so a quote copied from a rendered page still
 * matches the text file. (Search folds names differently: foldForSearch in src/search.)
 */

const QUOTE_MAP: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u2033': '"',
};

export interface QuoteMatchText {
  text: string;
  /** For each character of `text`, its index in the original string. */
  map: number[];
}

/** Collapses white space runs to one space, trims, and straightens typographic quotes. */
export function quoteMatchTextWithMap(raw: string): QuoteMatchText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += QUOTE_MAP[ch] ?? ch;
    map.push(i);
  }
  return { text, map };
}

export function quoteMatchText(raw: string): string {
  return quoteMatchTextWithMap(raw).text;
}

/**
 * Finds `quote` in `source` after normalising both; returns the [start, end) span in the raw
 * source text, or null when it is not there.
 */
export function findQuote(source: QuoteMatchText, rawSource: string, quote: string): [number, number] | null {
  const q = quoteMatchText(quote);
  if (q.length === 0) return null;
  const at = source.text.indexOf(q);
  if (at < 0) return null;
  const start = source.map[at] as number;
  const last = source.map[at + q.length - 1] as number;
  return [start, Math.min(rawSource.length, last + 1)];
}
