/**
 * The repository paths that docs and code comments name, so a test can check that each exists
 * (scripts/docPaths.test.ts). A doc or a comment naming a file that is gone is a bug.
 *
 * What counts as a path: a word that starts with one of the repository's top-level folders
 * (`src/`, `scripts/`, …) or is one of its top-level files (`package.json`, …), and any Markdown
 * link to a file. A path may be a glob (`src/**\/*.test.ts`, `src/i18n/catalogues/*`,
 * `{html,js}`) or carry `<placeholders>` (`data/sources/<id>.json`): it must then match at least
 * one file or folder.
 */
import ts from 'typescript';

/** The top-level folders whose paths are checked wherever they appear in a doc or a comment. */
export const ROOT_FOLDERS = ['src', 'scripts', 'e2e', 'docs', 'data', 'public', 'bench', 'editor', '.ci'] as const;

/** The top-level files whose names are checked wherever they appear in a doc or a comment. */
export const ROOT_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
] as const;

export interface PathRef {
  /** 1-based line in the file that names it. */
  line: number;
  /** The path as written, relative to the repository's root (a Markdown link's target resolved). */
  path: string;
  /** A file named without its folder (`svgZoom.ts`): some file in the repository must have that name. */
  bare?: true;
  /** For a Markdown file named with a section (`docs/ARCHITECTURE.md, "First paint"`): the section's title as written. */
  section?: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One path segment's characters: names, globs (`*`, `{a,b}`) and `<placeholders>`. */
const SEGMENT = String.raw`(?:[\w.*@-]|<[\w-]+>|\{[\w.*,-]+\})`;
const ROOTED = new RegExp(
  String.raw`(?<![\w./@:<>-])(?:(?:${ROOT_FOLDERS.map(esc).join('|')})/(?:${SEGMENT}|/)*|(?:${ROOT_FILES.map(esc).join('|')})(?![\w.-]))`,
  'g',
);

const SECTION = /^`?,?(?:\s+\*?\s*|\s*)["“]([^"”]{1,80})["”]/;

/** The titles of a Markdown file's headings. */
export function headings(text: string): string[] {
  return [...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1] ?? '');
}

/** Whether a section named as `"Framing"` is one of these headings: a heading that starts with it. */
export function hasSection(titles: readonly string[], section: string): boolean {
  const want = section.toLowerCase();
  return titles.some((t) => t.toLowerCase().startsWith(want));
}

/** A path found in prose, without the sentence's punctuation after it. */
function trimPath(raw: string): string {
  return raw.replace(/[.,:;]+$/, '');
}

/** The line (1-based) of an offset in a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Rooted paths in a stretch of text that starts at `offset` in its file. */
function rootedPaths(file: string, chunk: string, offset: number): PathRef[] {
  const refs: PathRef[] = [];
  for (const m of chunk.matchAll(ROOTED)) {
    const path = trimPath(m[0]);
    if (path.includes('/') || (ROOT_FILES as readonly string[]).includes(path)) {
      const ref: PathRef = { line: lineAt(file, offset + m.index), path };
      // `docs/ARCHITECTURE.md, "First paint"`, or without the comma (a comment may break the line between them).
      // A title broken across lines is joined again (without a block comment's leading `*`).
      const section = path.endsWith('.md')
        ? SECTION.exec(chunk.slice(m.index + path.length))?.[1]?.replace(/\s*\n\s*(?:\*(?!\*))?\s*/g, ' ')
        : undefined;
      if (section !== undefined) ref.section = section;
      refs.push(ref);
    }
  }
  return refs;
}

/** A file named alone, by a name with a code or doc extension (not a path's last part, an address or a virtual module's id). */
const BARE = /(?<![\w./:<>@-])[\w-]+\.(?:tsx?|css|md)(?![\w.-])/g;

/** The files a stretch of text names without their folders. */
function bareNames(file: string, chunk: string, offset: number): PathRef[] {
  const refs: PathRef[] = [];
  for (const m of chunk.matchAll(BARE)) {
    if (!(ROOT_FILES as readonly string[]).includes(m[0])) refs.push({ line: lineAt(file, offset + m.index), path: m[0], bare: true });
  }
  return refs;
}

/** Join a link's target onto the folder of the doc it is in: `../x` and `./x` resolved, no leading `/`. */
export function resolveLink(docPath: string, target: string): string {
  const parts = target.startsWith('/') ? [] : docPath.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

const LINK = /\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g;

/** The paths a Markdown file names: rooted paths anywhere in it, and its links to files. */
export function markdownPaths(docPath: string, text: string): PathRef[] {
  const refs = [...rootedPaths(text, text, 0), ...bareNames(text, text, 0)];
  for (const m of text.matchAll(LINK)) {
    const target = (m[1] ?? '').replace(/#.*$/, '');
    if (target === '' || /^[a-z][\w+.-]*:/i.test(target)) continue; // an anchor, or http:, mailto:
    refs.push({ line: lineAt(text, m.index), path: resolveLink(docPath, decodeURI(target)) });
  }
  return refs;
}

/** The comments of a TypeScript or JavaScript file, as [start, end) offsets. */
function scriptComments(fileName: string, text: string): Array<[number, number]> {
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  // The parser knows where the strings, templates, regular expressions and JSX text are; a comment
  // is a `//` or `/*` outside them.
  const opaque: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    ) {
      opaque.push([node.getStart(source), node.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  opaque.sort((x, y) => x[0] - y[0]);
  const found: Array<[number, number]> = [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < opaque.length && (opaque[next]?.[1] ?? 0) <= i) next++;
    const span = opaque[next];
    if (span && span[0] <= i) {
      i = span[1] - 1;
      continue;
    }
    if (text[i] !== '/') continue;
    const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text[i + 1] === '*' ? text.indexOf('*/', i + 2) + 2 : -2;
    if (end === -2 || end === 1) continue;
    const stop = end === -1 ? text.length : end;
    found.push([i, stop]);
    i = stop - 1;
  }
  return found;
}

/** The comments of a file by its kind: scripts, styles, HTML and shell. */
export function comments(fileName: string, text: string): Array<[number, number]> {
  if (/\.[cm]?[jt]sx?$/.test(fileName)) return scriptComments(fileName, text);
  const pattern = /\.css$/.test(fileName)
    ? /\/\*[\s\S]*?\*\//g
    : /\.html$/.test(fileName)
      ? /<!--[\s\S]*?-->/g
      : /(?:^|\s)#(?![!{]).*$/gm; // a shell script's comments (not a shebang)
  return [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** The paths the comments of a source file name. */
export function commentPaths(fileName: string, text: string): PathRef[] {
  return comments(fileName, text).flatMap(([start, end]) => {
    const chunk = text.slice(start, end);
    return [...rootedPaths(text, chunk, start), ...bareNames(text, chunk, start)];
  });
}

/** A path as a test over the repository's files and folders: globs and `<placeholders>` match names. */
export function pathMatcher(path: string): (candidate: string) => boolean {
  const clean = path.replace(/\/+$/, '');
  if (!/[*<{]/.test(clean)) return (candidate) => candidate === clean;
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] ?? '';
    if (clean.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (c === '*' && clean[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '<') {
      i = clean.indexOf('>', i);
      source += '[^/]+';
    } else if (c === '{') {
      const close = clean.indexOf('}', i);
      source += `(?:${clean.slice(i + 1, close).split(',').map(esc).join('|')})`;
      i = close;
    } else source += esc(c);
  }
  const regex = new RegExp(`^${source}$`);
  return (candidate) => regex.test(candidate);
}
