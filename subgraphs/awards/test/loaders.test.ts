import { DatasetWriter, factsDrift, sonLaUnits, sqlStatementsSoFar, withSqlCounting } from '@lsp/shared';
import { dbKinds, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { recognitionCounts } from '../src/datasets';
import { awardsFacts } from '../src/indicators/facts';
import { communeYearRowsLoader, createLoaders } from '../src/loaders';
import { awards } from '../src/server';

describe('communeYearRowsLoader', () => {
  it('fetches a whole batch in one call and returns every row of each (commune, year), [] when none', async () => {
    const calls: Array<[number[], string[]]> = [];
    const rows = [
      { communeCode: '03646', year: 2015, titleCode: 'A' },
      { communeCode: '03646', year: 2015, titleCode: 'B' },
      { communeCode: '03649', year: 2016, titleCode: 'A' },
      { communeCode: '03649', year: 2015, titleCode: 'NOT_ASKED_FOR_IN_THIS_YEAR_BUT_ASKED' },
    ];
    const loader = communeYearRowsLoader(async (years, codes) => {
      calls.push([years, codes]);
      return rows.filter((r) => years.includes(r.year) && codes.includes(r.communeCode));
    });
    const [a, b, c] = await Promise.all([
      loader.load({ communeCode: '03646', year: 2015 }),
      loader.load({ communeCode: '03649', year: 2016 }),
      loader.load({ communeCode: '03652', year: 2015 }),
    ]);
    expect(calls).toHaveLength(1);
    expect(a.map((r) => r.titleCode)).toEqual(['A', 'B']);
    expect(b.map((r) => r.titleCode)).toEqual(['A']);
    expect(c).toEqual([]);
    // Cached per request: asking again costs no call.
    await loader.load({ communeCode: '03646', year: 2015 });
    expect(calls).toHaveLength(1);
  });
});

describe.each(dbKinds)('awards facts loader on %s', (kind) => {
  let sg: RunningSubgraph;
  const [C1, C2] = sonLaUnits().districtTerritory('116', 2015);
  beforeAll(async () => {
    sg = await startSubgraph(awards, { kind, seed: false });
    const writer = new DatasetWriter(sg.db, sonLaUnits(), 'awards');
    const csv = `communeCode,year,titleCode,recognised,eligible\n${C1},2015,GIA_DINH_HIEU_HOC,700,1000\n${C1},2016,GIA_DINH_HOC_TAP,60,100\n${C2},2015,DONG_HO_KHUYEN_HOC,0,0`;
    expect((await writer.importCsv(recognitionCounts, csv, { actor: 'test' })).ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  const counted = <T>(fn: () => Promise<T>) =>
    withSqlCounting(async () => {
      const value = await fn();
      return { value, statements: sqlStatementsSoFar() };
    });

  it('factsByUnitYear: one statement for every (commune, year) asked in the same tick; communes without rows are null', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() =>
      Promise.all([C1, C2, '03652'].flatMap((unitCode) => [2015, 2016].map((year) => loaders.factsByUnitYear.load({ unitCode, year })))));
    expect(statements).toBe(1);
    const [c1y15, c1y16, c2y15, c2y16, none] = value;
    expect(c1y15?.get('AW_STUDIOUS_FAMILIES')).toEqual({ numerator: 700, denominator: 1000, provenance: 'IMPORTED' });
    expect(c1y16?.get('AW_STUDIOUS_FAMILIES')).toEqual({ numerator: 60, denominator: 100, provenance: 'IMPORTED' });
    // Nothing eligible is still a report (0 of 0), not missing.
    expect(c2y15?.get('AW_LEARNING_CLANS')).toEqual({ numerator: 0, denominator: 0, provenance: 'IMPORTED' });
    expect(c2y16).toBeNull();
    expect(none).toBeNull();
  });

  it('factsByUnitYear: a year outside the stored window is computed from the tables (one statement); stored facts equal a fresh computation', async () => {
    const loaders = createLoaders(sg.db);
    const { value, statements } = await counted(() => Promise.all([loaders.factsByUnitYear.load({ unitCode: C1, year: 2031 }), loaders.factsByUnitYear.load({ unitCode: C1, year: 2009 })]));
    expect(statements).toBe(1);
    expect(value).toEqual([null, null]);
    const live = await awardsFacts.compute(sg.db.manager, [C1], [2015]);
    expect(live).toEqual([{ year: 2015, unitCode: C1, indicatorCode: 'AW_STUDIOUS_FAMILIES', numerator: 700, denominator: 1000, provenance: 'IMPORTED' }]);
    expect(await factsDrift(sg.db, awardsFacts)).toEqual([]);
  });
});
