import { factsDrift, type Role } from '@lsp/shared';
import { dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { factsSteps } from '../../../test/testkit/facts';
import { workforceFacts } from '../src/indicators/facts';
import { workforce } from '../src/server';
import { A, DISTRICT, QUALIFICATIONS_CSV, ROSTER_CSV } from './fixtures';

/**
 * The indicator facts (shared kit facts.ts) are maintained in every write's transaction, by every path: after
 * each write the stored facts equal a fresh computation from the roster, and the figures read show the change.
 */
const editor: Role[] = ['editor:workforce'];
const RESULT = 'ok problems { row field code }';
const IMPORT = (name: string) => `mutation($csv: String!) { ${name}(csv: $csv) { ${RESULT} } }`;
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforceIndicators { code numerator denominator } } ... on DistrictYear { workforceIndicators { code numerator denominator } } } }`;

describe.each(dbKinds)('workforce indicator facts on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  const { factCount, write } = factsSteps(() => sg, workforceFacts, { as: editor });
  const figure = async (code: string, ref: Record<string, unknown> = { __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }) => {
    const r = await gql(sg.url, ENTITY, { r: [ref] }, { as: ['analyst'] });
    expect(r.errors).toBeUndefined();
    const v = r.data._entities[0].workforceIndicators.find((i: { code: string }) => i.code === code);
    return v.denominator === null ? null : `${v.numerator}/${v.denominator}`;
  };

  it('CSV imports fill the facts; a dry run and a refused import change none', async () => {
    expect(await factCount()).toBe(0);
    await write(IMPORT('importRosterCsv'), { csv: ROSTER_CSV });
    await write(IMPORT('importQualificationsCsv'), { csv: QUALIFICATIONS_CSV });
    const before = await factCount();
    expect(before).toBeGreaterThan(0);
    // 2015: A-KC1 and A-KC3 (until 2015-06-30: not on 31 December) … A-KC1 upper secondary of A-KC1, A-KC2.
    expect(await figure('WF_KEY_CADRES_UPPER_SECONDARY')).toBe('1/2');
    const dry = await gql(sg.url, `mutation($csv: String!) { importQualificationsCsv(csv: $csv, dryRun: true) { ok } }`,
      { csv: 'personCode,kind,level,language,supplementary,obtainedOn\nA-KC2,GENERAL_EDUCATION,UPPER_SECONDARY,,,2015-06-01' }, { as: editor });
    expect(dry.data.importQualificationsCsv.ok).toBe(true);
    const refused = await gql(sg.url, IMPORT('importQualificationsCsv'),
      { csv: 'personCode,kind,level,language,supplementary,obtainedOn\nA-KC2,GENERAL_EDUCATION,UPPER_SECONDARY,,,2015-06-01\nNOBODY,GENERAL_EDUCATION,UPPER_SECONDARY,,,2015-06-01' }, { as: editor });
    expect(refused.data.importQualificationsCsv.ok).toBe(false);
    expect(await figure('WF_KEY_CADRES_UPPER_SECONDARY')).toBe('1/2');
    expect(await factsDrift(sg.db, workforceFacts)).toEqual([]);
  });

  it('a qualification by mutation, its deletion, a posting deleted and a person moved are in the facts at once', async () => {
    await write(`mutation { recordQualification(input: { personCode: "A-KC2", kind: GENERAL_EDUCATION, level: "UPPER_SECONDARY", obtainedOn: "2015-06-01" }) { ${RESULT} } }`);
    expect(await figure('WF_KEY_CADRES_UPPER_SECONDARY')).toBe('2/2');
    await write(`mutation { deleteQualification(personCode: "A-KC2", kind: GENERAL_EDUCATION, level: "UPPER_SECONDARY") { ${RESULT} } }`);
    expect(await figure('WF_KEY_CADRES_UPPER_SECONDARY')).toBe('1/2');
    await write(`mutation { deletePosting(personCode: "A-KC2", postedFrom: "2011-07-01") { ${RESULT} } }`);
    expect(await figure('WF_KEY_CADRES_UPPER_SECONDARY')).toBe('1/1');
    // The same person posted to the ward from 2011: A loses nothing more, the ward gains a key cadre.
    const ward = { __typename: 'CommuneYear', communeCode: '03646', year: 2015, boundaries: 'REPORTED' };
    expect(await figure('WF_KEY_CADRES_LOWER_SECONDARY', ward)).toBe('1/1');
    await write(`mutation { upsertPerson(input: { personCode: "A-KC2", fullName: "Vì Thị Năm", birthYear: 1979, sex: "F", ethnicGroup: "Kinh",
      position: COMMUNE_KEY_CADRE, unitCode: "03646", postedFrom: "2011-07-01", postedTo: "2025-06-30" }) { ${RESULT} } }`);
    expect(await figure('WF_KEY_CADRES_LOWER_SECONDARY', ward)).toBe('2/2');
  });

  it('a position standard changed is in the facts of every office holding civil servants', async () => {
    const district = { __typename: 'DistrictYear', districtCode: DISTRICT, year: 2015 };
    const standard = (minProfessional: number) => `mutation { setPositionStandard(input: { position: DISTRICT_CIVIL_SERVANT, minGeneralEducation: 3, minProfessional: ${minProfessional},
      minPoliticalTheory: 1, requiresManagement: false, requiresIt: true, requiresForeignLanguage: false, source: "test" }) { ${RESULT} } }`;
    await write(standard(4));
    // D-1 (political 2012, IT 2013) meets it in 2015; D-2 (political 2016) does not.
    expect(await figure('WF_CIVIL_SERVANTS_STANDARD', district)).toBe('1/2');
    await write(standard(4).replace('minPoliticalTheory: 1', 'minPoliticalTheory: 0'));
    expect(await figure('WF_CIVIL_SERVANTS_STANDARD', district)).toBe('2/2');
  });
});
