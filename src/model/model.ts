/** The loaded data set and its indexes: fixed for the page's life, shared through context. */
import { createContext, useContext } from 'react';
import { PeopleIndex } from '../data/people.ts';
import { sourcesReach } from '../data/scope.ts';
import type { UrlContext } from '../store/appStore.ts';
import { fetchJson, isDatasetShape } from '../data/fetchJson.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import type { Dataset, SourceWithText } from '../data/types.ts';
// The data set's address, from the data plugin (scripts/vite/dataPlugin.ts): hashed in a build.
import { DATASET_URL } from 'virtual:tcdm-dataset';

export interface Model {
  dataset: Dataset;
  /** How far the sources reach (a day): the timeline's end, and the "as of" date of what it shows. */
  horizon: number;
  index: StatusIndex;
  /** The "at least" counts of people moved, per country and overall. */
  people: PeopleIndex;
  sources: Map<string, SourceWithText>;
}

export function createModel(dataset: Dataset): Model {
  const horizon = sourcesReach(dataset);
  return {
    dataset,
    horizon,
    index: new StatusIndex(dataset.events, { until: horizon }),
    people: new PeopleIndex(dataset.events),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}

/** The data set (rejects with a LoadError that says why, src/data/fetchJson.ts). */
export function loadDataset(url = DATASET_URL): Promise<Dataset> {
  return fetchJson(url, { what: 'data set', isShape: isDatasetShape });
}

/** What turning the store into a URL needs to know of the data (src/store/urlState.ts). */
export function urlContext(m: Pick<Model, 'index' | 'dataset'>): UrlContext {
  return { latestDay: m.index.lastDay, storyCount: m.dataset.stories?.length ?? 0 };
}

export const ModelContext = createContext<Model | null>(null);

export function useModel(): Model {
  const m = useContext(ModelContext);
  if (!m) throw new Error('useModel outside ModelContext');
  return m;
}
