/**
 * The languages we ship: one catalogue file each in ./catalogues (found at build time, so adding
 * a language is adding a file), English bundled as the fallback, the others loaded on demand.
 */
import en, { type Catalogue } from './catalogues/en.ts';

const loaders = import.meta.glob<Catalogue>(['./catalogues/*.ts', '!./catalogues/en.ts'], { import: 'default' });

const fromPath = (p: string): string => p.replace(/^.*\//, '').replace(/\.ts$/, '');

/** Every language with a catalogue, English first. */
export const LANGS: readonly string[] = ['en', ...Object.keys(loaders).map(fromPath).sort()];

const DEFAULT_LANG = 'en';

export function isLang(tag: string): boolean {
  return LANGS.includes(tag);
}

/**
 * The language to use: the URL's if we ship it, else the first of the browser's preferred
 * languages (by primary subtag: "es-MX" → "es") that we ship, else English.
 */
export function pickLang(urlLang: string | null, browser: readonly string[]): string {
  if (urlLang && isLang(urlLang)) return urlLang;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

const cache = new Map<string, Catalogue>([['en', en]]);

/** The catalogue of a language (English for one we do not ship, or if its file fails to load). */
export async function loadCatalogue(lang: string): Promise<Catalogue> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const load = Object.entries(loaders).find(([p]) => fromPath(p) === lang)?.[1];
  if (!load) return en;
  try {
    const c = await load();
    cache.set(lang, c);
    return c;
  } catch (e) {
    console.warn(`catalogue "${lang}" could not be loaded; using English`, e);
    return en;
  }
}

/** The catalogue of a language if it is already loaded. */
export function loadedCatalogue(lang: string): Catalogue | undefined {
  return cache.get(lang);
}

export { en };
export type { Catalogue };
