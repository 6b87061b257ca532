import { describe, expect, it } from 'vitest';
import { isLang, LANGS, loadCatalogue, pickLang } from './langs.ts';

describe('languages', () => {
  it('ships English and Spanish, found from the catalogue files', () => {
    expect(LANGS).toEqual(['en', 'es']);
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
  it('takes the URL language, else the first browser language we ship, else English', () => {
    expect(pickLang('es', ['en-GB'])).toBe('es');
    expect(pickLang('fr', ['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(pickLang(null, ['ES-es'])).toBe('es');
    expect(pickLang(null, ['de', 'fr'])).toBe('en');
    expect(pickLang(null, [])).toBe('en');
  });
  it('loads a catalogue by language, English for one we do not ship', async () => {
    expect((await loadCatalogue('es')).lang).toBe('es');
    expect((await loadCatalogue('xx')).lang).toBe('en');
  });
});
