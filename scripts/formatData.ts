/**
 * `npm run data:format [-- --data=<dir>]`: rewrites the JSON files of data/ (or another data folder)
 * in the one canonical form of scripts/dataFile.ts, and says which files changed. Exits 1 if a
 * file is not JSON (it is left as it is; `npm run validate` says why).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDataDir } from './dataFile.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv.slice(2).find((a) => a.startsWith('--data='));
const dataDir = resolve(root, arg ? arg.slice('--data='.length) : 'data');
const { changed, unreadable } = formatDataDir(dataDir);
for (const f of changed) console.log(`formatted ${f}`);
for (const f of unreadable) console.error(`not JSON, left as it is: ${f}`);
console.log(`${changed.length} file${changed.length === 1 ? '' : 's'} rewritten in ${dataDir}`);
if (unreadable.length > 0) process.exit(1);
