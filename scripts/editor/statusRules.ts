/**
 * The rules for choosing an event's status, shown beside the status in the editor, read from the
 * one place they are written: the passages of docs/METHODOLOGY.md between `<!-- status-rules -->`
 * and `<!-- /status-rules -->` (the statuses' table and the sentences around it, and the mapping
 * of the research pack's words). Nothing is copied by hand: a change to the doc is what the editor
 * shows. Pure; statusRules.test.ts reads the real doc.
 */
import { STATUSES } from '../../src/data/vocabulary.ts';
import type { StatusRules } from '../../editor/protocol.ts';

const START = /<!--\s*status-rules\b[^>]*-->/g;
const END = '<!-- /status-rules -->';

/** Markdown's inline marks taken off: `code`, **bold**, *emphasis*, [text](link). */
export function plainText(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The marked passages of the doc: each table row names a status by its label (`labels`, the
 * English ones: src/i18n/catalogues/en.ts), and each paragraph or list item becomes a note.
 * Throws when the doc has no marked passage or its table leaves a status out.
 */
export function statusRules(doc: string, labels: Readonly<Record<string, string>>): StatusRules {
  const passages: string[] = [];
  for (const m of doc.matchAll(START)) {
    const from = (m.index ?? 0) + m[0].length;
    const to = doc.indexOf(END, from);
    if (to < 0) throw new Error('docs/METHODOLOGY.md: a status-rules passage is not closed');
    passages.push(doc.slice(from, to));
  }
  if (passages.length === 0) throw new Error('docs/METHODOLOGY.md marks no status-rules passage');
  const byLabel = new Map(Object.entries(labels).map(([status, label]) => [label.toLowerCase(), status]));
  const statuses: StatusRules['statuses'] = [];
  const notes: string[] = [];
  for (const passage of passages) {
    // Blocks: a table row each, and paragraphs and list items (their wrapped lines joined).
    let block: string[] = [];
    const flush = (): void => {
      if (block.length > 0) notes.push(plainText(block.join(' ')));
      block = [];
    };
    for (const line of passage.split('\n')) {
      const row = /^\|(.+)\|\s*$/.exec(line.trim());
      if (row) {
        flush();
        const [name, meaning] = (row[1] as string).split('|').map((c) => c.trim());
        const status = byLabel.get((name ?? '').toLowerCase());
        if (status && meaning) statuses.push({ status, label: name as string, meaning: plainText(meaning) });
        continue;
      }
      if (line.trim() === '') flush();
      else if (/^\s*[-*] /.test(line)) {
        flush();
        block.push(line.replace(/^\s*[-*] /, ''));
      } else block.push(line.trim());
    }
    flush();
  }
  const missing = STATUSES.filter((s) => !statuses.some((r) => r.status === s));
  if (missing.length > 0) throw new Error(`docs/METHODOLOGY.md's status table has no row for ${missing.join(', ')}`);
  return { statuses, notes };
}
