/**
 * Every shipped catalogue has the shape of the English one (same keys, same kinds of value, same
 * function arity), is actually translated, and keeps the About texts' code spans as they are.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, loadCatalogue, en } from './langs.ts';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalogue (strings, functions, array items), by dotted path. */
function leaves(v: unknown, path = ''): Leaf[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (v !== null && typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  }
  return [{ path, value: v }];
}

function kind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/** Walks en and the other catalogue together; reports paths missing or of another kind. */
function shapeProblems(ref: unknown, other: unknown, path = ''): string[] {
  if (kind(ref) !== kind(other)) return [`${path || '(root)'}: ${kind(other)} where English has ${kind(ref)}`];
  if (typeof ref === 'function') {
    const a = (ref as (...x: unknown[]) => unknown).length;
    const b = (other as (...x: unknown[]) => unknown).length;
    return a === b ? [] : [`${path}: function takes ${b} arguments where English takes ${a}`];
  }
  if (Array.isArray(ref)) {
    const o = other as unknown[];
    if (ref.length !== o.length) return [`${path}: ${o.length} items where English has ${ref.length}`];
    return ref.flatMap((x, i) => shapeProblems(x, o[i], `${path}[${i}]`));
  }
  if (ref !== null && typeof ref === 'object') {
    const r = ref as Record<string, unknown>;
    const o = other as Record<string, unknown>;
    const problems = Object.keys(r).flatMap((k) =>
      k in o ? shapeProblems(r[k], o[k], path ? `${path}.${k}` : k) : [`${path ? `${path}.${k}` : k}: missing`],
    );
    for (const k of Object.keys(o)) if (!(k in r)) problems.push(`${path ? `${path}.${k}` : k}: not in English`);
    return problems;
  }
  return [];
}

/** Strings that may legitimately read the same in a translation as in English. */
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = {
  es: new Set<string>([
    'No',
    // The key's own label, the same on Spanish keyboards.
    'Esc',
    // A region (regions.asia), and the zoom buttons' group (the word Spanish uses too).
    'Asia',
    'Zoom',
  ]),
};

/** Paths whose value differs by design or is not prose (tags, locales, the language's own name, the names of citation formats). */
const NOT_PROSE = new Set(['lang', 'locale', 'langName', 'cite.bibtex', 'cite.csl']);

const codeSpans = (s: string): string[] => [...s.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();

describe('catalogues', () => {
  it('ships English and Spanish, English first', () => {
    expect(LANGS[0]).toBe('en');
    expect(LANGS).toContain('es');
  });

  describe.each(LANGS.filter((l) => l !== 'en'))('%s', (lang) => {
    it('is its own file, not the English fallback', async () => {
      const c = await loadCatalogue(lang);
      expect(c).not.toBe(en);
      expect(c.lang).toBe(lang);
      expect(c.langName).not.toBe('');
    });

    it('has every key English has, with the same kind of value and function arity', async () => {
      const c = await loadCatalogue(lang);
      expect(shapeProblems(en, c)).toEqual([]);
    });

    it('translates every string (bar a short allow-list)', async () => {
      const c = await loadCatalogue(lang);
      const allowed = SAME_AS_ENGLISH[lang] ?? new Set<string>();
      const theirs = new Map(leaves(c).map((l) => [l.path, l.value]));
      const untranslated = leaves(en)
        .filter((l) => typeof l.value === 'string' && l.value.trim() !== '' && !NOT_PROSE.has(l.path))
        .filter((l) => theirs.get(l.path) === l.value && !allowed.has(l.value as string))
        .map((l) => `${l.path}: ${JSON.stringify(l.value)}`);
      expect(untranslated).toEqual([]);
    });

    it('translates the functions too (same arguments give a different text)', async () => {
      const c = await loadCatalogue(lang);
      const theirs = new Map(leaves(c).map((l) => [l.path, l.value]));
      // Functions that only pass their arguments through, or format a number or a list (Intl), may agree.
      const passThrough = new Set(['formatCount', 'announce.date', 'announce.country', 'changes.title', 'reconcile.heading', 'reconcile.or', 'reconcile.figure', 'compare.change']);
      const same = leaves(en)
        .filter((l) => typeof l.value === 'function' && !passThrough.has(l.path))
        .filter((l) => {
          const f = l.value as (...a: unknown[]) => unknown;
          const g = theirs.get(l.path) as ((...a: unknown[]) => unknown) | undefined;
          if (typeof g !== 'function') return false; // reported by the shape test
          // Digit strings serve both as numbers (Intl formats them) and as strings (dates, labels).
          const args = ['7', '3', '12', '5'].slice(0, f.length);
          return f(...args) === g(...args);
        })
        .map((l) => l.path);
      expect(same).toEqual([]);
    });

    it('keeps the About texts\u2019 code spans exactly', async () => {
      const c = await loadCatalogue(lang);
      const theirs = new Map(leaves(c.about).map((l) => [l.path, l.value]));
      for (const l of leaves(en.about)) {
        if (typeof l.value !== 'string') continue;
        const other = theirs.get(l.path);
        expect(typeof other, `about.${l.path}`).toBe('string');
        expect(codeSpans(other as string), `about.${l.path}`).toEqual(codeSpans(l.value));
      }
    });

    it('formats counts with its own locale and agrees with itself on plurals', async () => {
      const c = await loadCatalogue(lang);
      expect(c.formatCount(1234567)).toBe(new Intl.NumberFormat(c.locale).format(1234567));
      expect(c.peopleTransfer(1)).not.toBe(c.peopleTransfer(2).replace('2', '1'));
    });
  });
});
