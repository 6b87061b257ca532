/** Reads data/ from disk into the validator's RawData (shared by the CLI and the tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawData, RawFile } from '../src/data/validate.ts';

function list(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

export interface DiskData {
  raw: RawData;
  /** Text files with no source JSON beside them. */
  orphanTexts: string[];
}

export function readData(root: string, dataDir = join(root, 'data')): DiskData {
  const read = (path: string): RawFile => ({ file: relative(root, path), content: readFileSync(path, 'utf8') });
  const sourcesDir = join(dataDir, 'sources');
  const metaPath = join(dataDir, 'meta.json');
  return {
    raw: {
      meta: existsSync(metaPath) ? read(metaPath) : { file: relative(root, metaPath), content: '' },
      sources: list(sourcesDir, '.json').map((p) => {
        const txt = p.replace(/\.json$/, '.txt');
        return { json: read(p), text: existsSync(txt) ? read(txt) : null };
      }),
      events: list(join(dataDir, 'events'), '.json').map(read),
      translations: list(join(dataDir, 'i18n'), '.json').map(read),
      stories: list(join(dataDir, 'stories'), '.json').map(read),
      counts: list(join(dataDir, 'counts'), '.json').map(read),
    },
    orphanTexts: list(sourcesDir, '.txt').filter((p) => !existsSync(p.replace(/\.txt$/, '.json'))).map((p) => relative(root, p)),
  };
}
