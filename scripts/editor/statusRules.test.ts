import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogues/en.ts';
import { STATUSES } from '../../src/data/vocabulary.ts';
import { plainText, statusRules } from './statusRules.ts';

const DOC = readFileSync(new URL('../../docs/METHODOLOGY.md', import.meta.url), 'utf8');

describe('the status rules the editor shows are docs/METHODOLOGY.md\'s own', () => {
  it('reads a row for every status, in the vocabulary\'s order, with the doc\'s meaning', () => {
    const rules = statusRules(DOC, en.status.labels);
    expect(rules.statuses.map((r) => r.status)).toEqual([...STATUSES]);
    for (const r of rules.statuses) {
      expect(r.label).toBe(en.status.labels[r.status as keyof typeof en.status.labels]);
      expect(DOC).toContain(`| ${r.label} | ${r.meaning} |`);
    }
  });

  it('reads the marked sentences around the table and the mapping of words to statuses', () => {
    const { notes } = statusRules(DOC, en.status.labels);
    expect(notes.some((n) => n.startsWith("A country's status on a date is that of its latest event"))).toBe(true);
    expect(notes.some((n) => n.startsWith('Pack words map onto statuses'))).toBe(true);
    // Every note is the doc's text, marks taken off.
    const plainDoc = plainText(DOC);
    for (const n of notes) expect(plainDoc).toContain(n);
  });

  it('fails loudly when the doc loses its marks or a status', () => {
    expect(() => statusRules('# nothing marked', en.status.labels)).toThrow(/marks no status-rules/);
    expect(() => statusRules('<!-- status-rules -->\n| Approached | x |\n', en.status.labels)).toThrow(/not closed/);
    expect(() => statusRules('<!-- status-rules -->\n| Approached | x |\n<!-- /status-rules -->', en.status.labels)).toThrow(/no row for agreement/);
  });

  it('takes Markdown\'s marks off', () => {
    expect(plainText('A `null` event is **context**, a *sender-wide* one [too](x.md).\n  Next line.')).toBe('A null event is context, a sender-wide one too. Next line.');
  });
});
