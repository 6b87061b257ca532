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
});
