/**
 * npm run validate: checks every file in data/ against the rules in data/README.md and prints
 * file, record and reason for each failure (exit 1). It writes nothing unless asked: `--out=<file>`
 * writes the compiled data set there (the app's own copy is made by the Vite plugin, in memory in
 * dev and as a hashed asset in a build). `--data=<dir>` checks another folder.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/data/validate.ts';
import { compileData } from './compileData.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dataDir = resolve(arg('data') ?? join(root, 'data'));
const out = arg('out');

const { dataset, errors } = compileData(root, { dataDir });

if (!dataset) {
  for (const e of errors) console.error(formatIssue(e));
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${relative(root, dataDir) || '.'}/.${out ? ' Nothing was written.' : ''}`);
  process.exit(1);
}

const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
// A sender-wide event (country = sender, e.g. data/events/USA.json) is not about a destination.
const senderWide = dataset.events.filter((e) => e.country === e.sender);
const countries = new Set(dataset.events.filter((e) => e.country !== e.sender).map((e) => e.country)).size;
const senders = [...new Set(senderWide.map((e) => e.sender))].sort();
const translated = [...new Set(dataset.events.flatMap((e) => Object.keys(e.tr ?? {})))].sort();
console.log(`data ok: ${dataset.sources.length} sources, ${dataset.events.length} events, ${quotes} quotes, ${countries} countries, ${senderWide.length} sender-wide event${senderWide.length === 1 ? '' : 's'}${senders.length > 0 ? ` (${senders.join(', ')})` : ''} (checked ${dataset.checked})${translated.length > 0 ? `; prose translated into ${translated.join(', ')}` : ''}`);
if (out) {
  writeFileSync(out, JSON.stringify(dataset));
  console.log(`wrote ${out}`);
}
