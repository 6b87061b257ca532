/**
 * `npm run data:backfill [-- --data=<dir>]`: gives every event and source of data/ that has no
 * `added` its dates from the repository's history (data/README.md, "Dated changes"; the rule is
 * scripts/dataHistory.ts): `added` from the first commit that held it, `updated` from the last
 * commit that changed its substance. A record no commit holds yet gets today's date. Records that
 * already have `added` are left as they are, so running it twice changes nothing. Writes through
 * the one writer (scripts/dataFile.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDataFile } from './dataFile.ts';
import { datesFromHistory, type Dated, type Snapshot } from './dataHistory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv.slice(2).find((a) => a.startsWith('--data='));
const dataDir = resolve(root, arg ? arg.slice('--data='.length) : 'data');
const dataPath = relative(root, dataDir).split('\\').join('/');
/**
 * A source from before records were dated (no `added`) kept its page's "last updated" date in
 * `updated`; it is read as `pageUpdated`, its name since, so the rename is not a change.
 */
function renamed(s: Record<string, unknown>): Record<string, unknown> {
  if (s.added !== undefined || !('updated' in s)) return s;
  const { updated, ...rest } = s;
  return { ...rest, pageUpdated: updated };
}

const git = (args: string[], input?: string): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 30 });

/** The contents of many blobs at once ("<commit>:<path>" each), through one `git cat-file --batch`. */
function readBlobs(specs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (specs.length === 0) return out;
  const buf = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: `${specs.join('\n')}\n`, maxBuffer: 1 << 30 });
  let at = 0;
  for (const spec of specs) {
    const nl = buf.indexOf(10, at);
    const header = buf.subarray(at, nl).toString('utf8');
    at = nl + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    out.set(spec, buf.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return out;
}

function snapshotOf(commit: string, day: string): Snapshot {
  const files = git(['ls-tree', '-r', '--name-only', commit, '--', `${dataPath}/events`, `${dataPath}/sources`]).split('\n').filter(Boolean);
  const blobs = readBlobs(files.map((f) => `${commit}:${f}`));
  const records = new Map<string, unknown>();
  const parse = (f: string): unknown => {
    try {
      return JSON.parse(blobs.get(`${commit}:${f}`) ?? 'null');
    } catch {
      return null;
    }
  };
  for (const f of files) {
    if (/\/events\/[^/]+\.json$/.test(f)) {
      const list = parse(f);
      if (Array.isArray(list)) for (const e of list) if (e && typeof e.id === 'string') records.set(`event:${e.id}`, e);
    } else if (/\/sources\/[^/]+\.json$/.test(f)) {
      const s = parse(f);
      const text = blobs.get(`${commit}:${f.replace(/\.json$/, '.txt')}`) ?? null;
      if (s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string') records.set(`source:${(s as { id: string }).id}`, { ...renamed(s as Record<string, unknown>), text });
    }
  }
  return { day, records };
}

const commits = git(['log', '--reverse', '--format=%H %cs', '--', dataPath]).split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string]);
const dates = datesFromHistory(commits.map(([c, day]) => snapshotOf(c, day)));
const today = new Date().toISOString().slice(0, 10);
const datesOf = (key: string): Dated => dates.get(key) ?? { added: today };

function write(path: string, kind: 'events' | 'source', value: unknown): void {
  const out = formatDataFile(kind, value);
  if (out === readFileSync(path, 'utf8')) return;
  writeFileSync(`${path}.tmp`, out);
  renameSync(`${path}.tmp`, path);
  console.log(`dated ${relative(root, path)}`);
}

let filled = 0;
for (const f of readdirSync(join(dataDir, 'events')).filter((n) => n.endsWith('.json'))) {
  const path = join(dataDir, 'events', f);
  const list = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  for (const e of list) {
    if (e.added !== undefined || typeof e.id !== 'string') continue;
    Object.assign(e, datesOf(`event:${e.id}`));
    filled++;
  }
  write(path, 'events', list);
}
for (const f of readdirSync(join(dataDir, 'sources')).filter((n) => n.endsWith('.json'))) {
  const path = join(dataDir, 'sources', f);
  const s = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if (s.added !== undefined || typeof s.id !== 'string') continue;
  Object.assign(s, datesOf(`source:${s.id}`));
  filled++;
  write(path, 'source', s);
}
console.log(`${filled} record${filled === 1 ? '' : 's'} dated from ${commits.length} commits of ${dataPath}/`);
