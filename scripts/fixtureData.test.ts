/** The browser tests' own data set (e2e/fixtures/data) follows every rule of the real one. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/data/validate.ts';
import { compileData } from './compileData.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('e2e/fixtures/data', () => {
  it('passes the validator', () => {
    const { dataset, errors } = compileData(root, { dataDir: `${root}e2e/fixtures/data` });
    expect(errors.map(formatIssue)).toEqual([]);
    expect(dataset?.events.length).toBeGreaterThan(0);
  });
});
