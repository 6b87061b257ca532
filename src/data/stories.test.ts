import { describe, expect, it } from 'vitest';
import { isoToDay } from './dates.ts';
import { findStory, storyText } from './stories.ts';
import type { Story } from './types.ts';

const story: Story = {
  id: 'a-story',
  title: 'A story',
  steps: [
    { date: '2025-05-05', day: isoToDay('2025-05-05') as number, country: 'AGO', region: 'africa', events: ['ago-2025-05-05-refused'], caption: 'One.' },
    { date: '2025-06', day: isoToDay('2025-06') as number, events: ['x'], caption: 'Two.' },
  ],
  tr: { es: { title: 'Una historia', captions: ['Uno.', 'Dos.'] } },
};

describe('stories', () => {
  it('finds a story by id', () => {
    expect(findStory({ stories: [story] }, 'a-story')).toBe(story);
    expect(findStory({ stories: [story] }, 'nope')).toBeNull();
    expect(findStory({}, 'a-story')).toBeNull();
  });

  it('gives the title and captions in a language, or the English', () => {
    expect(storyText(story, 'es')).toEqual({ title: 'Una historia', captions: ['Uno.', 'Dos.'] });
    expect(storyText(story, 'en')).toEqual({ title: 'A story', captions: ['One.', 'Two.'] });
    expect(storyText(story, 'fr')).toEqual({ title: 'A story', captions: ['One.', 'Two.'] });
  });

});
