import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { INDICATOR_VALUE_SDL, WRITE_SDL, sonLaUnits } from '@lsp/shared';
import { analyst, cliToken, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { vocational } from '../src/server';
import { runImportCli } from '../src/import-cli';

const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const C3 = units.districtTerritory('118', 2015)[0];
const EDITOR = { as: ['editor:vocational' as const] };

const LABOUR_HEADER = 'commune_code,year,working_age_population,agricultural_workers,vocationally_trained_workers,agricultural_workers_training_access,technology_transfer_workers,technology_transfer_agriculture,technology_transfer_forestry,technology_transfer_tourism,technology_transfer_processing';
const LABOUR_CSV = [
  LABOUR_HEADER,
  `${C1},2015,1000,800,300,600,500,300,150,20,50`,
  `${C2},2015,3000,2000,1500,1800,2400,2000,500,100,300`,
  `${C3},2015,2000,1500,400,900,1000,800,100,0,100`,
  `${C1},2016,1000,800,350,700,500,300,150,20,50`,
].join('\n');
const PROVIDERS_CSV = ['provider_code,name,kind,district_code', 'PX-1,TT GDTX thử nghiệm,CONTINUING_EDUCATION_CENTRE,116', 'PX-2,HTX thử nghiệm,COOPERATIVE,116'].join('\n');
const COURSE_HEADER = 'course_code,provider_code,occupation,level,rural_labour_programme,year,commune_code,sex,ethnic_group,enrolled,graduated';
const COURSES_CSV = [
  COURSE_HEADER,
  `C1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C1},MALE,Thái,12,10`,
  `C1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C1},FEMALE,Thái,8,8`,
  `C1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C2},FEMALE,Kinh,5,4`,
  `C2,PX-2,May công nghiệp,ELEMENTARY,false,2015,${C2},FEMALE,Mông,15,12`,
].join('\n');

const IMPORT = (name: string) => `mutation($csv: String!, $dryRun: Boolean) { ${name}(csv: $csv, dryRun: $dryRun) { ok dryRun batchId rows inserted updated unchanged problems { row field code message } } }`;
const RATIO = 'numerator denominator value unitsReporting unitsExpected previousValue';
const YEAR_FIELDS = `labourForce { workingAgePopulation agriculturalWorkers technologyTransfer { workers tourism } unitsReporting unitsExpected sources }
  vocationalTraining { enrolled graduated sex: breakdown(by: SEX) { key enrolled graduated } level: breakdown(by: LEVEL) { key enrolled }
    rural: breakdown(by: RURAL_LABOUR_PROGRAMME) { key enrolled } ethnic: breakdown(by: ETHNIC_GROUP) { key enrolled } }
  labourIndicators { agriculturalTrainingAccess { ${RATIO} target } vocationallyTrained { ${RATIO} } technologyTransfer { ${RATIO} } traineesPer1000 { ${RATIO} target } }
  vocationalIndicators { code ${RATIO} unit }`;

async function entity(sg: RunningSubgraph, rep: Record<string, unknown>) {
  const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${YEAR_FIELDS} } ... on DistrictYear { ${YEAR_FIELDS} } ... on ProvinceYear { ${YEAR_FIELDS} } } }`, { r: [rep] }, { as: analyst });
  expect(r.errors).toBeUndefined();
  return r.data._entities[0];
}
const count = async (sg: RunningSubgraph, table: string) => Number((await sg.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

it('declares the shared value types exactly as shared SDL says', () => {
  const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(sdl).toContain(INDICATOR_VALUE_SDL);
  expect(sdl).toContain(WRITE_SDL);
});

it('describes every type, field, enum value and input field of its own (analysts read the schema first)', () => {
  const doc = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const sharedTypes = new Set(['IndicatorValue', 'InputProblem', 'ImportResult', 'AuditRecord', 'Query', 'Mutation']);
  const missing: string[] = [];
  for (const d of doc.definitions as any[]) {
    // An extension (extend type DistrictYear) adds fields; the type's own definition carries its description.
    if (!d.name || d.kind.endsWith('Extension') && (d.fields ?? []).every((f: any) => f.description)) continue;
    if (!d.description && !sharedTypes.has(d.name.value)) missing.push(d.name.value);
    if (sharedTypes.has(d.name.value) && !['Query', 'Mutation'].includes(d.name.value)) continue;
    for (const f of d.fields ?? d.values ?? []) if (!f.description) missing.push(`${d.name.value}.${f.name.value}`);
  }
  expect(missing).toEqual([]);
});

describe.each(dbKinds)('vocational writes and exact figures on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('imports providers, courses with enrolments and labour force', async () => {
    const p = await gql(sg.url, IMPORT('importTrainingProvidersCsv'), { csv: PROVIDERS_CSV }, EDITOR);
    expect(p.data.importTrainingProvidersCsv).toMatchObject({ ok: true, rows: 2, inserted: 2, problems: [] });
    const c = await gql(sg.url, IMPORT('importVocationalCoursesCsv'), { csv: COURSES_CSV }, EDITOR);
    expect(c.data.importVocationalCoursesCsv).toMatchObject({ ok: true, rows: 6, inserted: 6, problems: [] });
    const l = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: LABOUR_CSV }, EDITOR);
    expect(l.data.importLabourForceCsv).toMatchObject({ ok: true, rows: 4, inserted: 4, problems: [] });
    expect(await count(sg, 'vocational_course')).toBe(2);
    expect(await count(sg, 'course_enrolment')).toBe(4);
  });

  it('computes a district as the ratio of sums of its communes, by hand', async () => {
    const d = await entity(sg, { __typename: 'DistrictYear', districtCode: '116', year: 2015 });
    const expected = units.districtTerritory('116', 2015).length;
    expect(d.labourForce).toMatchObject({ workingAgePopulation: 4000, agriculturalWorkers: 2800, technologyTransfer: { workers: 2900, tourism: 120 }, unitsReporting: 2, unitsExpected: expected });
    expect(d.labourForce.sources).toEqual(['Sở LĐ-TB&XH (import)']);
    const li = d.labourIndicators;
    expect(li.agriculturalTrainingAccess).toMatchObject({ numerator: 2400, denominator: 2800, value: 85.71, target: 85, unitsReporting: 2, unitsExpected: expected, previousValue: null });
    expect(li.vocationallyTrained).toMatchObject({ numerator: 1800, denominator: 4000, value: 45 });
    expect(li.technologyTransfer).toMatchObject({ numerator: 2900, denominator: 4000, value: 72.5 });
    expect(li.traineesPer1000).toMatchObject({ numerator: 40, denominator: 4000, value: 10, target: null });
    expect(d.vocationalIndicators.map((i: any) => [i.code, i.numerator, i.denominator, i.value, i.unit])).toEqual([
      ['VOC_AGRI_TRAINING_ACCESS', 2400, 2800, 85.71, 'percent'],
      ['VOC_WORKERS_TRAINED', 1800, 4000, 45, 'percent'],
      ['VOC_TECH_TRANSFER', 2900, 4000, 72.5, 'percent'],
      ['VOC_TRAINEES_PER_1000', 40, 4000, 10, 'per_1000'],
    ]);
    expect(d.vocationalTraining).toMatchObject({
      enrolled: 40, graduated: 34,
      sex: [{ key: 'FEMALE', enrolled: 28, graduated: 24 }, { key: 'MALE', enrolled: 12, graduated: 10 }],
      level: [{ key: 'ELEMENTARY', enrolled: 15 }, { key: 'UNDER_3_MONTHS', enrolled: 25 }],
      rural: [{ key: 'false', enrolled: 15 }, { key: 'true', enrolled: 25 }],
    });
    expect(d.vocationalTraining.ethnic.map((g: any) => [g.key, g.enrolled])).toEqual([['Kinh', 5], ['Mông', 15], ['Thái', 20]]);
  });

  it('computes a commune alone, with the year before as previousValue', async () => {
    const c = await entity(sg, { __typename: 'CommuneYear', communeCode: C1, year: 2016, boundaries: 'REPORTED' });
    expect(c.labourIndicators.agriculturalTrainingAccess).toMatchObject({ numerator: 700, denominator: 800, value: 87.5, previousValue: 75 });
    expect(c.labourIndicators.vocationallyTrained).toMatchObject({ value: 35, previousValue: 30 });
    // 2016 has no course at all: trainees are missing, not zero
    expect(c.vocationalTraining.enrolled).toBeNull();
    expect(c.labourIndicators.traineesPer1000).toMatchObject({ numerator: null, value: null, unitsReporting: 0, previousValue: 20 });
  });

  it('reads a commune without enrolments in a year with courses as 0 trainees, and no data as null', async () => {
    const c3 = await entity(sg, { __typename: 'CommuneYear', communeCode: C3, year: 2015, boundaries: 'REPORTED' });
    expect(c3.vocationalTraining.enrolled).toBe(0);
    expect(c3.labourIndicators.traineesPer1000).toMatchObject({ numerator: 0, denominator: 2000, value: 0 });
    const empty = await entity(sg, { __typename: 'DistrictYear', districtCode: '119', year: 2015 });
    expect(empty.labourForce).toMatchObject({ workingAgePopulation: null, unitsReporting: 0, sources: [] });
    for (const i of empty.vocationalIndicators) expect(i).toMatchObject({ numerator: null, denominator: null, value: null, unitsReporting: 0 });
    const p = await entity(sg, { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 });
    expect(p.labourIndicators.vocationallyTrained).toMatchObject({ numerator: 2200, denominator: 6000, unitsReporting: 3, unitsExpected: units.reportingCommunes(2015).length });
  });

  it('refuses a bad labour-force file whole, naming row, field and code', async () => {
    const csv = [
      LABOUR_HEADER,
      `99999,2015,1000,800,300,600,500,300,150,20,50`,
      `${C1},2009,1000,800,300,600,500,300,150,20,50`,
      `${C2},2017,-5,0,0,0,0,0,0,0,0`,
      `${C2},2018,1000,1200,300,600,500,300,150,20,50`,
      `${C2},2019,1000,800,300,600,500,300,600,20,50`,
      `${C2},2019,1000,800,300,600,500,300,150,20,50`,
      `03983,2015,1000,800,300,600,500,300,150,20,50`,
      `${C2},2020,1000,800,1300,900,500,300,150,20,50`,
    ].join('\n');
    const before = await count(sg, 'labour_force');
    const r = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv }, EDITOR);
    const res = r.data.importLabourForceCsv;
    expect(res.ok).toBe(false);
    const got = res.problems.map((p: any) => [p.row, p.field, p.code]);
    expect(got).toEqual(expect.arrayContaining([
      [1, 'communeCode', 'UNKNOWN_COMMUNE'],
      [2, 'year', 'OUT_OF_RANGE'],
      [3, 'workingAgePopulation', 'NEGATIVE'],
      [4, 'agriculturalWorkers', 'PART_EXCEEDS_WHOLE'],
      [5, 'technologyTransferForestry', 'PART_EXCEEDS_WHOLE'],
      [6, 'communeCode+year', 'DUPLICATE_ROW'],
      [7, 'communeCode', 'COMMUNE_NOT_VALID_IN_YEAR'],
      [8, 'vocationallyTrainedWorkers', 'PART_EXCEEDS_WHOLE'],
      [8, 'agriculturalWorkersTrainingAccess', 'PART_EXCEEDS_WHOLE'],
    ]));
    expect(got).toHaveLength(9);
    expect(await count(sg, 'labour_force')).toBe(before);
    const audit = await gql(sg.url, 'query($b: String) { vocationalAudit(batchId: $b) { action entity after } }', { b: res.batchId }, { as: analyst });
    expect(audit.data.vocationalAudit).toHaveLength(1);
    expect(JSON.parse(audit.data.vocationalAudit[0].after)).toMatchObject({ result: 'refused', problems: 9 });
  });

  it('refuses a bad course file whole: unknown provider, graduates above enrolments, conflicts', async () => {
    const csv = [
      COURSE_HEADER,
      `C3,NOPE,Hàn,ELEMENTARY,false,2015,${C1},MALE,Thái,10,5`,
      `C4,PX-1,Hàn,ELEMENTARY,false,2015,${C1},MALE,Thái,10,11`,
      `C4,PX-1,Điện dân dụng,ELEMENTARY,false,2015,${C2},MALE,Thái,10,5`,
      `C1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2016,${C1},MALE,Thái,12,10`,
      `C5,PX-1,Hàn,ELEMENTARY,false,2015,${C1},MALE,Klingon,10,5`,
      `C5,PX-1,Hàn,WEEKEND,false,2015,${C1},FEMALE,Thái,10,5`,
    ].join('\n');
    const before = [await count(sg, 'vocational_course'), await count(sg, 'course_enrolment')];
    const r = await gql(sg.url, IMPORT('importVocationalCoursesCsv'), { csv }, EDITOR);
    const res = r.data.importVocationalCoursesCsv;
    expect(res.ok).toBe(false);
    expect(res.problems.map((p: any) => [p.row, p.field, p.code])).toEqual([
      [1, 'providerCode', 'UNKNOWN_PROVIDER'],
      [2, 'graduated', 'PART_EXCEEDS_WHOLE'],
      [3, 'occupation', 'CONFLICTING_VALUE'],
      [4, 'year', 'CONFLICTS_WITH_STORED'],
      [5, 'ethnicGroup', 'NOT_ALLOWED'],
      [6, 'level', 'NOT_ALLOWED'],
    ]);
    expect(res.problems[1].message).toContain('11');
    expect([await count(sg, 'vocational_course'), await count(sg, 'course_enrolment')]).toEqual(before);
  });

  it('refuses a file with a missing column before reading rows', async () => {
    const r = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: 'commune_code,year\n03646,2015' }, EDITOR);
    expect(r.data.importLabourForceCsv.ok).toBe(false);
    expect(r.data.importLabourForceCsv.problems[0]).toMatchObject({ row: null, field: 'workingAgePopulation', code: 'MISSING_COLUMN' });
  });

  it('re-imports change nothing; a changed row is one audited update', async () => {
    for (const [name, csv, rows] of [['importTrainingProvidersCsv', PROVIDERS_CSV, 2], ['importVocationalCoursesCsv', COURSES_CSV, 6], ['importLabourForceCsv', LABOUR_CSV, 4]] as const) {
      const r = await gql(sg.url, IMPORT(name), { csv }, EDITOR);
      expect(r.data[name]).toMatchObject({ ok: true, rows, inserted: 0, updated: 0, unchanged: rows });
    }
    const changed = LABOUR_CSV.replace(`${C1},2015,1000,800,300,600`, `${C1},2015,1000,800,320,600`);
    const r = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: changed }, { as: { sub: 'ms.lan@sldtbxh', roles: ['editor:vocational'] } });
    expect(r.data.importLabourForceCsv).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 3 });
    const audit = await gql(sg.url, 'query($k: String) { vocationalAudit(entityKey: $k, first: 5) { action entity actor before after batchId } }', { k: `${C1}|2015` }, { as: analyst });
    const [latest] = audit.data.vocationalAudit;
    expect(latest).toMatchObject({ action: 'update', entity: 'LabourForce', actor: 'ms.lan@sldtbxh', batchId: r.data.importLabourForceCsv.batchId });
    expect(JSON.parse(latest.before).vocationallyTrainedWorkers).toBe(300);
    expect(JSON.parse(latest.after).vocationallyTrainedWorkers).toBe(320);
    const d = await entity(sg, { __typename: 'DistrictYear', districtCode: '116', year: 2015 });
    expect(d.labourIndicators.vocationallyTrained).toMatchObject({ numerator: 1820, denominator: 4000, value: 45.5 });
  });

  it('checks without writing on dryRun', async () => {
    const csv = [LABOUR_HEADER, `${C2},2016,3000,2000,1500,1800,2400,2000,500,100,300`].join('\n');
    const r = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv, dryRun: true }, EDITOR);
    expect(r.data.importLabourForceCsv).toMatchObject({ ok: true, dryRun: true, inserted: 1 });
    const rows = await gql(sg.url, '{ labourForceRows(year: 2016) { nodes { communeCode } } }', {}, { as: analyst });
    expect(rows.data.labourForceRows.nodes.map((x: any) => x.communeCode)).toEqual([C1]);
  });

  it('lets only editor:vocational (or admin) write', async () => {
    for (const roles of [['analyst'], ['editor:education'], ['anonymous']]) {
      const r = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: LABOUR_CSV }, { as: roles as never });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const admin = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: LABOUR_CSV, dryRun: true }, { as: ['admin'] });
    expect(admin.data.importLabourForceCsv.ok).toBe(true);
    const audit = await gql(sg.url, '{ vocationalAudit { id } }', {}, { as: ['anonymous'] });
    expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes single records through mutations with the same rules: fields named after the input, row = position (of the enrolment)', async () => {
    const lf = { communeCode: C2, year: 2016, workingAgePopulation: 3000, agriculturalWorkers: 2000, vocationallyTrainedWorkers: 1500, agriculturalWorkersTrainingAccess: 2100,
      technologyTransferWorkers: 2400, technologyTransferAgriculture: 2000, technologyTransferForestry: 500, technologyTransferTourism: 100, technologyTransferProcessing: 300 };
    const M = 'mutation($i: LabourForceInput!) { upsertLabourForce(input: $i) { ok inserted problems { row field code } } }';
    const bad = await gql(sg.url, M, { i: lf }, EDITOR);
    expect(bad.data.upsertLabourForce).toMatchObject({ ok: false, inserted: 0, problems: [{ row: 1, field: 'agriculturalWorkersTrainingAccess', code: 'PART_EXCEEDS_WHOLE' }] });
    const good = await gql(sg.url, M, { i: { ...lf, agriculturalWorkersTrainingAccess: 1800 } }, EDITOR);
    expect(good.data.upsertLabourForce).toMatchObject({ ok: true, inserted: 1 });

    const C = 'mutation($i: VocationalCourseInput!) { upsertVocationalCourse(input: $i) { ok inserted updated problems { row field code } } }';
    const course = { code: 'C9', providerCode: 'PX-2', occupation: 'Dệt thổ cẩm', level: 'UNDER_3_MONTHS', ruralLabourProgramme: true, year: 2016,
      enrolments: [{ communeCode: C1, sex: 'FEMALE', ethnicGroup: 'Thái', enrolled: 20, graduated: 18 }, { communeCode: '99999', sex: 'FEMALE', ethnicGroup: 'Thái', enrolled: 5, graduated: 6 }] };
    const refused = await gql(sg.url, C, { i: course }, EDITOR);
    expect(refused.data.upsertVocationalCourse.ok).toBe(false);
    expect(refused.data.upsertVocationalCourse.problems).toEqual([
      { row: 2, field: 'communeCode', code: 'UNKNOWN_COMMUNE' },
      { row: 2, field: 'graduated', code: 'PART_EXCEEDS_WHOLE' },
    ]);
    const none = await gql(sg.url, C, { i: { ...course, enrolments: [] } }, EDITOR);
    expect(none.data.upsertVocationalCourse.problems).toEqual([{ row: null, field: 'enrolments', code: 'REQUIRED' }]);
    const ok = await gql(sg.url, C, { i: { ...course, enrolments: course.enrolments.slice(0, 1) } }, EDITOR);
    expect(ok.data.upsertVocationalCourse).toMatchObject({ ok: true, inserted: 2 });
    const c = await entity(sg, { __typename: 'CommuneYear', communeCode: C1, year: 2016, boundaries: 'REPORTED' });
    expect(c.labourIndicators.traineesPer1000).toMatchObject({ numerator: 20, denominator: 1000, value: 20 });

    const P = 'mutation($i: TrainingProviderInput!) { upsertTrainingProvider(input: $i) { ok problems { field code } } }';
    const p = await gql(sg.url, P, { i: { code: 'PX-3', name: 'X', kind: 'ENTERPRISE', districtCode: '999' } }, EDITOR);
    expect(p.data.upsertTrainingProvider).toEqual({ ok: false, problems: [{ field: 'districtCode', code: 'UNKNOWN_DISTRICT' }] });
  });

  it('imports from the command line with the same rules, exit 1 when refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voc-cli-'));
    const good = join(dir, 'good.csv');
    const bad = join(dir, 'bad.csv');
    writeFileSync(good, [LABOUR_HEADER, `${C2},2017,3000,2000,1500,1800,2400,2000,500,100,300`].join('\n'));
    writeFileSync(bad, [LABOUR_HEADER, `${C2},2017,3000,2000,3500,1800,2400,2000,500,100,300`].join('\n'));
    const env = { DATABASE_URL: sg.databaseUrl, LOG_LEVEL: 'silent', LSP_TOKEN: await cliToken(['editor:vocational']) };
    const lines: string[] = [];
    expect(await runImportCli(['labour-force', bad], env, (l) => lines.push(l))).toBe(1);
    expect(lines.join('\n')).toMatch(/row 1, field vocationallyTrainedWorkers: PART_EXCEEDS_WHOLE/);
    expect(await runImportCli(['labour-force', good], env, (l) => lines.push(l))).toBe(0);
    expect(lines[lines.length - 1]).toMatch(/applied: 1 rows, 1 inserted/);
    const rows = await gql(sg.url, '{ labourForceRows(year: 2017) { nodes { communeCode source } } }', {}, { as: analyst });
    expect(rows.data.labourForceRows.nodes).toEqual([{ communeCode: C2, source: 'Sở LĐ-TB&XH (import)' }]);
    expect(await runImportCli(['nonsense'], env, (l) => lines.push(l))).toBe(1);
  });
});
