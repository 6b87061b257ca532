/**
 * Presentation mode's own layer over the map: the caption (the story step's, or the newest event's)
 * in type a room can read, the step counter, the caption's sources, and a few buttons: share, open
 * the presenter's window, leave. The date and the legend are the app's own, enlarged by CSS.
 */
import { useMemo, useState } from 'react';
import { useModel } from '../app/model.ts';
import { ShareButton } from '../app/ShareButton.tsx';
import { findStory } from '../data/stories.ts';
import { useT } from '../i18n/useT.ts';
import { useApp, useAppStore } from '../store/appStore.ts';
import { stateQuery } from '../store/urlSync.ts';
import { presentCaption } from './caption.ts';
import { SourcesDialog } from './SourcesDialog.tsx';
import { newSessionId } from './talk.ts';

export function PresentOverlay() {
  const t = useT();
  const store = useAppStore();
  const { dataset, index } = useModel();
  const day = useApp((s) => s.day);
  const storyStep = useApp((s) => s.storyStep);
  const storyId = useApp((s) => s.storyId);
  const country = useApp((s) => s.country);
  const total = useApp((s) => s.storyStepCount);
  const story = useMemo(() => (storyId ? findStory(dataset, storyId) : null), [dataset, storyId]);
  const caption = presentCaption(dataset.events, story, t.lang, { day, storyStep, country });
  const [sources, setSources] = useState<readonly string[] | null>(null);

  const openPresenter = () => {
    const s = store.getState();
    const session = s.session ?? newSessionId();
    if (!s.session) s.setSession(session);
    const q = new URLSearchParams(stateQuery(store, { latestDay: index.lastDay, storyCount: dataset.stories?.length ?? 0 }));
    q.set('present', '1');
    q.set('remote', '1');
    q.set('session', session);
    window.open(`${location.pathname}?${q}`, `tcdm-presenter-${session}`);
  };

  return (
    <div className="present-layer" data-testid="present">
      <section className="present-caption" aria-label={t.present.sourcesTitle} data-step={caption?.step ?? ''}>
        {caption && caption.step !== null && <p className="present-step" data-testid="present-step">{t.present.step(caption.step, total)}</p>}
        {caption && (
          <p className="present-text" lang={caption.lang} data-testid="present-caption">
            {caption.text}
          </p>
        )}
        {caption && (
          <button type="button" className="present-sources" onClick={() => setSources(caption.events)}>
            {t.present.sources}
          </button>
        )}
      </section>
      <div className="present-actions">
        {story && storyStep === null && (
          <button type="button" className="present-button" onClick={() => store.getState().goToStep(1)}>
            {t.present.startStory(story.tr?.[t.lang]?.title ?? story.title)}
          </button>
        )}
        <ShareButton className="present-share" />
        <button type="button" className="present-button" onClick={openPresenter}>{t.present.presenterView}</button>
        <button type="button" className="present-button" onClick={() => store.getState().setPresent(false)} aria-keyshortcuts="Escape">
          {t.present.exit}
        </button>
      </div>
      <SourcesDialog events={sources} onClose={() => setSources(null)} />
    </div>
  );
}
