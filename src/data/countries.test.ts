import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from './countries.ts';

describe('countryName', () => {
  it('names a country in the reader’s language', () => {
    expect(countryName('SLV', 'en-GB')).toBe('El Salvador');
    expect(countryName('DEU', 'es')).toBe('Alemania');
    expect(countryName('XKX', 'en-GB')).toBe('Kosovo');
  });
  it('uses the names readers know where CLDR’s English one is a disambiguation', () => {
    expect(countryName('COD', 'en-GB')).toBe('Democratic Republic of the Congo');
    expect(countryName('COG', 'en')).toBe('Republic of the Congo');
    expect(countryName('COD', 'es')).toBe('República Democrática del Congo');
  });
  it('knows the ISO codes, Kosovo included', () => {
    expect(isCountryCode('XKX')).toBe(true);
    expect(isCountryCode('ZZZ')).toBe(false);
  });
});
