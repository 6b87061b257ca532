/**
 * npm run validate: checks every file in data/ against the rules in DESIGN.md and prints
 * file, record and reason for each failure (exit 1). Without --check it also writes the
 * compiled data set the app loads, public/generated/dataset.json; a bad record never gets there.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/data/validate.ts';
import { compileData, DATASET_PATH } from './compileData.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataArg = process.argv.find((a) => a.startsWith('--data='))?.slice(7);
const dataDir = dataArg ?? join(root, 'data');
const checkOnly = process.argv.includes('--check');

const { dataset, errors } = compileData(root, { dataDir, write: !checkOnly });

if (!dataset) {
  for (const e of errors) console.error(formatIssue(e));
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${relative(root, dataDir) || '.'}/. Nothing was written.`);
  process.exit(1);
}

const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
// A sender-wide event (country = sender, e.g. data/events/USA.json) is not about a destination.
const senderWide = dataset.events.filter((e) => e.country === e.sender);
const countries = new Set(dataset.events.filter((e) => e.country !== e.sender).map((e) => e.country)).size;
const senders = [...new Set(senderWide.map((e) => e.sender))].sort();
const translated = [...new Set(dataset.events.flatMap((e) => Object.keys(e.tr ?? {})))].sort();
console.log(`data ok: ${dataset.sources.length} sources, ${dataset.events.length} events, ${quotes} quotes, ${countries} countries, ${senderWide.length} sender-wide event${senderWide.length === 1 ? '' : 's'}${senders.length > 0 ? ` (${senders.join(', ')})` : ''} (checked ${dataset.checked})${translated.length > 0 ? `; prose translated into ${translated.join(', ')}` : ''}`);
if (!checkOnly) console.log(`wrote ${DATASET_PATH}`);
