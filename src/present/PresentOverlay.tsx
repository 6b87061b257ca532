/**
 * Presentation mode's own layer over the map: the caption (the story step's, or the newest event's)
 * in type a room can read, the step counter, the caption's sources, and a few buttons: share, open
 * the presenter's window, leave. The date and the legend are the app's own, enlarged by CSS.
 */
import { useState } from 'react';
import { urlContext, useModel } from '../model/model.ts';
import { ShareButton } from '../ui/ShareButton.tsx';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/appStore.ts';
import { stateQuery } from '../store/urlSync.ts';
import { useCaption } from './useCaption.ts';
import { SourcesDialog } from './SourcesDialog.tsx';
import { newSessionId } from './talk.ts';

export function PresentOverlay() {
  const t = useT();
  const store = useAppStore();
  const model = useModel();
  const { story, caption, storyStep, total } = useCaption();
  const [sources, setSources] = useState<readonly string[] | null>(null);

  const openPresenter = () => {
    const s = store.getState();
    const session = s.session ?? newSessionId();
    if (!s.session) s.setSession(session);
    const q = new URLSearchParams(stateQuery(store, urlContext(model)));
    q.set('present', '1');
    q.set('remote', '1');
    q.set('session', session);
    window.open(`${location.pathname}?${q}`, `tcdm-presenter-${session}`);
  };

  return (
    <div className="present-layer" data-testid="present">
      <section className="present-caption" data-map-overlay="" aria-label={t.present.sourcesTitle} data-step={caption?.step ?? ''}>
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
      <div className="present-actions" data-map-overlay="">
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
