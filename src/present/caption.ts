/**
 * What presentation mode says under the date: the story step's caption when the date is the
 * step's, else the newest event up to the date (the selected country's, if one is selected) — in
 * the reader's language where the data has it. Pure; the overlay draws it.
 */
import { storyText } from '../data/stories.ts';
import type { CompiledEvent, Story } from '../data/types.ts';
import { eventProse } from '../story/quoteLogic.ts';

export interface PresentCaption {
  /** The story step shown (1-based), or null for an event's summary. */
  step: number | null;
  text: string;
  /** The language of `text`. */
  lang: string;
  /** The events it rests on (their quotes are its sources). */
  events: string[];
}

export function presentCaption(
  events: readonly CompiledEvent[], story: Story | null, lang: string,
  s: { day: number; storyStep: number | null; country: string | null },
): PresentCaption | null {
  const step = story && s.storyStep !== null ? story.steps[s.storyStep - 1] : undefined;
  if (story && step && step.day === s.day && s.storyStep !== null) {
    const text = storyText(story, lang);
    const translated = story.tr?.[lang] !== undefined;
    return { step: s.storyStep, text: text.captions[s.storyStep - 1] ?? step.caption, lang: translated ? lang : 'en', events: [...step.events] };
  }
  let latest: CompiledEvent | null = null;
  for (const e of events) {
    if (e.day > s.day) break;
    if (s.country === null || e.country === s.country) latest = e;
  }
  if (!latest) return null;
  const prose = eventProse(latest, lang);
  return { step: null, text: prose.summary, lang: prose.lang, events: [latest.id] };
}
