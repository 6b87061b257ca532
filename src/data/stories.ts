/**
 * Pure helpers over the compiled stories (data/stories/, checked by src/data/validate.ts; types in
 * src/data/types.ts). No UI here: the presentation reads these.
 */
import type { Dataset, Story } from './types.ts';

/** The story with this id, or null (the data set may have none). */
export function findStory(d: Pick<Dataset, 'stories'>, id: string): Story | null {
  return d.stories?.find((s) => s.id === id) ?? null;
}

/**
 * A story's title and captions in a language: its translation when the data has one for that
 * language (the validator makes it complete), else the English.
 */
export function storyText(story: Story, lang: string): { title: string; captions: string[] } {
  const tr = story.tr?.[lang];
  if (tr) return { title: tr.title, captions: [...tr.captions] };
  return { title: story.title, captions: story.steps.map((s) => s.caption) };
}
