/**
 * The editor's page (data/README.md, "The editor"): a source and an event side by side, the
 * validator's messages on the draft as it is typed, the map at the event's date with the draft
 * applied, and the save, which shows a file changed on disk since it was opened instead of
 * overwriting it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { countryName } from '../src/data/countries.ts';
import table from '../src/data/countries.json' with { type: 'json' };
import { call, errorOf, hasToken, type Answer } from './api.ts';
import { addQuote, eventToSend, newEvent, newSource, previewPath, withVersions } from './draft.ts';
import { EventForm } from './EventForm.tsx';
import { CheckField, SelectField, type Option } from './fields.tsx';
import type {
  CheckResponse, Conflict, Draft, EventDraft, Issue, ListResponse, OpenEventResponse, OpenSourceResponse, PreviewResponse, Rec, SaveResponse, SourceDraft, Versions,
} from './protocol.ts';
import { SourceForm } from './SourceForm.tsx';

/** How long typing pauses before the draft is checked. */
const CHECK_AFTER_MS = 400;

const COUNTRIES: Option[] = (table as { a3: string }[])
  .map((r) => ({ value: r.a3, label: `${countryName(r.a3)} (${r.a3})` }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

const langName = (lang: string): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; written: string[] }
  | { kind: 'refused'; errors: Issue[] }
  | { kind: 'conflict'; conflicts: Conflict[] }
  | { kind: 'failed'; message: string };

function IssueList({ issues, testId }: { issues: readonly Issue[]; testId: string }) {
  return (
    <ul className="issues" data-testid={testId}>
      {issues.map((i, n) => (
        <li key={n}>
          <code>{i.file}</code>: <strong>{i.record}</strong>: {i.reason}
        </li>
      ))}
    </ul>
  );
}

export function Editor() {
  const [list, setList] = useState<ListResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(hasToken ? null : 'This page works only when `npm run edit` serves it.');
  const [versions, setVersions] = useState<Versions>({});
  const [source, setSource] = useState<SourceDraft | null>(null);
  const [event, setEvent] = useState<EventDraft | null>(null);
  /** Whether each panel holds changes not saved: opening another record there would lose them. */
  const [dirty, setDirty] = useState({ source: false, event: false });
  const [panelNote, setPanelNote] = useState<{ source: string | null; event: string | null }>({ source: null, event: null });
  const [checkedToday, setCheckedToday] = useState(false);
  /** The validator's answer, and the draft it answers. */
  const [checkResult, setCheckResult] = useState<(CheckResponse & { of: Draft }) | null>(null);
  const [preview, setPreview] = useState<{ n: number; path: string } | null>(null);
  const [previewNote, setPreviewNote] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [quoteHelp, setQuoteHelp] = useState<string | null>(null);
  const [openSourceId, setOpenSourceId] = useState('');
  const [openEventId, setOpenEventId] = useState('');
  const checkRun = useRef(0);

  const applyList = (a: Answer<ListResponse>): void => {
    const e = errorOf(a);
    if (e) {
      setFailure(e);
      return;
    }
    setList(a.body);
    setVersions((v) => withVersions(v, a.body.versions, false));
  };
  const refreshList = async (): Promise<void> => applyList(await call<ListResponse>('list'));

  useEffect(() => {
    if (!hasToken) return;
    let live = true;
    void call<ListResponse>('list').then((a) => {
      if (live) applyList(a);
    });
    return () => {
      live = false;
    };
  }, []);

  const draft: Draft | null = useMemo(
    () => (source || event || checkedToday ? { source, event: event ? eventToSend(event) : null, checkedToday } : null),
    [source, event, checkedToday],
  );

  // The validator on the draft, once typing pauses; an answer to an older draft is dropped.
  useEffect(() => {
    if (!draft) return;
    const run = ++checkRun.current;
    const timer = setTimeout(() => {
      void call<CheckResponse>('check', { draft }).then((a) => {
        if (run !== checkRun.current) return;
        const e = errorOf(a);
        setCheckResult({ ...(e ? { errors: [{ file: '(request)', record: '', reason: e }], changes: [] } : a.body), of: draft });
      });
    }, CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  const checking = draft !== null && checkResult?.of !== draft;

  const sources = list?.sources ?? [];
  const sourceLabel = (id: string): string => {
    const s = sources.find((x) => x.id === id);
    if (s) return `${s.publisher}, ${s.published} (${id})`;
    return source?.record.id === id ? `this new source (${id})` : id;
  };

  const openSource = async (id: string): Promise<void> => {
    const a = await call<OpenSourceResponse>('source', { id });
    const e = errorOf(a);
    if (e) return setFailure(e);
    setSource({ originalId: id, record: a.body.record, text: a.body.text });
    setDirty((d) => ({ ...d, source: false }));
    setVersions((v) => withVersions(v, a.body.versions, true));
    setSaveState({ kind: 'idle' });
  };
  const openEvent = async (id: string): Promise<void> => {
    const a = await call<OpenEventResponse>('event', { id });
    const e = errorOf(a);
    if (e) return setFailure(e);
    setEvent({ originalId: id, record: a.body.record, tr: a.body.tr });
    setDirty((d) => ({ ...d, event: false }));
    setVersions((v) => withVersions(v, a.body.versions, true));
    setSaveState({ kind: 'idle' });
  };

  const quote = (text: string): void => {
    const id = source?.record.id;
    if (typeof id !== 'string' || id === '') {
      setQuoteHelp('Give the source an id first: the quote names it.');
      return;
    }
    setQuoteHelp(null);
    const base = event ?? newEvent(list?.langs ?? []);
    setEvent({ ...base, record: addQuote(base.record, id, text) });
    setDirty((d) => ({ ...d, event: true }));
  };

  const showPreview = async (): Promise<void> => {
    if (!draft || !event) return;
    const path = previewPath(event.record);
    const a = await call<PreviewResponse>('preview', { draft });
    const e = errorOf(a);
    if (e) return setPreviewNote(e);
    setCheckResult({ errors: a.body.errors, changes: a.body.changes, of: draft });
    if (!a.body.shown || path === null) {
      setPreviewNote('Not shown: the map shows only a draft the validator accepts, with a date.');
      return;
    }
    setPreviewNote(null);
    setPreview((p) => ({ n: (p?.n ?? 0) + 1, path }));
  };

  const doSave = async (withVersionsOverride?: Versions): Promise<void> => {
    if (!draft) return;
    setSaveState({ kind: 'saving' });
    const a = await call<SaveResponse>('save', { draft, versions: withVersionsOverride ?? versions });
    const body = a.body;
    if (a.status >= 500 || !('ok' in body)) return setSaveState({ kind: 'failed', message: errorOf(a) ?? 'the save failed' });
    if (!body.ok) {
      setSaveState(body.conflicts.length > 0 ? { kind: 'conflict', conflicts: body.conflicts } : { kind: 'refused', errors: body.errors });
      return;
    }
    setVersions((v) => withVersions(v, body.versions, true));
    if (source && body.source) setSource({ ...source, originalId: String(body.source.id), record: body.source });
    if (event && body.event) setEvent({ ...event, originalId: String(body.event.id), record: body.event });
    setCheckedToday(false);
    setDirty({ source: false, event: false });
    setSaveState({ kind: 'saved', written: body.written });
    setPreview((p) => (p ? { ...p, n: p.n + 1 } : p));
    await refreshList();
  };

  const saveOver = (conflicts: readonly Conflict[]): void => {
    const v = { ...versions };
    for (const c of conflicts) v[c.file] = c.version;
    setVersions(v);
    void doSave(v);
  };
  const reopen = async (): Promise<void> => {
    if (source?.originalId) await openSource(source.originalId);
    if (event?.originalId) await openEvent(event.originalId);
    await refreshList();
    setSaveState({ kind: 'idle' });
  };
  const discard = (): void => {
    setSource(null);
    setEvent(null);
    setDirty({ source: false, event: false });
    setPanelNote({ source: null, event: null });
    setCheckedToday(false);
    setPreview(null);
    setSaveState({ kind: 'idle' });
    void call('discard');
  };

  /** Opens or starts a record in a panel, unless that would drop changes not saved there. */
  const guarded = (panel: 'source' | 'event', go: () => void): void => {
    if (dirty[panel]) {
      setPanelNote((n) => ({ ...n, [panel]: `This ${panel} has changes not saved: save them, or press “Close without saving”, first.` }));
      return;
    }
    setPanelNote((n) => ({ ...n, [panel]: null }));
    go();
  };
  const editSource = (d: SourceDraft): void => {
    setSource(d);
    setDirty((x) => ({ ...x, source: true }));
  };
  const editEvent = (d: EventDraft): void => {
    setEvent(d);
    setDirty((x) => ({ ...x, event: true }));
  };

  const eventGroups = useMemo(() => {
    const by = new Map<string, Option[]>();
    for (const e of list?.events ?? []) {
      const g = by.get(e.country) ?? [];
      g.push({ value: e.id, label: `${e.date} ${e.status ?? 'context'}: ${e.summary.length > 60 ? `${e.summary.slice(0, 60)}…` : e.summary}` });
      by.set(e.country, g);
    }
    return [...by].map(([c, options]) => ({ label: countryName(c), options })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  }, [list]);

  const errors = checking ? [] : (checkResult?.errors ?? []);
  const recordLabel = (r: Rec | undefined): string => (typeof r?.id === 'string' && r.id !== '' ? r.id : 'new');

  return (
    <>
      <header className="top">
        <h1>Editor{list ? `: ${list.dataLabel}/` : ''}</h1>
        <p>
          Adds and edits the sources and events of the map (data/README.md, “The editor”). Today is {list?.today ?? '…'}; the data was last checked
          against its sources on {list?.checked ?? '…'}.
        </p>
      </header>
      <main>
        {failure ? (
          <p className="failure" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="columns">
          <section aria-labelledby="source-title" className="panel">
            <h2 id="source-title">Source{source ? `: ${recordLabel(source.record)}` : ''}</h2>
            <div className="row open-row">
              <SelectField
                label="Open a saved source"
                value={openSourceId}
                options={[{ value: '', label: 'Choose a source' }, ...sources.map((s) => ({ value: s.id, label: `${s.publisher}, ${s.published}: ${s.headline || s.id}` }))]}
                onChange={setOpenSourceId}
                testId="open-source"
              />
              <button type="button" data-testid="open-source-button" disabled={openSourceId === ''} onClick={() => guarded('source', () => void openSource(openSourceId))}>
                Open source
              </button>
              <button type="button" data-testid="new-source" onClick={() => guarded('source', () => setSource(newSource()))}>
                New source
              </button>
            </div>
            {panelNote.source ? (
              <p className="failure" role="alert">
                {panelNote.source}
              </p>
            ) : null}
            {source ? <SourceForm draft={source} onChange={editSource} onQuote={quote} quoteHelp={quoteHelp} /> : <p className="hint">Open a source, or make a new one and paste its text.</p>}
          </section>
          <section aria-labelledby="event-title" className="panel">
            <h2 id="event-title">Event{event ? `: ${recordLabel(event.record)}` : ''}</h2>
            <div className="row open-row">
              <SelectField label="Open a saved event" value={openEventId} options={[{ value: '', label: 'Choose an event' }]} groups={eventGroups} onChange={setOpenEventId} testId="open-event" />
              <button type="button" data-testid="open-event-button" disabled={openEventId === ''} onClick={() => guarded('event', () => void openEvent(openEventId))}>
                Open event
              </button>
              <button type="button" data-testid="new-event" onClick={() => guarded('event', () => setEvent(newEvent(list?.langs ?? [])))}>
                New event
              </button>
            </div>
            {panelNote.event ? (
              <p className="failure" role="alert">
                {panelNote.event}
              </p>
            ) : null}
            {event && list ? (
              <EventForm
                draft={event}
                onChange={editEvent}
                countries={COUNTRIES}
                rules={list.statusRules}
                sourceLabel={sourceLabel}
                langNames={Object.fromEntries(list.langs.map((l) => [l, langName(l)]))}
              />
            ) : (
              <p className="hint">Open an event, make a new one, or add a quote from the source’s text to start one.</p>
            )}
          </section>
        </div>

        <section aria-labelledby="check-title" className="panel check">
          <h2 id="check-title">Check and save</h2>
          <div role="status" aria-live="polite" data-testid="check-status" data-state={!draft ? 'none' : checking ? 'checking' : errors.length > 0 ? 'invalid' : 'valid'}>
            {!draft
              ? 'Nothing to check yet.'
              : checking
                ? 'Checking…'
                : errors.length > 0
                  ? `The validator finds ${errors.length} problem${errors.length === 1 ? '' : 's'}:`
                  : 'Valid: the validator accepts the data with your changes.'}
          </div>
          {!checking && errors.length > 0 ? <IssueList issues={errors} testId="check-errors" /> : null}
          {!checking && checkResult && checkResult.changes.length > 0 ? (
            <p className="hint">
              A save changes: {checkResult.changes.map((f) => `${list?.dataLabel ?? 'data'}/${f}`).join(', ')}.
            </p>
          ) : null}
          <CheckField
            label={`I checked the data against its sources today: set ${list?.dataLabel ?? 'data'}/meta.json “checked” to ${list?.today ?? 'today'}`}
            hint="A record cannot be dated after the day the data was checked."
            checked={checkedToday}
            onChange={setCheckedToday}
            testId="checked-today"
          />
          <div className="row actions">
            <button type="button" data-testid="preview" disabled={!event || !draft} onClick={() => void showPreview()}>
              Show on the map
            </button>
            <button type="button" data-testid="save" className="primary" disabled={!draft || saveState.kind === 'saving'} onClick={() => void doSave()}>
              Save
            </button>
            <button type="button" className="secondary" disabled={!draft} onClick={discard}>
              Close without saving
            </button>
          </div>
          <div aria-live="polite" data-testid="save-status">
            {saveState.kind === 'saving' ? <p>Saving…</p> : null}
            {saveState.kind === 'saved' ? (
              <p className="ok">
                Saved: {saveState.written.length === 0 ? 'nothing had changed, no file was written' : saveState.written.map((f) => `${list?.dataLabel ?? 'data'}/${f}`).join(', ')}.
              </p>
            ) : null}
            {saveState.kind === 'failed' ? <p className="failure">Not saved: {saveState.message}</p> : null}
            {saveState.kind === 'refused' ? (
              <div className="failure">
                <p>Not saved: the validator refuses it.</p>
                <IssueList issues={saveState.errors} testId="save-errors" />
              </div>
            ) : null}
          </div>
          {saveState.kind === 'conflict' ? (
            <div className="conflict" role="alert" data-testid="conflict">
              <p>
                Not saved: {saveState.conflicts.length === 1 ? 'a file' : 'files'} changed on disk since you opened {saveState.conflicts.length === 1 ? 'it' : 'them'}. Nothing was
                overwritten.
              </p>
              {saveState.conflicts.map((c) => (
                <div key={c.file} className="conflict-file">
                  <h3>
                    {list?.dataLabel ?? 'data'}/{c.file}
                  </h3>
                  <div className="columns">
                    <div>
                      <h4>On disk now</h4>
                      <pre tabIndex={0} aria-label={`On disk now: ${c.file}`}>{c.now === null ? '(not there)' : typeof c.now === 'string' ? c.now : JSON.stringify(c.now, null, 2)}</pre>
                    </div>
                    <div>
                      <h4>Your draft</h4>
                      <pre tabIndex={0} aria-label={`Your draft: ${c.file}`}>{JSON.stringify(c.file.endsWith('.txt') ? source?.text : c.file.startsWith('sources/') ? source?.record : event?.record, null, 2)}</pre>
                    </div>
                  </div>
                </div>
              ))}
              <div className="row actions">
                <button type="button" onClick={() => void reopen()}>
                  Reopen from disk (drop my changes)
                </button>
                <button type="button" onClick={() => saveOver(saveState.conflicts)}>
                  Save mine into the file as it is now
                </button>
              </div>
            </div>
          ) : null}
        </section>

        <section aria-labelledby="preview-title" className="panel preview">
          <h2 id="preview-title">The map with your changes</h2>
          {previewNote ? <p className="failure">{previewNote}</p> : null}
          {preview ? (
            <iframe key={preview.n} src={preview.path} title={`Map preview at ${preview.path.replace(/^\/\?/, '')}`} data-testid="preview-frame" />
          ) : (
            <p className="hint">“Show on the map” draws the map at the event’s date, its country selected, with your changes applied (not yet saved).</p>
          )}
        </section>
      </main>
    </>
  );
}
