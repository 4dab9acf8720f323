import { SYNTHETIC_LABEL, factsDrift, sonLaUnits, type Role } from '@lsp/shared';
import { dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { factsSteps } from '../../../test/testkit/facts';
import { vocationalFacts } from '../src/indicators/facts';
import { vocational } from '../src/server';

/**
 * The indicator facts (shared kit facts.ts) are maintained in every write's transaction, by every path: after
 * each write the stored facts equal a fresh computation from the rows, and the figures read show the change.
 */
const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const C3 = units.districtTerritory('118', 2015)[0];
const editor: Role[] = ['editor:vocational'];
const RESULT = 'ok problems { row field code }';
const IMPORT = (name: string) => `mutation($csv: String!) { ${name}(csv: $csv) { ${RESULT} } }`;
const FIELDS = 'vocationalIndicators { code numerator denominator unitsReporting provenance }';
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${FIELDS} } ... on DistrictYear { ${FIELDS} } } }`;

const LABOUR_HEADER = 'communeCode,year,workingAgePopulation,agriculturalWorkers,vocationallyTrainedWorkers,agriculturalWorkersTrainingAccess,technologyTransferWorkers,technologyTransferAgriculture,technologyTransferForestry,technologyTransferTourism,technologyTransferProcessing';
const LABOUR_CSV = [
  LABOUR_HEADER,
  `${C1},2015,1000,800,300,600,500,300,150,20,50`,
  `${C2},2015,3000,2000,1500,1800,2400,2000,500,100,300`,
  `${C3},2015,2000,1500,400,900,1000,800,100,0,100`,
  `${C1},2016,1000,800,350,700,500,300,150,20,50`,
  // An urban ward without agricultural workers: it reports 0 of 0 (counted as reporting, value null).
  `${C2},2016,3000,0,1500,0,2400,2000,500,100,300`,
].join('\n');
const COURSES_CSV = [
  'code,providerCode,occupation,level,ruralLabourProgramme,year,communeCode,sex,ethnicGroup,enrolled,graduated',
  `CX1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C1},MALE,Thái,12,10`,
  `CX1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C1},FEMALE,Thái,8,8`,
  `CX1,PX-1,Trồng cà phê,UNDER_3_MONTHS,true,2015,${C2},FEMALE,Kinh,5,4`,
].join('\n');

describe.each(dbKinds)('vocational indicator facts on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  const { factCount, write } = factsSteps(() => sg, vocationalFacts, { as: editor });
  const commune = (communeCode: string, year: number) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' });
  /** numerator/denominator of one indicator of an entity (null = no data), with its provenance and reporting communes. */
  const figure = async (code: string, ref: Record<string, unknown>) => {
    const r = await gql(sg.url, ENTITY, { r: [ref] }, { as: ['analyst'] });
    expect(r.errors).toBeUndefined();
    const v = r.data._entities[0].vocationalIndicators.find((i: { code: string }) => i.code === code);
    return v.denominator === null ? null : `${v.numerator}/${v.denominator} ${v.provenance} ${v.unitsReporting}`;
  };
  const course = (code: string, year: number, enrolments: Array<[string, number]>, source?: string) => write(
    `mutation($input: VocationalCourseInput!) { upsertVocationalCourse(input: $input) { ${RESULT} } }`,
    { input: { code, providerCode: 'PX-1', occupation: 'Hàn', level: 'ELEMENTARY', ruralLabourProgramme: false, year, source,
      enrolments: enrolments.map(([communeCode, enrolled]) => ({ communeCode, sex: 'MALE', ethnicGroup: 'Thái', enrolled, graduated: 0 })) } },
  );

  it('CSV imports fill the facts; a dry run and a refused import change none', async () => {
    expect(await factCount()).toBe(0);
    await write(IMPORT('importTrainingProvidersCsv'), { csv: 'code,name,kind,districtCode\nPX-1,TT GDTX thử nghiệm,CONTINUING_EDUCATION_CENTRE,116' });
    // Enrolments without labour-force rows: no commune has a denominator yet, so no fact.
    await write(IMPORT('importVocationalCoursesCsv'), { csv: COURSES_CSV });
    expect(await factCount()).toBe(0);
    await write(IMPORT('importLabourForceCsv'), { csv: LABOUR_CSV });
    const before = await factCount();
    // Five labour rows × three labour indicators, and trainees for the three of 2015 (no course in 2016).
    expect(before).toBe(5 * 3 + 3);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('20/1000 IMPORTED 1');
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C3, 2015))).toBe('0/2000 IMPORTED 1');
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2016))).toBeNull();
    expect(await figure('VOC_TRAINEES_PER_1000', { __typename: 'DistrictYear', districtCode: '116', year: 2015 })).toBe('25/4000 IMPORTED 2');

    const changed = `${LABOUR_HEADER}\n${C1},2015,2000,800,300,600,500,300,150,20,50`;
    const dry = await gql(sg.url, `mutation($csv: String!) { importLabourForceCsv(csv: $csv, dryRun: true) { ok } }`, { csv: changed }, { as: editor });
    expect(dry.data.importLabourForceCsv.ok).toBe(true);
    const refused = await gql(sg.url, IMPORT('importLabourForceCsv'), { csv: `${changed}\n99999,2015,10,1,1,1,1,1,1,1,1` }, { as: editor });
    expect(refused.data.importLabourForceCsv.ok).toBe(false);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('20/1000 IMPORTED 1');
    expect(await factCount()).toBe(before);
    expect(await factsDrift(sg.db, vocationalFacts)).toEqual([]);
  });

  it('a labour row of 0 agricultural workers is a reporting commune (0 of 0), in the commune and its district', async () => {
    expect(await figure('VOC_AGRI_TRAINING_ACCESS', commune(C2, 2016))).toBe('0/0 IMPORTED 1');
    expect(await figure('VOC_AGRI_TRAINING_ACCESS', { __typename: 'DistrictYear', districtCode: '116', year: 2016 })).toBe('700/800 IMPORTED 2');
  });

  it('labour rows and enrolments by mutation, and their deletion, are in the facts at once', async () => {
    await write(`mutation { upsertLabourForce(input: { communeCode: "${C1}", year: 2015, workingAgePopulation: 2000, agriculturalWorkers: 800,
      vocationallyTrainedWorkers: 300, agriculturalWorkersTrainingAccess: 600, technologyTransferWorkers: 500, technologyTransferAgriculture: 300,
      technologyTransferForestry: 150, technologyTransferTourism: 20, technologyTransferProcessing: 50 }) { ${RESULT} } }`);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('20/2000 IMPORTED 1');
    await write(`mutation { deleteCourseEnrolment(courseCode: "CX1", communeCode: "${C1}", sex: MALE, ethnicGroup: "Thái") { ${RESULT} } }`);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('8/2000 IMPORTED 1');
    // Trainees from generated rows beside imported figures: the commune's trainees are MIXED.
    await course('CX2', 2015, [[C1, 4]], SYNTHETIC_LABEL);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('12/2000 MIXED 1');
    await write(`mutation { deleteLabourForce(communeCode: "${C3}", year: 2015) { ${RESULT} } }`);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C3, 2015))).toBeNull();
    expect(await figure('VOC_WORKERS_TRAINED', commune(C3, 2015))).toBeNull();
  });

  it("a year's first course gives every commune of that year its trainees (0 without enrolments); deleting its last takes them away", async () => {
    await course('CY1', 2016, [[C1, 7]]);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2016))).toBe('7/1000 IMPORTED 1');
    // C2 is in no row of this write: the year's first course turns its trainees from missing to 0.
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C2, 2016))).toBe('0/3000 IMPORTED 1');
    await write(`mutation { deleteVocationalCourse(code: "CY1") { ${RESULT} } }`);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2016))).toBeNull();
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C2, 2016))).toBeNull();
    // Deleting one course of a year that keeps others changes only its communes.
    await write(`mutation { deleteVocationalCourse(code: "CX2") { ${RESULT} } }`);
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C1, 2015))).toBe('8/2000 IMPORTED 1');
    expect(await figure('VOC_TRAINEES_PER_1000', commune(C2, 2015))).toBe('5/3000 IMPORTED 1');
  });
});
