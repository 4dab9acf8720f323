import { factsDrift, sonLaUnits, sqlStatementsSoFar, withSqlCounting } from '@lsp/shared';
import { dbKinds, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { vocational } from '../src/server';
import { createLoaders } from '../src/loaders';
import { vocationalFacts } from '../src/indicators/facts';

/** Each per-request loader answers any batch with one SQL statement and returns rows in key order. */
const counted = <T>(fn: () => Promise<T>) => withSqlCounting(async () => ({ result: await fn(), statements: sqlStatementsSoFar() }));

describe.each(dbKinds)('vocational loaders on %s', (kind) => {
  let sg: RunningSubgraph;
  const communes = sonLaUnits().reportingCommunes(2016).map((u) => u.code);
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind });
  });
  afterAll(() => sg?.stop());

  it('factsByUnitYear: one statement for every commune of two years; the seed stored facts equal to a fresh computation', async () => {
    const loaders = createLoaders(sg.db);
    const keys = [...communes.map((unitCode) => ({ unitCode, year: 2016 })), ...communes.map((unitCode) => ({ unitCode, year: 2015 })), { unitCode: '99999', year: 2016 }];
    const { result, statements } = await counted(() => Promise.all(keys.map((k) => loaders.factsByUnitYear.load(k))));
    expect(statements).toBe(1);
    const [row] = await sg.db.query('SELECT agri_workers_training_access AS a, agricultural_workers AS w FROM labour_force WHERE commune_code = ? AND year = 2016', [communes[0]]);
    expect(result[0]?.get('VOC_AGRI_TRAINING_ACCESS')).toEqual({ numerator: Number(row.a), denominator: Number(row.w), provenance: 'SYNTHETIC' });
    expect([...result[0]!.keys()].sort()).toEqual(['VOC_AGRI_TRAINING_ACCESS', 'VOC_TECH_TRANSFER', 'VOC_TRAINEES_PER_1000', 'VOC_WORKERS_TRAINED']);
    expect(result[result.length - 1]).toBeNull();
    expect(await factsDrift(sg.db, vocationalFacts)).toEqual([]);
  });

  it('factsByUnitYear: a year outside the stored window is computed from the tables (labour rows, trainees, years with courses)', async () => {
    const loaders = createLoaders(sg.db);
    const { result, statements } = await counted(() => Promise.all([2009, 2031].map((year) => loaders.factsByUnitYear.load({ unitCode: communes[0], year }))));
    // The seed covers 2012–2024: no labour row either side (the computation stops after the labour rows).
    expect(result).toEqual([null, null]);
    expect(statements).toBe(1);
  });

  it('labourForceByCommuneYear: one statement for every commune of two years, null for a missing key', async () => {
    const loaders = createLoaders(sg.db);
    const keys = [...communes.map((communeCode) => ({ communeCode, year: 2016 })), ...communes.map((communeCode) => ({ communeCode, year: 2015 })), { communeCode: '99999', year: 2016 }];
    const { result, statements } = await counted(() => loaders.labourForceByCommuneYear.loadMany(keys));
    expect(statements).toBe(1);
    expect(result[0]).toMatchObject({ communeCode: communes[0], year: 2016 });
    expect(result[communes.length]).toMatchObject({ communeCode: communes[0], year: 2015 });
    expect(result[result.length - 1]).toBeNull();
  });

  it('trainingGroupsByCommuneYear: one statement, groups summing to the stored enrolments', async () => {
    const loaders = createLoaders(sg.db);
    const { result, statements } = await counted(() => loaders.trainingGroupsByCommuneYear.loadMany(communes.map((communeCode) => ({ communeCode, year: 2016 }))));
    expect(statements).toBe(1);
    const loaded = (result as any[]).flat().reduce((s, g) => s + g.enrolled, 0);
    const stored = Number((await sg.db.query('SELECT SUM(enrolled) AS n FROM course_enrolment WHERE year = 2016'))[0].n);
    expect(loaded).toBe(stored);
    expect((result[0] as any[]).every((g) => g.communeCode === communes[0] && g.year === 2016)).toBe(true);
  });

  it('yearHasCourses, providerByCode, coursesByProviderYear, enrolmentsByCourse: one statement each', async () => {
    const loaders = createLoaders(sg.db);
    const years = await counted(() => Promise.all([2011, 2012, 2024, 2025].map((y) => loaders.yearHasCourses.load(y))));
    expect(years).toEqual({ result: [false, true, true, false], statements: 1 });
    const codes: string[] = (await sg.db.query('SELECT code FROM training_provider ORDER BY code')).map((p: { code: string }) => p.code);
    const byCode = await counted(() => Promise.all([...codes, 'NOPE'].map((c) => loaders.providerByCode.load(c))));
    expect(byCode.statements).toBe(1);
    expect(byCode.result.map((p) => p?.code ?? null)).toEqual([...codes, null]);
    const courses = await counted(() => Promise.all(codes.map((providerCode) => loaders.coursesByProviderYear.load({ providerCode, year: 2016 }))));
    expect(courses.statements).toBe(1);
    courses.result.forEach((list, i) => expect(list.every((c) => c.providerCode === codes[i] && c.year === 2016)).toBe(true));
    const courseCodes = courses.result.flat().map((c) => c.code);
    const enrolments = await counted(() => Promise.all(courseCodes.map((c) => loaders.enrolmentsByCourse.load(c))));
    expect(enrolments.statements).toBe(1);
    expect(enrolments.result.flat().length).toBe(Number((await sg.db.query('SELECT COUNT(*) AS n FROM course_enrolment WHERE year = 2016'))[0].n));
  });
});
