/** Validates data/ and writes the compiled data set the app loads (shared by the CLI and Vite). */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validate, type ValidationIssue } from '../src/data/validate.ts';
import type { Dataset } from '../src/data/types.ts';
import { readData } from './readData.ts';

export const DATASET_PATH = join('public', 'generated', 'dataset.json');

export interface CompileResult {
  dataset: Dataset | null;
  errors: ValidationIssue[];
}

/** Validates; on success writes public/generated/dataset.json, on failure removes it. */
export function compileData(root: string, options: { dataDir?: string; write?: boolean } = {}): CompileResult {
  const { raw, orphanTexts } = readData(root, options.dataDir);
  const { dataset, errors } = validate(raw);
  for (const file of orphanTexts) errors.push({ file, record: '(file)', reason: 'text file has no source JSON beside it' });
  const out = join(root, DATASET_PATH);
  if (options.write !== false) {
    if (errors.length > 0 || !dataset) {
      if (existsSync(out)) rmSync(out);
    } else {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(dataset));
    }
  }
  return { dataset: errors.length > 0 ? null : dataset, errors };
}
