import { describe, expect, it } from 'vitest';
import en from '../i18n/catalogues/en.ts';
import es from '../i18n/catalogues/es.ts';
import { isoToDay } from '../data/dates.ts';
import { announcement } from './announce.ts';

const day = isoToDay('2026-03-11') as number;
const counts = { approached: 7, agreement: 9, receiving: 13, refused: 7, ended: 0 };

describe('announcement', () => {
  it('says the date and how many countries have each status, leaving out empty ones', () => {
    expect(announcement(en, day, counts, null)).toBe('11 March 2026: 7 approached, 9 agreement, 13 receiving deportees, 7 refused.');
  });
  it("adds the selected country's status", () => {
    expect(announcement(en, day, counts, { name: 'El Salvador', status: 'Receiving deportees since 15 March 2025' }))
      .toBe('11 March 2026: 7 approached, 9 agreement, 13 receiving deportees, 7 refused. El Salvador: Receiving deportees since 15 March 2025.');
  });
  it('says when no country has a status yet, in the reader’s language', () => {
    const none = { approached: 0, agreement: 0, receiving: 0, refused: 0, ended: 0 };
    expect(announcement(en, day, none, null)).toBe('11 March 2026: no country has a status yet.');
    expect(announcement(es, day, counts, null)).toMatch(/^11 de marzo de 2026: /);
  });
  it('in compare mode says what changed between the two dates, and how many went to each status', () => {
    const changed = { approached: 2, agreement: 0, receiving: 2, refused: 1, ended: 0 };
    const from = isoToDay('2025-03-01') as number;
    expect(announcement(en, day, changed, null, { from, changed: 5 }))
      .toBe('What changed, 1 March 2025 → 11 March 2026: 5 countries changed, 2 changed to approached, 2 changed to receiving deportees, 1 changed to refused.');
    expect(announcement(es, day, changed, null, { from, changed: 5 })).toMatch(/^Qué cambió, 1 de marzo de 2025 → 11 de marzo de 2026: 5 países cambiaron, 2 pasaron a contactado/);
  });
});
