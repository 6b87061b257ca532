/**
 * Writes the synthetic 100x data set (bench/synth.ts) to a temporary folder, never under data/:
 *   npx tsx bench/synth-cli.ts [dir]     (default: $TMPDIR/tcdm-synth)
 * The bench itself never needs this file: it generates the set in memory where it measures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthDataset, synthStats } from './synth.ts';

const dir = process.argv[2] ?? join(tmpdir(), 'tcdm-synth');
mkdirSync(dir, { recursive: true });
const d = synthDataset();
const file = join(dir, 'dataset.json');
writeFileSync(file, JSON.stringify(d));
console.log(file, synthStats(d));
