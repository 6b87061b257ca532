/** readData's overlay: the editor's draft files stand in for what is on disk, and nothing is written. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileData } from './compileData.ts';
import { readData } from './readData.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = `${ROOT}e2e/fixtures/data`;

describe('readData with an overlay', () => {
  it('reads an overlaid file instead of the one on disk, and adds a new one in its folder', () => {
    const before = readdirSync(FIXTURE, { recursive: true }).length;
    const overlay = new Map([
      ['events/AGO.json', '[]\n'],
      ['sources/new-one.json', '{"id": "new-one"}'],
      ['sources/new-one.txt', 'Text.'],
      ['events/BRA.json', '[]\n'],
    ]);
    const { raw } = readData(ROOT, FIXTURE, overlay);
    expect(raw.events.find((f) => f.file.endsWith('events/AGO.json'))?.content).toBe('[]\n');
    expect(raw.events.map((f) => f.file.replace(/^.*\//, ''))).toContain('BRA.json');
    const added = raw.sources.find((s) => s.json.file.endsWith('sources/new-one.json'));
    expect(added?.text?.content).toBe('Text.');
    expect(readdirSync(FIXTURE, { recursive: true }).length).toBe(before);
  });

  it('validates with the overlay: a bad overlaid record is reported as its file\'s', () => {
    expect(compileData(ROOT, { dataDir: FIXTURE }).errors).toEqual([]);
    const { errors } = compileData(ROOT, { dataDir: FIXTURE, overlay: new Map([['meta.json', '{}']]) });
    expect(errors).toEqual([{ file: 'e2e/fixtures/data/meta.json', record: 'checked', reason: expect.stringContaining('checked') }]);
  });
});
