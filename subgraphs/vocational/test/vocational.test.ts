import { SYNTHETIC_LABEL, sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, quietLog, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { vocational } from '../src/server';
import { syntheticVocationalData } from '../src/store/seed';

const units = sonLaUnits();
const INDICATOR_FIELDS = 'code numerator denominator value unit unitsReporting unitsExpected';
const RATIO_FIELDS = 'code numerator denominator value unit target targetYear unitsReporting unitsExpected';

describe.each(dbKinds)('vocational subgraph, seeded, on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind });
  });
  afterAll(() => sg?.stop());

  it('publishes the year-entity keys through _service', async () => {
    const r = await gql(sg.url, '{ _service { sdl } }', {}, { as: analyst });
    const sdl: string = r.data._service.sdl;
    expect(sdl).toMatch(/type CommuneYear\s+@key\(fields: "communeCode year boundaries"\)/);
    expect(sdl).toMatch(/type DistrictYear\s+@key\(fields: "districtCode year"\)/);
    expect(sdl).toMatch(/type ProvinceYear\s+@key\(fields: "provinceCode year"\)/);
    expect(sdl).toMatch(/type IndicatorValue\s+@shareable/);
  });

  it('resolves every year-entity key through _entities with the uniform VOC_* list', async () => {
    const reps = [
      { __typename: 'CommuneYear', communeCode: '03646', year: 2015, boundaries: 'REPORTED' },
      { __typename: 'DistrictYear', districtCode: '116', year: 2015 },
      { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 },
    ];
    const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on CommuneYear { vocationalIndicators { ${INDICATOR_FIELDS} } labourForce { unitsReporting unitsExpected sources } }
      ... on DistrictYear { vocationalIndicators { ${INDICATOR_FIELDS} } labourForce { unitsReporting unitsExpected } }
      ... on ProvinceYear { vocationalIndicators { ${INDICATOR_FIELDS} } labourForce { unitsReporting unitsExpected } } } }`, { r: reps }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [c, d, p] = r.data._entities;
    for (const e of [c, d, p]) {
      expect(e.vocationalIndicators.map((i: any) => i.code)).toEqual(['VOC_AGRI_TRAINING_ACCESS', 'VOC_WORKERS_TRAINED', 'VOC_TECH_TRANSFER', 'VOC_TRAINEES_PER_1000']);
      for (const i of e.vocationalIndicators) {
        expect(i.value).toBeCloseTo((i.numerator / i.denominator) * (i.unit === 'percent' ? 100 : 1000), 1);
      }
    }
    expect(c.labourForce).toEqual({ unitsReporting: 1, unitsExpected: 1, sources: [SYNTHETIC_LABEL] });
    expect(d.labourForce.unitsExpected).toBe(units.districtTerritory('116', 2015).length);
    expect(p.labourForce.unitsReporting).toBe(units.reportingCommunes(2015).length);
  });

  it('rolls the province up as a ratio of sums of the stored commune rows', async () => {
    const rows = await gql(sg.url, '{ labourForceRows(year: 2015, first: 1000) { nodes { workingAgePopulation agriculturalWorkers agriculturalWorkersTrainingAccess vocationallyTrainedWorkers technologyTransfer { workers } source } } }', {}, { as: analyst });
    expect(rows.errors).toBeUndefined();
    const lf = rows.data.labourForceRows.nodes;
    expect(lf).toHaveLength(units.reportingCommunes(2015).length);
    expect(lf.every((r: any) => r.source === SYNTHETIC_LABEL)).toBe(true);
    const sum = (f: (r: any) => number) => lf.reduce((s: number, r: any) => s + f(r), 0);
    const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvinceYear {
      labourIndicators { agriculturalTrainingAccess { ${RATIO_FIELDS} } vocationallyTrained { ${RATIO_FIELDS} } technologyTransfer { ${RATIO_FIELDS} } } } } }`,
    { r: [{ __typename: 'ProvinceYear', provinceCode: '14', year: 2015 }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const li = r.data._entities[0].labourIndicators;
    expect(li.agriculturalTrainingAccess).toMatchObject({
      numerator: sum((x) => x.agriculturalWorkersTrainingAccess), denominator: sum((x) => x.agriculturalWorkers), target: 85, targetYear: 2015, unit: 'percent',
    });
    expect(li.vocationallyTrained).toMatchObject({ numerator: sum((x) => x.vocationallyTrainedWorkers), denominator: sum((x) => x.workingAgePopulation), target: 40 });
    expect(li.technologyTransfer).toMatchObject({ numerator: sum((x) => x.technologyTransfer.workers), denominator: sum((x) => x.workingAgePopulation), target: 70 });
    const expected = Math.round((sum((x) => x.agriculturalWorkersTrainingAccess) / sum((x) => x.agriculturalWorkers)) * 10000) / 100;
    expect(li.agriculturalTrainingAccess.value).toBe(expected);
  });

  it('reads a 2025 commune in 2020 as the sum of its predecessors (CURRENT boundaries)', async () => {
    const preds = ['04039', '04048', '04051', '04054'];
    const reps = [
      { __typename: 'CommuneYear', communeCode: '04048', year: 2020, boundaries: 'CURRENT' },
      ...preds.map((communeCode) => ({ __typename: 'CommuneYear', communeCode, year: 2020, boundaries: 'REPORTED' })),
    ];
    const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
      labourForce { workingAgePopulation unitsExpected } vocationalTraining { enrolled } vocationalIndicators { code numerator denominator } } } }`, { r: reps }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [current, ...parts] = r.data._entities;
    expect(current.labourForce.unitsExpected).toBe(4);
    expect(current.labourForce.workingAgePopulation).toBe(parts.reduce((s: number, p: any) => s + p.labourForce.workingAgePopulation, 0));
    expect(current.vocationalTraining.enrolled).toBe(parts.reduce((s: number, p: any) => s + p.vocationalTraining.enrolled, 0));
    current.vocationalIndicators.forEach((ind: any, i: number) => {
      expect(ind.numerator).toBe(parts.reduce((s: number, p: any) => s + p.vocationalIndicators[i].numerator, 0));
    });
  });

  it('seeds every reporting commune of every year 2012–2024, deterministically', async () => {
    const a = syntheticVocationalData(units, 2014, 2014);
    const b = syntheticVocationalData(units, 2014, 2014);
    expect(a).toEqual(b);
    expect(new Set(a.labourForce.map((r) => r.communeCode)).size).toBe(units.reportingCommunes(2014).length);
    expect(new Set(a.enrolments.map((e) => e.communeCode)).size).toBe(units.reportingCommunes(2014).length);
    for (const year of [2012, 2024]) {
      const r = await gql(sg.url, `{ labourForceRows(year: ${year}, first: 1000) { nodes { communeCode } } }`, {}, { as: analyst });
      expect(r.data.labourForceRows.nodes).toHaveLength(units.reportingCommunes(year).length);
    }
    const none = await gql(sg.url, '{ labourForceRows(year: 2025, first: 1000) { nodes { communeCode } } }', {}, { as: analyst });
    expect(none.data.labourForceRows.nodes).toHaveLength(0);
  });

  it('seeds only an empty database: seeding again adds nothing', async () => {
    const counts = async () => Promise.all(['training_provider', 'vocational_course', 'course_enrolment', 'labour_force'].map(async (t) => Number((await sg.db.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)));
    const before = await counts();
    expect(before.every((n) => n > 0)).toBe(true);
    await vocational.seed!(sg.db, quietLog, units);
    expect(await counts()).toEqual(before);
  });

  it('lists providers and their courses with enrolments summed', async () => {
    const r = await gql(sg.url, `{ trainingProviders(districtCode: "116") { nodes { code name kind districtCode district { code } source
      courses(year: 2015) { code level year enrolled graduated enrolments { communeCode sex ethnicGroup enrolled graduated } } } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const providers = r.data.trainingProviders.nodes;
    expect(providers.length).toBeGreaterThan(1);
    expect(providers.every((p: any) => p.districtCode === '116' && p.source === SYNTHETIC_LABEL && /SYNTHETIC/.test(p.name))).toBe(true);
    const courses = providers.flatMap((p: any) => p.courses);
    expect(courses.length).toBeGreaterThan(0);
    for (const c of courses) {
      expect(c.year).toBe(2015);
      expect(c.enrolled).toBe(c.enrolments.reduce((s: number, e: any) => s + e.enrolled, 0));
      expect(c.graduated).toBeLessThanOrEqual(c.enrolled);
    }
  });

  it('pages courses by code with the filters applied', async () => {
    const q = 'query($after: String) { vocationalCourses(year: 2016, districtCode: "116", first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code provider { districtCode } } } }';
    const p1 = await gql(sg.url, q, {}, { as: analyst });
    expect(p1.errors).toBeUndefined();
    const total = p1.data.vocationalCourses.totalCount;
    const seen: string[] = [];
    let page = p1.data.vocationalCourses;
    for (;;) {
      seen.push(...page.nodes.map((n: any) => n.code));
      expect(page.nodes.every((n: any) => n.provider.districtCode === '116')).toBe(true);
      if (!page.pageInfo.hasNextPage) break;
      page = (await gql(sg.url, q, { after: page.pageInfo.endCursor }, { as: analyst })).data.vocationalCourses;
    }
    expect(seen).toHaveLength(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers NOT_FOUND for an unknown district, and nothing for a district of no communes in that year', async () => {
    const unknown = await gql(sg.url, '{ labourForceRows(year: 2015, districtCode: "999", first: 1000) { nodes { communeCode } } }', {}, { as: analyst });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const gone = await gql(sg.url, '{ labourForceRows(year: 2025, districtCode: "116", first: 1000) { nodes { communeCode } } }', {}, { as: analyst });
    expect(gone.errors).toBeUndefined();
    expect(gone.data.labourForceRows.nodes).toEqual([]);
    const some = await gql(sg.url, '{ labourForceRows(year: 2015, districtCode: "116", first: 1000) { nodes { communeCode } } }', {}, { as: analyst });
    expect(some.data.labourForceRows.nodes.map((r: any) => r.communeCode)).toEqual(units.districtTerritory('116', 2015));
  });

  it('refuses row-level reads to anonymous callers', async () => {
    const r = await gql(sg.url, '{ trainingProviders { nodes { code } } }', {}, { as: ['anonymous'] });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a call without the gateway signature', async () => {
    const r = await gql(sg.url, '{ trainingProviders { nodes { code } } }');
    expect(r.status).toBe(401);
  });

  it('keeps the SQL statement count flat from 10 to all communes', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
      labourForce { workingAgePopulation } vocationalTraining { enrolled bySex: breakdown(by: SEX) { key enrolled } }
      labourIndicators { traineesPer1000 { value } } vocationalIndicators { code value } } } }`;
    const reps = (n: number) => units.reportingCommunes(2015).slice(0, n).map((u) => ({ __typename: 'CommuneYear', communeCode: u.code, year: 2015, boundaries: 'REPORTED' }));
    const small = await gql(sg.url, q, { r: reps(10) }, { as: analyst });
    const all = units.reportingCommunes(2015).length;
    const large = await gql(sg.url, q, { r: reps(all) }, { as: analyst });
    expect(large.errors).toBeUndefined();
    expect(large.data._entities).toHaveLength(all);
    // Labour rows, training groups and years with courses (the figures), and the indicator facts (the list).
    expect(small.sqlStatements).toBe(4);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
