/**
 * About's "Recent changes": the events most recently added to the data or changed
 * (recentChanges.ts), each a link that opens the map at its country and date, and the link to the
 * build's Atom feed of every change (docs/INTERFACES.md, "The Atom feed").
 */
import { useMemo, type MouseEvent } from 'react';
import { formatPartialDate } from '../data/dates.ts';
import { useT } from '../i18n/useT.ts';
import { urlContext, useModel } from '../model/model.ts';
import { useAppStore, useUrlState, type UrlContext } from '../store/appStore.ts';
import { serialiseQuery, type QueryParam, type UrlState } from '../store/urlState.ts';
import { eventProse } from '../story/quoteLogic.ts';
import { changeTarget, changeTitle, FEED_FILE, recentChanges, type Change } from './recentChanges.ts';

/** What a link to a change sets: the rest of the reader's state stays as it is. */
const GIVEN: ReadonlySet<QueryParam> = new Set<QueryParam>(['view', 'date', 'country', 'step']);

/**
 * Once the map's view is drawn, focus goes to the story panel's heading (the country's name), so a
 * keyboard or screen reader user lands where the link led rather than at the page's top.
 */
function focusStoryTitle(tries = 30): void {
  requestAnimationFrame(() => {
    const title = document.getElementById('story-title');
    if (!title) {
      if (tries > 0) focusStoryTitle(tries - 1);
      return;
    }
    title.setAttribute('tabindex', '-1');
    title.focus();
  });
}

export function RecentChanges() {
  const t = useT();
  const model = useModel();
  const ctx = urlContext(model);
  // The reader's state as the URL writes it: each link keeps their language, theme and story.
  const here = useUrlState(ctx);
  const list = useMemo(() => recentChanges(model.dataset.events), [model.dataset]);
  return (
    <>
      <p>{t.changes.intro(list.length)}</p>
      <p>
        <a href={FEED_FILE} type="application/atom+xml" hrefLang="en" data-testid="feed-link">{t.changes.feed}</a>
      </p>
      <ol className="about-changes" data-testid="recent-changes">
        {list.map((c) => <ChangeItem key={c.event.id} change={c} here={here} ctx={ctx} />)}
      </ol>
    </>
  );
}

function ChangeItem({ change: { event: e, kind, on }, here, ctx }: { change: Change; here: UrlState; ctx: UrlContext }) {
  const t = useT();
  const store = useAppStore();
  const target = changeTarget(here, e);
  const prose = eventProse(e, t.lang);
  const open = (ev: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window, or a download, goes by the link's address.
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    store.getState().applyUrl(target, GIVEN);
    focusStoryTitle();
  };
  return (
    <li className="about-change" data-change={e.id} data-kind={kind}>
      <p className="about-change-when">
        <time dateTime={on}>{formatPartialDate(on, t.locale)}</time>
        {' · '}
        {kind === 'added' ? t.changes.added : t.changes.updated}
      </p>
      <a href={serialiseQuery(target, ctx.latestDay)} onClick={open} className="about-change-link">{changeTitle(e, t)}</a>
      <p className="about-change-summary" lang={prose.lang}>{prose.summary}</p>
    </li>
  );
}
