import table from './countries.json' with { type: 'json' };
import { displayName } from '../i18n/displayNames.ts';

interface CountryRow {
  a3: string;
  a2: string;
  num: string | null;
  name: string;
}

const rows = table as CountryRow[];
const byA3 = new Map(rows.map((r) => [r.a3, r]));

export function isCountryCode(a3: string): boolean {
  return byA3.has(a3);
}

/**
 * Where CLDR's English name is a disambiguation rather than a name ("Congo - Kinshasa"), the name
 * readers know, by language. Other languages' CLDR names are already the full names.
 */
const NAME_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  COD: { en: 'Democratic Republic of the Congo' },
  COG: { en: 'Republic of the Congo' },
};

/** The English names a text may call a country by: the one the map shows, and the table's (CLDR's) where it differs. */
export function englishNames(a3: string): string[] {
  const row = byA3.get(a3);
  return row ? [...new Set([countryName(a3, 'en'), row.name])] : [];
}

/** The country's name in the reader's language (Intl), falling back to the English table. */
export function countryName(a3: string, locale = 'en'): string {
  const row = byA3.get(a3);
  if (!row) return a3;
  const override = NAME_OVERRIDES[a3]?.[locale.toLowerCase().split('-')[0] ?? ''];
  return override ?? displayName(row.a2, 'region', locale) ?? row.name;
}
