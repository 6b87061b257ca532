/**
 * Writes src/data/countries.json: the ISO 3166-1 table (alpha-3, alpha-2, numeric, English name)
 * that the validator, the basemap script and the app share. Kosovo has no ISO code; we use the
 * user-assigned XKX / XK that the EU, the World Bank and Unicode CLDR use.
 *
 * Run: npx tsx scripts/countries.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as {
  getAlpha3Codes(): Record<string, string>;
  alpha3ToNumeric(a3: string): string | undefined;
};

const names = new Intl.DisplayNames(['en'], { type: 'region' });

export interface CountryRow {
  a3: string;
  a2: string;
  num: string | null;
  name: string;
}

// i18n-iso-countries lists Kosovo as XKK; we use XKX (see above) and keep only one.
const rows: CountryRow[] = Object.entries(iso.getAlpha3Codes()).filter(([a3]) => a3 !== 'XKK').map(([a3, a2]) => ({
  a3,
  a2,
  num: iso.alpha3ToNumeric(a3) ?? null,
  name: names.of(a2) ?? a3,
}));
rows.push({ a3: 'XKX', a2: 'XK', num: null, name: names.of('XK') ?? 'Kosovo' });
rows.sort((a, b) => a.a3.localeCompare(b.a3));

writeFileSync(new URL('../src/data/countries.json', import.meta.url), JSON.stringify(rows, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${rows.length} countries`);
