/**
 * The import graph of src/ has no circle (type-only imports count: a circle of types still ties the
 * modules' order and their chunks together). The layers' direction is the linter's (eslint.config.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each module of src/ (a path from the repository's root) with the modules of src/ it imports, statically or not. */
function importGraph(): { graph: Map<string, string[]>; unresolved: string[] } {
  const files = sourceFiles(join(root, 'src'));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  // Relative imports of modules that are not a source file of src/: none, or the graph misses edges.
  const unresolved: string[] = [];
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        // As the bundler resolves them: the path as written, then with an extension or as a folder.
        const base = resolve(dirname(file), name);
        const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => known.has(p));
        if (!found && /\.tsx?$|^[^.]*$/.test(basename(name))) unresolved.push(`${relative(root, file)}: ${name}`);
        return found;
      })
      .filter((path): path is string => path !== undefined);
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return { graph, unresolved };
}

/** Every circle in the graph, each once (as found by a depth-first walk: its modules in import order). */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  it('finds a circle when there is one', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []]]);
    expect(circles(g)).toEqual([['a', 'b', 'c', 'a']]);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
  it('reads the real imports, every relative import of a module resolved', () => {
    const { graph: g, unresolved } = importGraph();
    expect(unresolved).toEqual([]);
    expect(g.size).toBeGreaterThan(100);
    expect(g.get('src/map/MapView.tsx')).toContain('src/map/renderers.ts');
  });
  it('has no circle', () => {
    expect(circles(importGraph().graph).map((c) => c.join(' → '))).toEqual([]);
  });
});
