/**
 * The browser tests' `test`: Playwright's, with the tests' data set (e2e/fixtures/data, see its
 * README) at hand. The site under test is built from that data set (scripts/testSite.ts), so the
 * page loads it as a reader's page loads the real one: nothing is swapped at run time. Every
 * behaviour spec imports `test` and `expect` from here, never from '@playwright/test': tests read
 * their expectations from `data` (the fixture compiled once per worker by the same `compileData`
 * the build uses, with the app's own indexes over it) or state them outright: the fixture only
 * changes when its tests do.
 *
 * The real data set is checked in e2e/realdata.spec.ts (and the dev server in e2e/dev.spec.ts),
 * which import from '@playwright/test' on purpose; e2e/realdata.spec.ts also checks that every
 * other spec imports from here.
 */
import { test as base, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { compileData } from '../scripts/compileData.ts';
import { FIXTURE_DATA_DIR } from '../scripts/testSite.ts';
import { PeopleIndex } from '../src/data/people.ts';
import { StatusIndex } from '../src/data/statusIndex.ts';
import { formatIssue } from '../src/data/validate.ts';
import type { Dataset } from '../src/data/types.ts';
import { sourcesReach } from '../src/data/scope.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The page's request for its data set (the build's hashed file), for tests that hold it or answer it otherwise. */
export const DATASET_ROUTE = '**/assets/dataset-*.json';

export interface TestData {
  dataset: Dataset;
  index: StatusIndex;
  people: PeopleIndex;
  /** The data set as the site serves it. */
  json: string;
}

/** The fixture compiled as the build compiles data/ (throws with the validator's messages if invalid). */
function compileFixture(): TestData {
  const { dataset, errors } = compileData(ROOT, { dataDir: FIXTURE_DATA_DIR });
  if (!dataset) throw new Error(`e2e/fixtures/data is invalid:\n${errors.map(formatIssue).join('\n')}`);
  return { dataset, index: new StatusIndex(dataset.events, { until: sourcesReach(dataset) }), people: new PeopleIndex(dataset.events), json: JSON.stringify(dataset) };
}

export const test = base.extend<Record<never, never>, { data: TestData }>({
  data: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(compileFixture());
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** The fixture's event with this id (throws if there is none: the fixture and its tests disagree). */
export function eventById(data: TestData, id: string): Dataset['events'][number] {
  const e = data.dataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in e2e/fixtures/data`);
  return e;
}

/** The fixture's source with this id (throws if there is none). */
export function sourceById(data: TestData, id: string): Dataset['sources'][number] {
  const s = data.dataset.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id} in e2e/fixtures/data`);
  return s;
}
