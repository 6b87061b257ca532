import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../scripts/compileData.ts';
import { isoToDay } from '../data/dates.ts';
import { StatusIndex } from '../data/statusIndex.ts';
import { parseCsv } from '../export/csv.ts';
import en from '../i18n/catalogues/en.ts';
import { CHANGE_COLUMNS, changeFileName, changesCsv, changesJson, changesOut } from './changeExport.ts';
import { changeRows, changesBetween } from './changes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { dataset } = compileData(root, { dataDir: `${root}e2e/fixtures/data` });
if (!dataset) throw new Error('the fixture does not compile');
const index = new StatusIndex(dataset.events);
const [a, b] = [isoToDay('2025-03-01') as number, isoToDay('2025-08-01') as number];
const rows = changesOut(changeRows(changesBetween(index, a, b), (iso) => `Name ${iso}`, 'en-GB'), (s) => en.status.labels[s], en.noStatus);

describe('the changes download', () => {
  it('lists the changed countries in the table\'s order, with both statuses, the day of the change and the events behind it', () => {
    expect(rows.map((r) => r.country)).toEqual(['GNQ', 'MRT', 'SLV', 'SWZ', 'AGO']);
    expect(rows.find((r) => r.country === 'SWZ')).toMatchObject({
      fromStatus: null, fromLabel: en.noStatus, toStatus: 'receiving', toLabel: en.status.labels.receiving, changedOn: '2025-07-15',
      changeEventIds: ['swz-2025-05-05-approached', 'swz-2025-05-14-agreement', 'swz-2025-07-15-receiving'],
    });
    expect(rows.find((r) => r.country === 'SLV')).toMatchObject({ fromStatus: 'agreement', toStatus: 'receiving', changeEventIds: ['slv-2025-03-15-receiving'] });
    for (const r of rows) expect(r.sourceIds.length).toBeGreaterThan(0);
  });
  it('writes CSV with its columns and JSON with both dates and the rule', () => {
    const csv = parseCsv(changesCsv(rows));
    expect(csv[0]).toEqual([...CHANGE_COLUMNS]);
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[1]?.slice(0, 7)).toEqual(['GNQ', 'Name GNQ', '', en.noStatus, 'approached', en.status.labels.approached, '2025-05-01']);
    const doc = JSON.parse(changesJson(rows, a, b, { title: 't', url: 'u', checked: '2026-06-30', sourcesUpTo: '2026-05-15' }, 'en')) as { from: string; to: string; changes: unknown[]; rule: string };
    expect(doc).toMatchObject({ from: '2025-03-01', to: '2025-08-01' });
    expect(doc.changes).toHaveLength(rows.length);
    expect(doc.rule).toContain('changed back');
  });
  it('names its files after both dates', () => {
    expect(changeFileName('statuses-csv', a, b)).toBe('third-country-deportations-changes-2025-03-01-to-2025-08-01.csv');
    expect(changeFileName('map-png', a, b)).toBe('third-country-deportations-map-changes-2025-03-01-to-2025-08-01.png');
  });
});
