import { describe, expect, it } from 'vitest';
import { isoToDay } from '../data/dates.ts';
import type { CompiledEvent, Story } from '../data/types.ts';
import { presentCaption } from './caption.ts';

const d = (iso: string) => isoToDay(iso) as number;
const ev = (id: string, date: string, country: string, summary: string, es?: string): CompiledEvent => ({
  id, date, country, sender: 'USA', status: 'approached', summary, quotes: [], day: d(date), added: '2026-11-23', ...(es ? { tr: { es: { summary: es } } } : {}),
});
const events = [ev('a', '2019-07-26', 'GTM', 'A in Guatemala.', 'A en Guatemala.'), ev('b', '2025-01-31', 'SLV', 'B in El Salvador.'), ev('c', '2025-05-05', 'AGO', 'C in Angola.')];
const story: Story = {
  id: 'tour', title: 'Tour',
  steps: [{ date: '2025-01-31', day: d('2025-01-31'), country: 'SLV', events: ['a', 'b'], caption: 'Step one.' }],
  tr: { es: { title: 'Recorrido', captions: ['Paso uno.'] } },
};

describe('presentCaption', () => {
  it('tells the step while the date is the step’s, in the reader’s language', () => {
    expect(presentCaption(events, story, 'en', { day: d('2025-01-31'), storyStep: 1, country: 'SLV' })).toEqual({ step: 1, text: 'Step one.', lang: 'en', events: ['a', 'b'] });
    expect(presentCaption(events, story, 'es', { day: d('2025-01-31'), storyStep: 1, country: 'SLV' })?.text).toBe('Paso uno.');
  });
  it('tells the newest event up to the date once the date has moved off the step', () => {
    expect(presentCaption(events, story, 'en', { day: d('2025-06-01'), storyStep: 1, country: null })).toEqual({ step: null, text: 'C in Angola.', lang: 'en', events: ['c'] });
    expect(presentCaption(events, story, 'en', { day: d('2025-06-01'), storyStep: null, country: 'SLV' })?.events).toEqual(['b']);
    expect(presentCaption(events, null, 'es', { day: d('2020-01-01'), storyStep: null, country: null })).toEqual({ step: null, text: 'A en Guatemala.', lang: 'es', events: ['a'] });
  });
  it('says nothing before the first event', () => {
    expect(presentCaption(events, null, 'en', { day: d('2019-01-01'), storyStep: null, country: null })).toBeNull();
  });
});
