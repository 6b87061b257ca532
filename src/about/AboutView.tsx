/** "About the data": what the data holds, how it is derived, how to correct it, and every source. */
import { useMemo } from 'react';
import { dayToIso, formatDay, formatPartialDate } from '../data/dates.ts';
import { STATUSES } from '../data/types.ts';
import { useModel } from '../model/model.ts';
import { Swatch } from '../ui/StatusChip.tsx';
import { useAppStore } from '../store/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { codeParts, datasetCounts, sourceRows, type DatasetCounts, type SourceRow } from './aboutLogic.ts';
import { RecentChanges } from './RecentChanges.tsx';
import { Reconciliation } from './Reconciliation.tsx';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="about-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A text with `code` marked by backticks. */
function Rich({ text }: { text: string }) {
  return <>{codeParts(text).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : p.text))}</>;
}

function NewTabLink({ href, children }: { href: string; children: React.ReactNode }) {
  const t = useT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t.newTab}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

const COUNT_KEYS = ['countries', 'senderWide', 'events', 'sources', 'quotes'] as const satisfies readonly (keyof DatasetCounts)[];

export function AboutView() {
  const { dataset, horizon } = useModel();
  const t = useT();
  const A = t.about;
  const countLabels: Record<keyof DatasetCounts, string> = {
    countries: A.countCountries, senderWide: A.countSenderWide, events: A.countEvents, sources: A.countSources, quotes: A.countQuotes,
  };
  const counts = useMemo(() => datasetCounts(dataset), [dataset]);
  const rows = useMemo(() => sourceRows(dataset, t), [dataset, t]);
  return (
    <article className="about" aria-labelledby="about-title" data-testid="about">
      <h2 id="about-title">{A.title}</h2>
      <p className="about-intro">{A.intro}</p>

      <Section id="about-counts" title={A.countsTitle}>
        <dl className="about-counts">
          {COUNT_KEYS.map((k) => (
            <div key={k}>
              <dt>{countLabels[k]}</dt>
              <dd data-count={k}>{t.formatCount(counts[k])}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="about-statuses" title={A.statusesTitle}>
        <p>{A.statusesIntro}</p>
        <dl className="about-statuses">
          {STATUSES.map((s) => (
            <div key={s} data-status={s}>
              <dt><Swatch status={s} /> {t.status.labels[s]}</dt>
              <dd>{t.status.descriptions[s]}</dd>
            </div>
          ))}
          <div data-status="none">
            <dt><Swatch status={null} /> {t.noStatus}</dt>
            <dd>{A.noStatusDescription}</dd>
          </div>
        </dl>
      </Section>

      <Section id="about-dates" title={A.datesTitle}>
        <ul>{A.dates.map((t) => <li key={t}><Rich text={t} /></li>)}</ul>
      </Section>

      <Section id="about-people" title={A.peopleTitle}>
        <ul>{A.people.map((t) => <li key={t}>{t}</li>)}</ul>
      </Section>

      <Section id="about-reconcile" title={t.reconcile.title}><Reconciliation /></Section>

      <Section id="about-checked" title={A.checkedTitle}>
        <p data-testid="about-checked">
          <time dateTime={dataset.checked}>{A.checked(formatPartialDate(dataset.checked, t.locale))}</time>
        </p>
        <p data-testid="about-reach">
          <time dateTime={dayToIso(horizon)}>{A.reach(formatDay(horizon, t.locale))}</time>
        </p>
      </Section>

      <Section id="about-changes" title={t.changes.heading}><RecentChanges /></Section>

      <Section id="about-correct" title={A.correctTitle}>
        {A.correct.map((t) => <p key={t}><Rich text={t} /></p>)}
      </Section>

      <Section id="about-sources" title={A.sourcesTitle(rows.length)}>
        <p>{A.sourcesIntro}</p>
        <ul className="about-sources">
          {rows.map((r) => <SourceItem key={r.id} row={r} />)}
        </ul>
      </Section>
    </article>
  );
}

function SourceItem({ row: r }: { row: SourceRow }) {
  const store = useAppStore();
  const t = useT();
  const A = t.about;
  return (
    <li className="about-source" data-source={r.id}>
      <h4 className="about-source-publisher">
        {r.publisher}
        {r.via && <span className="about-source-via"> {t.provenance.via(r.via)}</span>}
      </h4>
      <p className="about-source-headline">
        {r.headline ? <cite lang={r.language}>{r.headline}</cite> : <span className="about-muted">{A.noHeadline}</span>}
      </p>
      <dl className="about-source-facts">
        <div>
          <dt>{t.source.date}</dt>
          <dd>
            {r.date}
            {r.dateNote && <span className="about-source-datenote" lang="en"> — {r.dateNote}</span>}
          </dd>
        </div>
        <div>
          <dt>{A.ourText}</dt>
          <dd>{r.provenance}</dd>
        </div>
        {r.note && (
          <div>
            <dt>{t.source.note}</dt>
            <dd lang="en">{r.note}</dd>
          </div>
        )}
        <div>
          <dt>{A.citedBy}</dt>
          <dd data-cited={r.citedBy} data-cited-counts={r.countsCiting}>
            {r.countsCiting > 0 ? A.eventsAndCounts(r.citedBy, r.countsCiting) : A.events(r.citedBy)}
          </dd>
        </div>
      </dl>
      <p className="about-source-links">
        <NewTabLink href={r.url}>{A.openPage}</NewTabLink>
        <button type="button" className="link-button" onClick={() => store.getState().openSource({ source: r.id, at: null })}>
          {t.readSource}
        </button>
      </p>
      {r.alsoAt.length > 0 && (
        <p className="about-source-also">
          {t.source.alsoAt}:{' '}
          {r.alsoAt.map((u) => (
            <NewTabLink key={u} href={u}>{u}</NewTabLink>
          ))}
        </p>
      )}
    </li>
  );
}
