import { DatasetWriter, factsDrift, sonLaUnits, sqlStatementsSoFar, withSqlCounting } from '@lsp/shared';
import { dbKinds, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { qualifications, roster } from '../src/datasets';
import { createLoaders } from '../src/loaders';
import { workforceFacts } from '../src/indicators/facts';
import { workforce } from '../src/server';
import { A, DISTRICT, QUALIFICATIONS_CSV, ROSTER_CSV, W } from './fixtures';

describe.each(dbKinds)('workforce loaders on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
    const writer = new DatasetWriter(sg.db, sonLaUnits(), 'workforce');
    expect((await writer.importCsv(roster, ROSTER_CSV, { actor: 'test' })).ok).toBe(true);
    expect((await writer.importCsv(qualifications, QUALIFICATIONS_CSV, { actor: 'test' })).ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  const counted = <T>(fn: () => Promise<T>) =>
    withSqlCounting(async () => {
      const value = await fn();
      return { value, statements: sqlStatementsSoFar() };
    });

  it('factsByUnitYear: one statement for every (unit, year) asked in the same tick; units without people are null', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() =>
      Promise.all([A, W, DISTRICT, '03661'].flatMap((unitCode) => [2015, 2020].map((year) => loaders.factsByUnitYear.load({ unitCode, year })))));
    expect(statements).toBe(1);
    const [a2015, a2020, , , d2015, , none] = value;
    expect(a2015?.get('WF_KEY_CADRES_UPPER_SECONDARY')).toEqual({ numerator: 1, denominator: 2, provenance: 'IMPORTED' });
    expect(a2015?.get('WF_VILLAGE_LEADERS_LOWER_SECONDARY')?.denominator).toBe(2);
    expect(a2020?.get('WF_VILLAGE_LEADERS_LOWER_SECONDARY')?.denominator).toBe(3);
    // The district office has postings but nobody assessed against a standard: no civil-servant fact (no data, not zero).
    expect(d2015?.get('WF_CIVIL_SERVANTS_STANDARD') ?? null).toBeNull();
    expect(none).toBeNull();
  });

  it('factsByUnitYear: a year outside the stored window is computed from the tables (one statement); stored facts equal a fresh computation', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() => Promise.all([loaders.factsByUnitYear.load({ unitCode: A, year: 2031 }), loaders.factsByUnitYear.load({ unitCode: A, year: 2009 })]));
    expect(statements).toBe(1);
    // Every posting of the fixture ends on 2025-06-30 (the reform) and starts after 2009: no data either side.
    expect(value).toEqual([null, null]);
    expect(await factsDrift(sg.db, workforceFacts)).toEqual([]);
    expect(Number((await sg.db.query('SELECT COUNT(*) AS n FROM indicator_fact'))[0].n)).toBeGreaterThan(0);
  });

  it('postingsByUnitYear: one statement for a batch across years, each key keeping the postings held on its 31 December', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() =>
      Promise.all([loaders.postingsByUnitYear.load({ unitCode: A, year: 2015 }), loaders.postingsByUnitYear.load({ unitCode: A, year: 2020 })]));
    expect(statements).toBe(1);
    expect(value[0].map((p) => p.personCode)).toEqual(['A-KC1', 'A-KC2', 'A-PCS1', 'A-VH1']);
    expect(value[1].map((p) => p.personCode)).toEqual(['A-KC1', 'A-KC2', 'A-PCS1', 'A-VH1', 'A-VH2']);
    expect(value[0][0].person).toMatchObject({ personCode: 'A-KC1', birthYear: 1968 });
  });

  it('qualificationsByPerson and postingsByPerson: one statement each for any number of people', async () => {
    const loaders = createLoaders(sg.db);
    const people = ['A-PCS1', 'A-KC1', 'D-1', 'NOBODY'];
    const { value, statements } = await counted(() =>
      Promise.all([Promise.all(people.map((p) => loaders.qualificationsByPerson.load(p))), Promise.all(people.map((p) => loaders.postingsByPerson.load(p)))]));
    expect(statements).toBe(2);
    expect(value[0].map((q) => q.length)).toEqual([4, 4, 4, 0]);
    expect(value[1].map((p) => p.length)).toEqual([1, 1, 1, 0]);
  });
});
