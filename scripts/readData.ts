/** Reads data/ from disk into the validator's RawData (shared by the CLI and the tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawData, RawFile } from '../src/data/validate.ts';

/**
 * Files that stand in for what is on disk, by path relative to the data folder
 * (`events/AGO.json`, `sources/x.txt`): a text replaces the file or adds it. The editor's draft
 * (scripts/editor/editorPlugin.ts) is read this way before it is saved; nothing else sets one.
 */
export type Overlay = ReadonlyMap<string, string>;

export interface DiskData {
  raw: RawData;
  /** Text files with no source JSON beside them. */
  orphanTexts: string[];
}

export function readData(root: string, dataDir = join(root, 'data'), overlay: Overlay = new Map()): DiskData {
  const inData = (path: string): string => relative(dataDir, path).split(sep).join('/');
  const exists = (path: string): boolean => overlay.has(inData(path)) || existsSync(path);
  const list = (dir: string, ext: string): string[] => {
    const names = new Set(existsSync(dir) ? readdirSync(dir) : []);
    const folder = inData(dir);
    for (const rel of overlay.keys()) {
      const name = rel.slice(folder.length + 1);
      if (rel.startsWith(`${folder}/`) && !name.includes('/')) names.add(name);
    }
    return [...names].filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  };
  const read = (path: string): RawFile => ({ file: relative(root, path), content: overlay.get(inData(path)) ?? readFileSync(path, 'utf8') });
  const sourcesDir = join(dataDir, 'sources');
  const metaPath = join(dataDir, 'meta.json');
  return {
    raw: {
      meta: exists(metaPath) ? read(metaPath) : { file: relative(root, metaPath), content: '' },
      sources: list(sourcesDir, '.json').map((p) => {
        const txt = p.replace(/\.json$/, '.txt');
        return { json: read(p), text: exists(txt) ? read(txt) : null };
      }),
      events: list(join(dataDir, 'events'), '.json').map(read),
      translations: list(join(dataDir, 'i18n'), '.json').map(read),
      stories: list(join(dataDir, 'stories'), '.json').map(read),
      counts: list(join(dataDir, 'counts'), '.json').map(read),
    },
    orphanTexts: list(sourcesDir, '.txt').filter((p) => !exists(p.replace(/\.txt$/, '.json'))).map((p) => relative(root, p)),
  };
}
