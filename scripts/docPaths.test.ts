/**
 * Every repository path that a doc or a code comment names exists (scripts/docPaths.ts says what
 * counts as a path). A failure lists each stale reference as `file:line: path`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commentPaths, hasSection, headings, markdownPaths, pathMatcher, resolveLink, type PathRef } from './docPaths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Files that a command writes (ignored by git), which docs name as that command's output. */
const WRITTEN = new Map([
  ['bench/.build', 'npm run bench (its builds: bench/build.ts)'],
  ['bench/.build/app', 'npm run bench'],
  ['bench/.build/ref', 'npm run bench'],
  ['bench/.build/shots', 'npm run bench'],
]);

/**
 * The repository's own files, as git knows them (committed, or new and not ignored), never what
 * only this machine holds: a doc naming a file that is ignored, such as a build's output or a local
 * bench result, fails here as it would on a clean clone. Folders are those the files are in.
 */
const tree = { files: [] as string[], dirs: [] as string[] };
tree.files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && existsSync(join(ROOT, f)));
tree.dirs = [...new Set(tree.files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
const everything = [...tree.files, ...tree.dirs, ...WRITTEN.keys()];
const names = new Set(everything.map((p) => p.slice(p.lastIndexOf('/') + 1)));

/** Docs: every Markdown file. Comments: the code, styles, pages and scripts we write. */
const docs = tree.files.filter((f) => f.endsWith('.md') && !f.startsWith('bench/results/')); // results: the bench's report
const code = tree.files.filter(
  (f) =>
    /\.(?:[cm]?[jt]sx?|css|html)$/.test(f) &&
    (/^(?:src|scripts|e2e|bench|public)\//.test(f) || !f.includes('/')),
);
code.push(...tree.files.filter((f) => f.startsWith('.ci/')));

const titles = new Map<string, string[]>();
function sectionFound(path: string, section: string): boolean {
  if (!titles.has(path)) titles.set(path, headings(readFileSync(join(ROOT, path), 'utf8')));
  return hasSection(titles.get(path) ?? [], section);
}

/** The references to a path that does not exist, or to a section its doc does not have. */
function stale(refs: Array<PathRef & { file: string }>): string[] {
  const exists = new Map<string, boolean>();
  return refs
    .filter((ref) => {
      if (ref.bare) return !names.has(ref.path);
      if (!exists.has(ref.path)) exists.set(ref.path, everything.some(pathMatcher(ref.path)));
      if (!exists.get(ref.path)) return true;
      return ref.section !== undefined && !sectionFound(ref.path, ref.section);
    })
    .map((ref) => `${ref.file}:${ref.line}: ${ref.path}${ref.section === undefined ? '' : ` "${ref.section}"`}${ref.bare ? ' (no file has this name)' : ''}`);
}

describe('paths named in docs and comments', () => {
  it('finds docs and code to read', () => {
    expect(docs).toContain('README.md');
    expect(code).toContain('src/main.tsx');
  });

  it('names only paths that exist, in the docs', () => {
    const refs = docs.flatMap((file) => markdownPaths(file, readFileSync(join(ROOT, file), 'utf8')).map((r) => ({ ...r, file })));
    expect(refs.length).toBeGreaterThan(100);
    expect(stale(refs).join('\n')).toBe('');
  });

  it('names only paths that exist, in code comments', () => {
    const refs = code.flatMap((file) => commentPaths(file, readFileSync(join(ROOT, file), 'utf8')).map((r) => ({ ...r, file })));
    expect(refs.length).toBeGreaterThan(100);
    expect(stale(refs).join('\n')).toBe('');
  }, 60_000); // parses some 300 files: seconds on a busy machine
});

describe('what counts as a path', () => {
  it('finds rooted paths and links in Markdown, with their lines', () => {
    const md = 'See `src/app/model.ts`, and scripts/vite/.\nThe [bench](../bench/README.md#method), [site](https://x.org/src/a.ts), [top](#x).\n';
    expect(markdownPaths('docs/X.md', md)).toEqual([
      { line: 1, path: 'src/app/model.ts' },
      { line: 1, path: 'scripts/vite/' },
      { line: 2, path: 'bench/README.md' },
    ]);
  });

  it('finds files named alone, but not the last part of a path, an address or a virtual module', () => {
    const md = 'In `svgZoom.ts` (see HOSTING.md); not src/map/x.ts, https://h.org/y.ts, virtual:tcdm-palette.css, `<lang>.ts`, a.json.';
    expect(markdownPaths('X.md', md).filter((r) => r.bare).map((r) => r.path)).toEqual(['svgZoom.ts', 'HOSTING.md']);
  });

  it('reads paths in comments only, not in code or strings', () => {
    const src = [
      "// reads src/a.ts",
      "const s = 'src/b.ts'; /* and package.json */",
      "const r = /src\\/c.ts/; // after a regex: e2e/d.ts",
      "export const j = <div>{/* jsx: bench/e.ts */}src/f.ts</div>;",
    ].join('\n');
    expect(commentPaths('x.tsx', src).map((r) => `${r.line}: ${r.path}`)).toEqual([
      '1: src/a.ts',
      '2: package.json',
      '3: e2e/d.ts',
      '4: bench/e.ts',
    ]);
    expect(commentPaths('x.css', '.a { b: url(src/x.png); } /* src/y.css */').map((r) => r.path)).toEqual(['src/y.css']);
    expect(commentPaths('run', '#!/bin/sh\n# runs e2e/x.ts\necho "#{a}"\n').map((r) => r.path)).toEqual(['e2e/x.ts']);
  });

  it('does not take a path inside another path or an address', () => {
    expect(markdownPaths('X.md', 'e2e/fixtures/data and https://h.org/src/x.ts and @tcdm/data/x').map((r) => r.path)).toEqual([
      'e2e/fixtures/data',
    ]);
  });

  it('matches globs and placeholders against names', () => {
    expect(pathMatcher('data/sources/<id>.json')('data/sources/ap-1.json')).toBe(true);
    expect(pathMatcher('data/sources/<id>.json')('data/sources/x/y.json')).toBe(false);
    expect(pathMatcher('src/**/*.test.ts')('src/a/b/c.test.ts')).toBe(true);
    expect(pathMatcher('src/**/*.test.ts')('src/c.test.ts')).toBe(true);
    expect(pathMatcher('scripts/vite/*')('scripts/vite/x.ts')).toBe(true);
    expect(pathMatcher('src/*.{ts,tsx}')('src/main.tsx')).toBe(true);
    expect(pathMatcher('scripts/vite/')('scripts/vite')).toBe(true);
    expect(pathMatcher('src/app/model.ts')('src/app/model.tsx')).toBe(false);
  });

  it('reads the section a doc is named with, and finds it among its headings', () => {
    const md = 'As docs/A.md, "First paint" says; see `docs/B.md` "Framing" and docs/C.md.';
    expect(markdownPaths('X.md', md).map((r) => [r.path, r.section])).toEqual([
      ['docs/A.md', 'First paint'],
      ['docs/B.md', 'Framing'],
      ['docs/C.md', undefined],
    ]);
    expect(commentPaths('x.ts', '/**\n * as told (docs/A.md,\n *   "Link previews").\n */').map((r) => r.section)).toEqual(['Link previews']);
    expect(markdownPaths('X.md', 'as docs/A.md "Embed message\nprotocol" says').map((r) => r.section)).toEqual(['Embed message protocol']);
    const titles = headings('# Doc\n\n## Framing: the map shows it\n\ntext ## not a heading\n### First paint\n');
    expect(titles).toEqual(['Doc', 'Framing: the map shows it', 'First paint']);
    expect(hasSection(titles, 'Framing')).toBe(true);
    expect(hasSection(titles, 'first paint')).toBe(true);
    expect(hasSection(titles, 'Hosting')).toBe(false);
  });

  it('resolves a link from the folder of its doc', () => {
    expect(resolveLink('docs/A.md', '../README.md')).toBe('README.md');
    expect(resolveLink('bench/README.md', './results/x.md')).toBe('bench/results/x.md');
    expect(resolveLink('README.md', 'docs/A.md')).toBe('docs/A.md');
  });
});
