import { factsDrift, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { factsSteps } from '../../../test/testkit/facts';
import { awardsFacts } from '../src/indicators/facts';
import { awards } from '../src/server';

/**
 * The indicator facts (shared kit facts.ts) are maintained in every write's transaction, by every path: after
 * each write the stored facts equal a fresh computation from the rows, and the figures read show the change.
 */
const editor: Role[] = ['editor:awards'];
const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const RESULT = 'ok problems { row field code }';
const IMPORT = (name: string) => `mutation($csv: String!) { ${name}(csv: $csv) { ${RESULT} } }`;
const ASSESSMENTS_HEADER = 'subjectCode,subjectName,unitKind,communeCode,year,titleCode,score,grade,recognised,assessingBody,decisionRef,recognisedOn';
const FIELDS = 'awardsIndicators { code numerator denominator unitsReporting provenance } studiousFamilies { numerator denominator dataLabel }';
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${FIELDS} } ... on DistrictYear { ${FIELDS} } } }`;
const communeYear = (communeCode: string, year = 2015) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' });

describe.each(dbKinds)('awards indicator facts on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(awards, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  const { factCount, write } = factsSteps(() => sg, awardsFacts, { as: editor });
  /** "numerator/denominator provenance (unitsReporting)" of an indicator, or null without data. */
  const figure = async (code: string, ref: Record<string, unknown> = communeYear(C1)) => {
    const r = await gql(sg.url, ENTITY, { r: [ref] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const v = r.data._entities[0].awardsIndicators.find((i: { code: string }) => i.code === code);
    return v.unitsReporting === 0 ? null : `${v.numerator}/${v.denominator} ${v.provenance} (${v.unitsReporting})`;
  };

  it('CSV imports fill the facts per commune, year and indicator; a dry run and a refused import change none', async () => {
    expect(await factCount()).toBe(0);
    await write(IMPORT('importRecognitionCountsCsv'), {
      csv: `communeCode,year,titleCode,recognised,eligible\n${C1},2015,GIA_DINH_HIEU_HOC,700,1000\n${C2},2015,GIA_DINH_HIEU_HOC,300,500\n${C1},2015,BAN_VAN_HOA_SUC_KHOE_HOC_TAP,1,4`,
    });
    await write(IMPORT('importAssessmentsCsv'), {
      csv: `${ASSESSMENTS_HEADER}\nDV-A,Trường A,Trường tiểu học,${C1},2015,DON_VI_HOC_TAP,,,true,Hội Khuyến học tỉnh,QĐ 1/2016,2016-03-01\nDV-B,Trường B,Trường THCS,${C1},2015,DON_VI_HOC_TAP,,,false,Hội Khuyến học tỉnh,,`,
    });
    // Studious families of C1 and C2, learning units of C1; a title outside the list makes no fact.
    expect(await factCount()).toBe(3);
    expect(await figure('AW_STUDIOUS_FAMILIES')).toBe('700/1000 IMPORTED (1)');
    expect(await figure('AW_LEARNING_UNITS')).toBe('1/2 IMPORTED (1)');
    expect(await figure('AW_STUDIOUS_FAMILIES', { __typename: 'DistrictYear', districtCode: '116', year: 2015 })).toBe('1000/1500 IMPORTED (2)');
    const dry = await gql(sg.url, `mutation($csv: String!) { importRecognitionCountsCsv(csv: $csv, dryRun: true) { ok } }`,
      { csv: `communeCode,year,titleCode,recognised,eligible\n${C1},2015,GIA_DINH_HIEU_HOC,800,1000` }, { as: editor });
    expect(dry.data.importRecognitionCountsCsv.ok).toBe(true);
    const refused = await gql(sg.url, IMPORT('importRecognitionCountsCsv'),
      { csv: `communeCode,year,titleCode,recognised,eligible\n${C1},2015,GIA_DINH_HIEU_HOC,800,1000\n99999,2015,GIA_DINH_HIEU_HOC,1,2` }, { as: editor });
    expect(refused.data.importRecognitionCountsCsv.ok).toBe(false);
    expect(await figure('AW_STUDIOUS_FAMILIES')).toBe('700/1000 IMPORTED (1)');
    expect(await factsDrift(sg.db, awardsFacts)).toEqual([]);
  });

  it('a count by mutation, a second title of the indicator, a count of nothing eligible and deletions are in the facts at once', async () => {
    await write(`mutation { recordRecognitionCount(input: { communeCode: "${C1}", year: 2015, titleCode: "GIA_DINH_HIEU_HOC", recognised: 750, eligible: 1000 }) { ${RESULT} } }`);
    expect(await figure('AW_STUDIOUS_FAMILIES')).toBe('750/1000 IMPORTED (1)');
    // A clan count with nothing eligible: the commune reports (0 of 0), its value stays null.
    await write(`mutation { recordRecognitionCount(input: { communeCode: "${C2}", year: 2015, titleCode: "DONG_HO_KHUYEN_HOC", recognised: 0, eligible: 0 }) { ${RESULT} } }`);
    expect(await figure('AW_LEARNING_CLANS', communeYear(C2))).toBe('0/0 IMPORTED (1)');
    await write(`mutation { deleteRecognitionCount(communeCode: "${C2}", year: 2015, titleCode: "DONG_HO_KHUYEN_HOC") { ${RESULT} } }`);
    expect(await figure('AW_LEARNING_CLANS', communeYear(C2))).toBeNull();
    await write(`mutation { deleteRecognitionCount(communeCode: "${C1}", year: 2015, titleCode: "GIA_DINH_HIEU_HOC") { ${RESULT} } }`);
    expect(await figure('AW_STUDIOUS_FAMILIES')).toBeNull();
    // 2016 and after: Gia đình học tập counts in the same indicator.
    await write(IMPORT('importRecognitionCountsCsv'), { csv: `communeCode,year,titleCode,recognised,eligible\n${C1},2016,GIA_DINH_HOC_TAP,60,100` });
    expect(await figure('AW_STUDIOUS_FAMILIES', communeYear(C1, 2016))).toBe('60/100 IMPORTED (1)');
  });

  it('synthetic and imported rows of one commune make a MIXED fact', async () => {
    await sg.db.query(`INSERT INTO assessment (subject_code, year, title_code, subject_name, unit_kind, commune_code, criteria_set_code, score, grade, recognised, assessing_body, decision_ref, recognised_on, synthetic, updated_at)
      VALUES ('DV-S', 2015, 'DON_VI_HOC_TAP', 'Synthetic', NULL, ?, 'SL_DON_VI_HOC_TAP_2013', NULL, NULL, ?, 'x', NULL, NULL, ?, '2026-01-01T00:00:00.000Z')`, [C1, 1, 1]);
    // Written behind the service's back: the facts are stale until a write of that commune refreshes them.
    expect(await factsDrift(sg.db, awardsFacts)).not.toEqual([]);
    await write(`mutation { recordAssessment(input: { subjectCode: "DV-B", subjectName: "Trường B", unitKind: "Trường THCS", communeCode: "${C1}", year: 2015,
      titleCode: "DON_VI_HOC_TAP", recognised: true, assessingBody: "Hội Khuyến học tỉnh" }) { ${RESULT} } }`);
    expect(await figure('AW_LEARNING_UNITS')).toBe('3/3 MIXED (1)');
  });

  it('an assessment moved to another commune leaves the first and reaches the second; its deletion too', async () => {
    await write(`mutation { recordAssessment(input: { subjectCode: "DV-A", subjectName: "Trường A", unitKind: "Trường tiểu học", communeCode: "${C2}", year: 2015,
      titleCode: "DON_VI_HOC_TAP", recognised: true, assessingBody: "Hội Khuyến học tỉnh" }) { ${RESULT} } }`);
    expect(await figure('AW_LEARNING_UNITS')).toBe('2/2 MIXED (1)');
    expect(await figure('AW_LEARNING_UNITS', communeYear(C2))).toBe('1/1 IMPORTED (1)');
    await write(`mutation { deleteAssessment(subjectCode: "DV-A", year: 2015, titleCode: "DON_VI_HOC_TAP") { ${RESULT} } }`);
    expect(await figure('AW_LEARNING_UNITS', communeYear(C2))).toBeNull();
  });
});
