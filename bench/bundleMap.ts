/**
 * The bundle map (bench/results/bundle.md): every JS chunk of the app's build, whether a cold load
 * fetches it on start or only later, raw and gzipped, and the modules that make up each start chunk,
 * by gzipped size. Start = the scripts and module preloads `index.html` names, and what those import
 * statically (the `import … from "./x.js"` at the top of an ES chunk), transitively; everything else
 * (a dynamic `import()`) is lazy. The renderer's chunk (SVG or MapLibre) is a dynamic import the
 * app starts at boot: it is listed as lazy, with a note.
 *
 * A module's bytes are the minified text the chunk's source map attributes to it (each segment's
 * text up to the next segment); its gz is that text alone compressed with gzip -9, so the modules'
 * gz add up to more than their chunk's.
 *
 * Run by `npm run bench` (bench/run.ts) after its build, or alone: `npx tsx bench/bundleMap.ts [dist]`
 * (default bench/.build/app), e.g. on `npx vite build --outDir /tmp/dist`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_OUT, RESULTS } from './config.ts';

/** How many of a start chunk's modules the map lists. */
const TOP = 40;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  start: boolean;
  /** Static imports of other chunks (file names in assets/). */
  imports: string[];
}

interface ModuleBytes {
  source: string;
  raw: number;
  gzip: number;
}

const gz = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;
const kb = (n: number): string => (n / 1024).toFixed(1);

/** The chunks a page names in its `<script src>` and `<link rel="modulepreload">` (file names in assets/). */
export function namedByPage(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0];
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel=["']?modulepreload/.test(tag)) continue;
    const src = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    const file = src && /(?:^|\/)assets\/([^/?#]+\.m?js)$/.exec(src)?.[1];
    if (file) out.add(file);
  }
  return [...out];
}

/** The chunks an ES chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.m?js)["']/g)) out.add(m[1] as string);
  return [...out];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** One segment of a source map's `mappings`, Base64 VLQ, as numbers (source map v3). */
function decodeSegment(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of seg) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${JSON.stringify(c)}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * The minified text of `code` each source of its map accounts for: every segment's text (up to the
 * next segment on its line, or the line's end) goes to the segment's source; text before a line's
 * first segment, or in a segment with no source, goes to "(no source)".
 */
export function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, string> {
  const per = new Map<string, string[]>();
  const add = (source: string, text: string) => {
    if (!text) return;
    const list = per.get(source);
    if (list) list.push(text);
    else per.set(source, [text]);
  };
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let column = 0;
    let at = 0;
    let owner = '(no source)';
    for (const seg of line ? line.split(',') : []) {
      const f = decodeSegment(seg);
      column += f[0] ?? 0;
      add(owner, text.slice(at, column));
      at = column;
      if (f.length >= 4) {
        source += f[1] ?? 0;
        owner = map.sources[source] ?? '(no source)';
      } else owner = '(no source)';
    }
    add(owner, text.slice(at));
  });
  for (let i = map.mappings.split(';').length; i < lines.length; i++) add('(no source)', lines[i] ?? '');
  return new Map([...per].map(([k, v]) => [k, v.join('')]));
}

/** A source's name as the map shows it: node_modules' package path, or the path in the repository. */
function shortName(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length);
  return source.replace(/^(?:\.\.\/)+/, '').replace(/^.*?\/(src|scripts|bench)\//, '$1/');
}

function modulesOf(dir: string, file: string): ModuleBytes[] {
  const mapFile = join(dir, file + '.map');
  if (!existsSync(mapFile)) return [];
  const code = readFileSync(join(dir, file), 'utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const grouped = new Map<string, string>();
  for (const [source, text] of attribute(code, map)) {
    const name = shortName(source);
    grouped.set(name, (grouped.get(name) ?? '') + text);
  }
  return [...grouped].map(([source, text]) => ({ source, raw: text.length, gzip: gz(text) })).sort((a, b) => b.gzip - a.gzip);
}

/** Every JS chunk in `dist/assets`, start or lazy, from `dist/index.html`. */
export function chunksOf(dist: string): Chunk[] {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((f) => /\.m?js$/.test(f));
  const byFile = new Map<string, Chunk>();
  for (const file of files) {
    const body = readFileSync(join(assets, file));
    byFile.set(file, { file, raw: body.length, gzip: gz(body), start: false, imports: staticImports(body.toString('utf8')) });
  }
  const queue = namedByPage(readFileSync(join(dist, 'index.html'), 'utf8'));
  while (queue.length) {
    const c = byFile.get(queue.shift() as string);
    if (!c || c.start) continue;
    c.start = true;
    queue.push(...c.imports);
  }
  return [...byFile.values()].sort((a, b) => Number(b.start) - Number(a.start) || b.gzip - a.gzip);
}

export function bundleMarkdown(dist: string): string {
  const chunks = chunksOf(dist);
  const start = chunks.filter((c) => c.start);
  const sum = (cs: Chunk[], k: 'raw' | 'gzip') => cs.reduce((s, c) => s + c[k], 0);
  const lines = [
    '# The bundle map',
    '',
    `Written by bench/bundleMap.ts from \`${dist}\`. KB = 1,024 bytes; gz = gzip -9.`,
    `Start (what index.html loads or preloads, and what that imports statically): ${start.length} chunks, ${kb(sum(start, 'raw'))} KB raw, **${kb(sum(start, 'gzip'))} KB gz**.`,
    'The renderer (svgRenderer or maplibre) is a dynamic import the app starts at boot, after the start chunks.',
    'A chunk\'s "(no source)" is text its source map gives no module: the bundler\'s glue, and JSON modules (e.g. src/data/countries.json).',
    '',
    '| chunk | loads | raw KB | gz KB |',
    '|---|---|---:|---:|',
    ...chunks.map((c) => `| ${c.file} | ${c.start ? 'start' : 'lazy'} | ${kb(c.raw)} | ${kb(c.gzip)} |`),
  ];
  for (const c of start) {
    const mods = modulesOf(join(dist, 'assets'), c.file);
    if (!mods.length) continue;
    lines.push('', `## ${c.file}: ${kb(c.raw)} KB raw, ${kb(c.gzip)} KB gz, ${mods.length} modules`, '', '| module | raw KB | gz KB |', '|---|---:|---:|');
    for (const m of mods.slice(0, TOP)) lines.push(`| ${m.source} | ${kb(m.raw)} | ${kb(m.gzip)} |`);
    if (mods.length > TOP) {
      const rest = mods.slice(TOP);
      lines.push(`| (${rest.length} more) | ${kb(rest.reduce((s, m) => s + m.raw, 0))} | ${kb(rest.reduce((s, m) => s + m.gzip, 0))} |`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes bench/results/bundle.md for the build in `dist`; returns its path. */
export function writeBundleMap(dist: string = APP_OUT): string {
  mkdirSync(RESULTS, { recursive: true });
  const out = join(RESULTS, 'bundle.md');
  writeFileSync(out, bundleMarkdown(dist));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(`wrote ${writeBundleMap(process.argv[2] ? resolve(process.argv[2]) : APP_OUT)}`);
}
