/**
 * Every path the editor reads or writes is built here from an id that the id rules have accepted
 * (ID from src/data/schema.ts for sources, an ISO 3166-1 alpha-3 code the map knows for an events
 * file, a BCP 47 tag for a translation file), inside the data folder, and checked again to be
 * inside it: never a name as a request sent it (data/README.md, "The editor": safety).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isCountryCode } from '../../src/data/countries.ts';
import { ID, LANG } from '../../src/data/schema.ts';

/** A path the editor may not use: a bad id, or one that would leave the data folder. */
export class PathError extends Error {}

export const META_FILE = 'meta.json';

/** `sources/<id>.json` and `sources/<id>.txt`, for a kebab-case id. */
export function sourceFiles(id: string): { json: string; text: string } {
  if (!ID.test(id)) throw new PathError(`source id "${id}" must be lower-case kebab-case`);
  return { json: `sources/${id}.json`, text: `sources/${id}.txt` };
}

/** `events/<ISO3>.json`, for a country code the map knows. */
export function eventsFile(country: string): string {
  if (!/^[A-Z]{3}$/.test(country) || !isCountryCode(country)) throw new PathError(`unknown country code "${country}" (ISO 3166-1 alpha-3; Kosovo is XKX)`);
  return `events/${country}.json`;
}

/** `i18n/<lang>.json`, for a BCP 47 tag. */
export function translationsFile(lang: string): string {
  if (!LANG.test(lang) || lang === 'en') throw new PathError(`"${lang}" is not a translation's language`);
  return `i18n/${lang}.json`;
}

/** The paths the functions above make, and only those. */
const MADE = /^(?:meta\.json|sources\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:json|txt)|events\/[A-Z]{3}\.json|i18n\/[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.json)$/;

/** The absolute path of a file the functions above made, checked to be inside the data folder. */
export function inDataDir(dataDir: string, rel: string): string {
  if (!MADE.test(rel)) throw new PathError(`"${rel}" is not a data file the editor writes`);
  const root = resolve(dataDir);
  const path = resolve(root, rel);
  const back = relative(root, path);
  if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) throw new PathError(`"${rel}" is outside the data folder`);
  return path;
}
