import { useMemo } from 'react';
import { useModel } from '../model/model.ts';
import { findStory } from '../data/stories.ts';
import type { Story } from '../data/types.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/appStore.ts';
import { presentCaption, type PresentCaption } from './caption.ts';

/** The story in use, the caption shown now (src/present/caption.ts), and the step and count. */
export function useCaption(): { story: Story | null; caption: PresentCaption | null; storyStep: number | null; total: number } {
  const t = useT();
  const { dataset } = useModel();
  const day = useApp((s) => s.day);
  const storyStep = useApp((s) => s.storyStep);
  const storyId = useApp((s) => s.storyId);
  const country = useApp((s) => s.country);
  const total = useApp((s) => s.storyStepCount);
  const story = useMemo(() => (storyId ? findStory(dataset, storyId) : null), [dataset, storyId]);
  return { story, caption: presentCaption(dataset.events, story, t.lang, { day, storyStep, country }), storyStep, total };
}
