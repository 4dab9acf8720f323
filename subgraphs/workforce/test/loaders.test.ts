import { DatasetWriter, sonLaUnits, sqlStatementsSoFar, withSqlCounting } from '@lsp/shared';
import { dbKinds, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { qualifications, roster } from '../src/datasets';
import { createLoaders } from '../src/loaders';
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

  it('countsByUnitYear: one statement for every (unit, year) asked in the same tick; units without people are null', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() =>
      Promise.all([A, W, DISTRICT, '03661'].flatMap((communeCode) => [2015, 2020].map((year) => loaders.countsByUnitYear.load({ communeCode, year })))));
    expect(statements).toBe(1);
    const [a2015, a2020, , , d2015, , none] = value;
    expect(a2015).toMatchObject({ communeCode: A, year: 2015, keyCadres: 2, keyCadresUpperSecondary: 1, villageLeaders: 2 });
    expect(a2020).toMatchObject({ villageLeaders: 3 });
    expect(d2015).toMatchObject({ communeCode: DISTRICT, civilServantsAssessed: 0 });
    expect(none).toBeNull();
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
