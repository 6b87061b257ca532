/** Reads and validates data/ into the compiled data set the app loads (shared by the CLI, Vite and the tests). */
import { validate, type ValidationIssue } from '../src/data/validate.ts';
import type { Dataset } from '../src/data/types.ts';
import { readData, type Overlay } from './readData.ts';

export interface CompileResult {
  dataset: Dataset | null;
  errors: ValidationIssue[];
}

/**
 * Validates the data folder (default `<root>/data`), with the overlay's files standing in for
 * what is on disk (readData.ts; the editor's draft); the data set is null when anything is wrong.
 * Writes nothing.
 */
export function compileData(root: string, options: { dataDir?: string | undefined; overlay?: Overlay | undefined } = {}): CompileResult {
  const { raw, orphanTexts } = readData(root, options.dataDir, options.overlay);
  const { dataset, errors } = validate(raw);
  for (const file of orphanTexts) errors.push({ file, record: '(file)', reason: 'text file has no source JSON beside it' });
  return { dataset: errors.length > 0 ? null : dataset, errors };
}
