import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFile, inDataDir, PathError, sourceFiles, translationsFile } from './paths.ts';

const DATA = resolve('/tmp/somewhere/data');

describe('every path the editor writes is built from an id the id rules accept, inside data/', () => {
  it('builds a source\'s two files from a kebab-case id', () => {
    expect(sourceFiles('ap-2025-06-26-noem-guatemala')).toEqual({ json: 'sources/ap-2025-06-26-noem-guatemala.json', text: 'sources/ap-2025-06-26-noem-guatemala.txt' });
    for (const bad of ['', '../meta', '..', 'a/b', 'a\\b', 'A-b', 'a--b', '-a', 'a-', 'a.json', 'a b', '%2e%2e', 'a\0b', '__proto__']) {
      expect(() => sourceFiles(bad), bad).toThrow(PathError);
    }
  });

  it('builds an events file from a country code the map knows', () => {
    expect(eventsFile('AGO')).toBe('events/AGO.json');
    expect(eventsFile('XKX')).toBe('events/XKX.json');
    for (const bad of ['ago', 'ZZZ', 'AG', 'AGOX', '../AGO', 'AGO/', '']) expect(() => eventsFile(bad), bad).toThrow(PathError);
  });

  it('builds a translation file from a language tag, never English', () => {
    expect(translationsFile('es')).toBe('i18n/es.json');
    expect(translationsFile('pt-BR')).toBe('i18n/pt-BR.json');
    for (const bad of ['en', 'ES', '../es', 'es/..', 'e', '']) expect(() => translationsFile(bad), bad).toThrow(PathError);
  });

  it('resolves only paths of those forms, inside the data folder', () => {
    expect(inDataDir(DATA, 'events/AGO.json')).toBe(join(DATA, 'events', 'AGO.json'));
    expect(inDataDir(DATA, 'meta.json')).toBe(join(DATA, 'meta.json'));
    expect(inDataDir(DATA, 'sources/a-b.txt')).toBe(join(DATA, 'sources', 'a-b.txt'));
    for (const bad of ['../meta.json', 'events/../../x.json', '/etc/passwd', 'events/AGO.json/..', 'sources/../../../etc/x.json', 'stories/x.json', 'events/ago.json', 'README.md', '', '.', 'sources/a.json.tmp']) {
      expect(() => inDataDir(DATA, bad), bad).toThrow(PathError);
    }
  });
});
