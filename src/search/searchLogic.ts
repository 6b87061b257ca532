/**
 * Country search, pure: an index of every country under its names in each shipped language,
 * matched accent-, case- and punctuation-insensitively, ranked, and labelled in the reader's
 * language (with the name that matched in brackets when it was another language's).
 */

/** Letters that NFD does not split into a base letter and a diacritic. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A name or a query reduced for matching: decomposed (NFD), diacritics dropped, lower-cased,
 * every run of spaces and punctuation made one space. "Côte d’Ivoire" → "cote d ivoire".
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Other ways a name is typed: "St Lucia" as "Saint Lucia", "Trinidad & Tobago" with "and". */
function variants(name: string): string[] {
  const base = foldForSearch(name);
  const out = new Set([base]);
  const and = foldForSearch(name.replace(/&/g, ' and '));
  out.add(and);
  for (const f of [base, and]) if (/\bst\b/.test(f)) out.add(f.replace(/\bst\b/g, 'saint'));
  return [...out];
}

export interface CountryRowLike {
  a3: string;
  a2: string;
  /** The English name from the country table. */
  name: string;
}

/** A language to index names in, and the Intl locale to ask for them. */
export interface NameSource {
  lang: string;
  locale: string;
}

interface IndexedName {
  lang: string;
  /** The name as written. */
  display: string;
  /** Its normalised forms. */
  forms: string[];
}

interface IndexedCountry {
  a3: string;
  /** The normalised ISO alpha-3 code ("swz"). */
  code: string;
  names: IndexedName[];
  hasEvents: boolean;
}

export type SearchIndex = IndexedCountry[];

/**
 * Every country of the table under its name in each source's language (`nameOf`, normally
 * Intl.DisplayNames), plus the table's English name. For each language the first source's name
 * is the one the reader sees, so list the reader's own locale first.
 */
export function buildIndex(
  rows: readonly CountryRowLike[],
  sources: readonly NameSource[],
  nameOf: (a2: string, locale: string) => string | undefined,
  withEvents: ReadonlySet<string>,
): SearchIndex {
  return rows.map((r) => {
    const names: IndexedName[] = [];
    const add = (lang: string, display: string | undefined) => {
      if (!display || names.some((n) => n.lang === lang && n.display === display)) return;
      names.push({ lang, display, forms: variants(display) });
    };
    for (const s of sources) add(s.lang, nameOf(r.a2, s.locale));
    add('en', r.name);
    return { a3: r.a3, code: r.a3.toLowerCase(), names, hasEvents: withEvents.has(r.a3) };
  });
}

/** How well a name matched, best first. */
export const Tier = { Exact: 0, Prefix: 1, WordPrefix: 2, Substring: 3 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export interface SearchHit {
  a3: string;
  /** The country's name in the reader's language. */
  name: string;
  /** The name that matched, when it is another language's and reads differently. */
  alt: string | null;
  hasEvents: boolean;
  tier: Tier;
}

function matchForm(form: string, q: string): Tier | null {
  if (form === q) return Tier.Exact;
  if (form.startsWith(q)) return Tier.Prefix;
  for (let i = form.indexOf(' '); i !== -1; i = form.indexOf(' ', i + 1)) {
    if (form.startsWith(q, i + 1)) return Tier.WordPrefix;
  }
  if (form.includes(q)) return Tier.Substring;
  // Typed without the spaces: "guineabissau", "cotedivoire".
  if (form.replace(/ /g, '').includes(q.replace(/ /g, ''))) return Tier.Substring;
  return null;
}

/** The country's name for a reader of `lang`: that language's first name, else English's. */
function readerName(c: IndexedCountry, lang: string): string {
  return (c.names.find((n) => n.lang === lang) ?? c.names.find((n) => n.lang === 'en') ?? c.names[0])?.display ?? c.a3;
}

function hit(c: IndexedCountry, lang: string, tier: Tier, matched: IndexedName | null): SearchHit {
  const name = readerName(c, lang);
  const alt = matched && foldForSearch(matched.display) !== foldForSearch(name) ? matched.display : null;
  return { a3: c.a3, name, alt, hasEvents: c.hasEvents, tier };
}

/** Exact, then prefix (of the name or of a word), then substring. */
const group = (t: Tier): number => (t === Tier.Exact ? 0 : t === Tier.Substring ? 2 : 1);

/**
 * Whether a match beats the best so far: a better group wins; within a group the reader's own
 * language wins (so its name shows without brackets), then the better tier.
 */
function better(t: Tier, tLang: string, best: Tier, bestLang: string, lang: string): boolean {
  return (
    group(t) - group(best) || Number(tLang !== lang) - Number(bestLang !== lang) || t - best
  ) < 0;
}

function rank(lang: string) {
  return (a: SearchHit, b: SearchHit): number =>
    group(a.tier) - group(b.tier) ||
    Number(b.hasEvents) - Number(a.hasEvents) ||
    a.tier - b.tier ||
    a.name.localeCompare(b.name, lang);
}

/**
 * Every country whose name in any language (or ISO alpha-3 code) matches the query, best first:
 * exact matches, then prefixes of the whole name or of a word, then substrings; within each,
 * countries with events before those without, then by name. Empty for an empty query.
 */
export function search(index: SearchIndex, query: string, lang: string): SearchHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const c of index) {
    let best: { tier: Tier; name: IndexedName } | null = null;
    for (const n of c.names) {
      for (const f of n.forms) {
        const t = matchForm(f, q);
        if (t !== null && (!best || better(t, n.lang, best.tier, best.name.lang, lang))) best = { tier: t, name: n };
      }
    }
    // An ISO alpha-3 code ("SWZ") counts as an exact match.
    if (c.code === q && (!best || best.tier !== Tier.Exact)) hits.push(hit(c, lang, Tier.Exact, null));
    else if (best) hits.push(hit(c, lang, best.tier, best.name));
  }
  return hits.sort(rank(lang));
}

/** The countries that have events, by name: the list a reader can browse with nothing typed. */
export function browse(index: SearchIndex, lang: string): SearchHit[] {
  return index
    .filter((c) => c.hasEvents)
    .map((c) => hit(c, lang, Tier.Exact, null))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
