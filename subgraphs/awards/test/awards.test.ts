import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATOR_VALUE_SDL, WRITE_SDL, indicatorsOf, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { awards } from '../src/server';

const editor: Role[] = ['editor:awards'];
const units = sonLaUnits();
const [C1, C2, C3] = units.districtTerritory('116', 2015);
const DISTRICT_116_COMMUNES_2015 = units.districtTerritory('116', 2015).length;

const IMPORT_COUNTS = `mutation($csv: String!, $dryRun: Boolean) { importRecognitionCountsCsv(csv: $csv, dryRun: $dryRun) {
  ok dryRun batchId rows inserted updated unchanged problems { row field code message } } }`;
const IMPORT_ASSESSMENTS = `mutation($csv: String!) { importAssessmentsCsv(csv: $csv) { ok inserted updated unchanged problems { row field code message } } }`;
const IMPORT_COMMENDATIONS = `mutation($csv: String!) { importCommendationsCsv(csv: $csv) { ok inserted problems { row field code message } } }`;
const SHARE = '{ numerator denominator value unitsReporting unitsExpected title { code } criteriaSet { code } dataLabel }';

const communeYear = (code: string, year: number, boundaries = 'REPORTED') => ({ __typename: 'CommuneYear', communeCode: code, year, boundaries });
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommuneYear { awardsIndicators { code numerator denominator value unit unitsReporting unitsExpected previousValue } studiousFamilies ${SHARE} learningClans ${SHARE} learningUnits ${SHARE} }
  ... on DistrictYear { awardsIndicators { code numerator denominator value unitsReporting unitsExpected } studiousFamilies ${SHARE} learningClans ${SHARE} learningUnits ${SHARE} }
  ... on ProvinceYear { awardsIndicators { code value unitsReporting unitsExpected } studiousFamilies ${SHARE} } } }`;

describe.each(dbKinds)('awards subgraph with exact fixtures on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(awards, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('publishes its SDL with the three year-entity keys and the shared value types verbatim', async () => {
    const r = await gql(sg.url, '{ _service { sdl } }', {}, { as: analyst });
    expect(r.data._service.sdl).toMatch(/type CommuneYear\s+@key\(fields: "communeCode year boundaries"\)/);
    expect(r.data._service.sdl).toMatch(/type DistrictYear\s+@key\(fields: "districtCode year"\)/);
    expect(r.data._service.sdl).toMatch(/type ProvinceYear\s+@key\(fields: "provinceCode year"\)/);
    const file = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(file).toContain(INDICATOR_VALUE_SDL);
    expect(file).toContain(WRITE_SDL);
  });

  it('computes shares as ratio of sums from imported rows; a commune without rows is missing, not zero', async () => {
    const csv = [
      'commune_code,year,title_code,recognised,eligible',
      `${C1},2015,GIA_DINH_HIEU_HOC,700,1000`,
      `${C2},2015,GIA_DINH_HIEU_HOC,300,500`,
      `${C1},2015,DONG_HO_KHUYEN_HOC,5,20`,
      `${C1},2014,GIA_DINH_HIEU_HOC,600,1000`,
    ].join('\n');
    const imp = await gql(sg.url, IMPORT_COUNTS, { csv }, { as: editor });
    expect(imp.errors).toBeUndefined();
    expect(imp.data.importRecognitionCountsCsv).toMatchObject({ ok: true, inserted: 4, updated: 0, unchanged: 0, problems: [] });
    const units2015 = `subject_code,subject_name,unit_kind,commune_code,year,title_code,score,grade,recognised,assessing_body,decision_ref,recognised_on
DV-A,Trường A,Trường tiểu học,${C1},2015,DON_VI_HOC_TAP,,,true,Hội Khuyến học tỉnh,QĐ 1/2016,2016-03-01
DV-B,Trường B,Trường THCS,${C1},2015,DON_VI_HOC_TAP,,,false,Hội Khuyến học tỉnh,,`;
    expect((await gql(sg.url, IMPORT_ASSESSMENTS, { csv: units2015 }, { as: editor })).data.importAssessmentsCsv).toMatchObject({ ok: true, inserted: 2 });

    const r = await gql(sg.url, ENTITIES, {
      r: [communeYear(C1, 2015), communeYear(C3, 2015), { __typename: 'DistrictYear', districtCode: '116', year: 2015 }, { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 }],
    }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [c1, c3, district, province] = r.data._entities;
    expect(c1.studiousFamilies).toMatchObject({ numerator: 700, denominator: 1000, value: 70, unitsReporting: 1, unitsExpected: 1, title: { code: 'GIA_DINH_HIEU_HOC' }, criteriaSet: { code: 'SL_GIA_DINH_HIEU_HOC_2013' } });
    expect(c1.studiousFamilies.dataLabel).toMatch(/IMPORTED/);
    expect(c1.learningClans).toMatchObject({ numerator: 5, denominator: 20, value: 25 });
    expect(c1.learningUnits).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(c1.awardsIndicators.map((i: any) => i.code)).toEqual(indicatorsOf('awards').map((i) => i.code));
    expect(c1.awardsIndicators.find((i: any) => i.code === 'AW_STUDIOUS_FAMILIES')).toMatchObject({ numerator: 700, denominator: 1000, value: 70, unit: 'percent', previousValue: 60 });
    expect(c1.awardsIndicators.find((i: any) => i.code === 'AW_LEARNING_VILLAGES')).toMatchObject({ numerator: null, denominator: null, value: null, unitsReporting: 0 });
    expect(c3.studiousFamilies).toMatchObject({ numerator: null, denominator: null, value: null, unitsReporting: 0, unitsExpected: 1 });
    // District: (700 + 300) / (1000 + 500), not the mean of 70% and 60%.
    expect(district.studiousFamilies).toMatchObject({ numerator: 1000, denominator: 1500, value: 66.67, unitsReporting: 2, unitsExpected: DISTRICT_116_COMMUNES_2015 });
    expect(district.awardsIndicators.find((i: any) => i.code === 'AW_STUDIOUS_FAMILIES')).toMatchObject({ value: 66.67, unitsReporting: 2 });
    expect(province.studiousFamilies).toMatchObject({ value: 66.67, unitsReporting: 2, unitsExpected: units.provinceTerritory(2015).length });
  });

  it('reads a 2025 commune in 2020 through its predecessors (CURRENT boundaries)', async () => {
    const csv = 'commune_code,year,title_code,recognised,eligible\n04039,2020,GIA_DINH_HOC_TAP,100,200\n04051,2020,GIA_DINH_HOC_TAP,50,100';
    expect((await gql(sg.url, IMPORT_COUNTS, { csv }, { as: editor })).data.importRecognitionCountsCsv.ok).toBe(true);
    const r = await gql(sg.url, ENTITIES, { r: [communeYear('04048', 2020, 'CURRENT'), communeYear('04048', 2020)] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [current, reported] = r.data._entities;
    expect(current.studiousFamilies).toMatchObject({ numerator: 150, denominator: 300, value: 50, unitsReporting: 2, unitsExpected: 4, criteriaSet: { code: 'KHVN_448_GIA_DINH_HOC_TAP' } });
    expect(reported.studiousFamilies).toMatchObject({ value: null, unitsExpected: 1 });
  });

  it('refuses a whole file with every problem coded, naming row and field, and writes nothing', async () => {
    const csv = [
      'commune_code,year,title_code,recognised,eligible',
      `99999,2016,GIA_DINH_HOC_TAP,1,2`,
      `${C2},2016,GIA_DINH_HOC_TAP,30,20`,
      `${C2},2017,GIA_DINH_HOC_TAP,3,-5`,
      `${C2},2009,GIA_DINH_HIEU_HOC,1,2`,
      `${C3},2016,GIA_DINH_HOC_TAP,1,2`,
      `${C3},2016,GIA_DINH_HOC_TAP,1,3`,
      `${C3},2018,GIA_DINH_HIEU_HOC,1,2`,
      `03751,2025,GIA_DINH_HOC_TAP,1,2`,
      `${C3},2017,DON_VI_HOC_TAP,1,2`,
      `${C3},2017,NO_SUCH_TITLE,1,2`,
      `${C3},2019,GIA_DINH_HOC_TAP,1,2`,
    ].join('\n');
    const r = await gql(sg.url, IMPORT_COUNTS, { csv }, { as: editor });
    const res = r.data.importRecognitionCountsCsv;
    expect(res.ok).toBe(false);
    expect(res.inserted).toBe(0);
    const at = (row: number) => res.problems.filter((p: any) => p.row === row).map((p: any) => [p.field, p.code]);
    expect(at(1)).toEqual([['communeCode', 'UNKNOWN_COMMUNE']]);
    expect(at(2)).toEqual([['recognised', 'PART_EXCEEDS_WHOLE']]);
    expect(at(3)).toEqual([['eligible', 'NEGATIVE']]);
    expect(at(4)).toEqual([['year', 'OUT_OF_RANGE']]);
    expect(at(5)).toEqual([]);
    expect(at(6)).toEqual([['communeCode+year+titleCode', 'DUPLICATE_ROW']]);
    expect(at(7)).toEqual([['titleCode', 'TITLE_NOT_VALID_IN_YEAR']]);
    expect(at(8)).toEqual([['communeCode', 'COMMUNE_NOT_VALID_IN_YEAR']]);
    expect(at(9)).toEqual([['titleCode', 'TITLE_NOT_FOR_SUBJECT']]);
    expect(at(10)).toEqual([['titleCode', 'UNKNOWN_TITLE']]);
    expect(at(11)).toEqual([]);
    // Nothing written, not even the valid rows 5 and 11.
    const after = await gql(sg.url, ENTITIES, { r: [communeYear(C3, 2016), communeYear(C3, 2019)] }, { as: analyst });
    expect(after.data._entities.map((e: any) => e.studiousFamilies.value)).toEqual([null, null]);
    // The refused attempt is audited under its batch.
    const audit = await gql(sg.url, 'query($b: String) { awardsAudit(batchId: $b) { action entity after } }', { b: res.batchId }, { as: analyst });
    expect(audit.data.awardsAudit).toHaveLength(1);
    expect(JSON.parse(audit.data.awardsAudit[0].after)).toMatchObject({ result: 'refused', problems: res.problems.length });
  });

  it('is idempotent on the natural key and audits every change with before and after', async () => {
    const csv = `commune_code,year,title_code,recognised,eligible\n${C2},2022,GIA_DINH_HOC_TAP,400,600\n${C2},2022,DONG_HO_HOC_TAP,10,30`;
    const first = (await gql(sg.url, IMPORT_COUNTS, { csv }, { as: editor })).data.importRecognitionCountsCsv;
    expect(first).toMatchObject({ ok: true, inserted: 2, updated: 0, unchanged: 0 });
    const again = (await gql(sg.url, IMPORT_COUNTS, { csv }, { as: editor })).data.importRecognitionCountsCsv;
    expect(again).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 2 });
    const dry = (await gql(sg.url, IMPORT_COUNTS, { csv: csv.replace('400,600', '450,600'), dryRun: true }, { as: editor })).data.importRecognitionCountsCsv;
    expect(dry).toMatchObject({ ok: true, dryRun: true, updated: 1 });
    const check = async () => (await gql(sg.url, ENTITIES, { r: [communeYear(C2, 2022)] }, { as: analyst })).data._entities[0].studiousFamilies.numerator;
    expect(await check()).toBe(400);
    const changed = (await gql(sg.url, IMPORT_COUNTS, { csv: csv.replace('400,600', '450,600') }, { as: editor })).data.importRecognitionCountsCsv;
    expect(changed).toMatchObject({ ok: true, inserted: 0, updated: 1, unchanged: 1 });
    expect(await check()).toBe(450);
    const key = `${C2}|2022|GIA_DINH_HOC_TAP`;
    const audit = await gql(sg.url, 'query($k: String) { awardsAudit(entityKey: $k) { action actor before after batchId } }', { k: key }, { as: analyst });
    expect(audit.data.awardsAudit.map((a: any) => a.action)).toEqual(['update', 'insert']);
    const [update] = audit.data.awardsAudit;
    expect(update.batchId).toBe(changed.batchId);
    expect(update.actor).toBe('test-user');
    expect(JSON.parse(update.before)).toMatchObject({ recognised: 400 });
    expect(JSON.parse(update.after)).toMatchObject({ recognised: 450, criteriaSetCode: 'GIA_DINH_HOC_TAP_2021' });
  });

  it('grades TT 22/2020 scores by its bands and refuses scores or grades the scheme cannot carry', async () => {
    const header = 'subject_code,subject_name,unit_kind,commune_code,year,title_code,score,grade,recognised,assessing_body,decision_ref,recognised_on';
    const ok = `${header}\nDV-T,Trường T,Trường tiểu học,${C1},2021,DON_VI_HOC_TAP,84.5,,true,Hội Khuyến học,QĐ 9/2022,2022-03-01\nDV-U,Trường U,Trạm y tế,${C1},2021,DON_VI_HOC_TAP,85,TOT,true,Hội Khuyến học,,`;
    expect((await gql(sg.url, IMPORT_ASSESSMENTS, { csv: ok }, { as: editor })).data.importAssessmentsCsv).toMatchObject({ ok: true, inserted: 2 });
    const list = await gql(sg.url, '{ assessments(year: 2021, communeCode: "' + C1 + '") { nodes { subjectCode score grade recognised subject criteriaSet { code maxPoints } dataLabel } } }', {}, { as: analyst });
    expect(list.errors).toBeUndefined();
    expect(list.data.assessments.nodes).toEqual([
      expect.objectContaining({ subjectCode: 'DV-T', score: 84.5, grade: 'KHA', recognised: true, subject: 'UNIT', criteriaSet: { code: 'TT22_2020', maxPoints: 100 } }),
      expect.objectContaining({ subjectCode: 'DV-U', score: 85, grade: 'TOT' }),
    ]);
    const bad = `${header}
DV-V,Trường V,,${C1},2021,DON_VI_HOC_TAP,90,KHA,true,Hội Khuyến học,,
DV-W,Trường W,,${C1},2021,DON_VI_HOC_TAP,120,,true,Hội Khuyến học,,
DV-X,Trường X,,${C1},2021,DON_VI_HOC_TAP,40,,true,Hội Khuyến học,,
${C1},${C1},,${C1},2024,CONG_DONG_HOC_TAP_XA,75,MUC_DO_1,true,Phòng GD&ĐT,,
${C2},${C2},,${C1},2016,CONG_DONG_HOC_TAP_XA,,KHA,true,UBND huyện,,
${C1},${C1},,${C1},2025,CONG_DONG_HOC_TAP_XA,,TOT,true,Phòng GD&ĐT,,
DV-Y,Trường Y,,${C1},2021,DON_VI_HOC_TAP,,,true,Hội Khuyến học,,2019-05-01`;
    const r = (await gql(sg.url, IMPORT_ASSESSMENTS, { csv: bad }, { as: editor })).data.importAssessmentsCsv;
    expect(r.ok).toBe(false);
    expect(r.problems.map((p: any) => [p.row, p.field, p.code])).toEqual([
      [1, 'grade', 'GRADE_MISMATCH'],
      [2, 'score', 'OUT_OF_RANGE'],
      [3, 'recognised', 'RECOGNISED_NOT_PASSING'],
      [4, 'score', 'NOT_SCORED'],
      [5, 'subjectCode', 'SUBJECT_MISMATCH'],
      [6, 'grade', 'GRADE_NOT_IN_SCHEME'],
      [7, 'recognisedOn', 'OUT_OF_RANGE'],
    ]);
  });

  it('records one row through a mutation with the same rules (problems name the input field)', async () => {
    const m = `mutation($i: RecognitionCountInput!) { recordRecognitionCount(input: $i) { ok inserted problems { row field code } } }`;
    const bad = await gql(sg.url, m, { i: { communeCode: C3, year: 2023, titleCode: 'DONG_HO_HOC_TAP', recognised: 40, eligible: 30 } }, { as: editor });
    expect(bad.data.recordRecognitionCount).toEqual({ ok: false, inserted: 0, problems: [{ row: 1, field: 'recognised', code: 'PART_EXCEEDS_WHOLE' }] });
    const neg = await gql(sg.url, m, { i: { communeCode: C3, year: 2023, titleCode: 'DONG_HO_HOC_TAP', recognised: -1, eligible: 30 } }, { as: editor });
    expect(neg.data.recordRecognitionCount.problems).toEqual([{ row: 1, field: 'recognised', code: 'NEGATIVE' }]);
    const good = await gql(sg.url, m, { i: { communeCode: C3, year: 2023, titleCode: 'DONG_HO_HOC_TAP', recognised: 20, eligible: 30 } }, { as: editor });
    expect(good.data.recordRecognitionCount).toEqual({ ok: true, inserted: 1, problems: [] });
    const c = `mutation($i: CommendationInput!) { recordCommendation(input: $i) { ok problems { field code } } }`;
    const input = { reference: '12/QĐ-UBND#1', year: 2015, awardedOn: '2016-01-20', recipientKind: 'COLLECTIVE', recipientName: 'Hội Khuyến học xã', communeCode: C3, title: 'Bằng khen', level: 'PROVINCE', issuedBy: 'Chủ tịch UBND tỉnh', learningSocietyCriterion: true };
    expect((await gql(sg.url, c, { i: { ...input, awardedOn: '2018-01-01' } }, { as: editor })).data.recordCommendation.problems).toEqual([{ field: 'awardedOn', code: 'OUT_OF_RANGE' }]);
    expect((await gql(sg.url, c, { i: input }, { as: editor })).data.recordCommendation.ok).toBe(true);
    const list = await gql(sg.url, `{ commendations(year: 2015, learningSocietyCriterion: true) { nodes { reference level recipientKind learningSocietyCriterion dataLabel } } }`, {}, { as: analyst });
    expect(list.data.commendations.nodes).toEqual([{ reference: '12/QĐ-UBND#1', level: 'PROVINCE', recipientKind: 'COLLECTIVE', learningSocietyCriterion: true, dataLabel: expect.stringMatching(/IMPORTED/) }]);
    const sum = await gql(sg.url, ENTITIES.replace('learningUnits ' + SHARE + ' }', 'learningUnits ' + SHARE + ' commendations { total withLearningSocietyCriterion } }'), { r: [communeYear(C3, 2015)] }, { as: analyst });
    expect(sum.data._entities[0].commendations).toEqual({ total: 1, withLearningSocietyCriterion: 1 });
  });

  it('imports commendations from CSV, refusing an unknown commune', async () => {
    const header = 'reference,year,awarded_on,recipient_kind,recipient_name,commune_code,title,level,issued_by,learning_society_criterion,reason';
    const r = await gql(sg.url, IMPORT_COMMENDATIONS, { csv: `${header}\nX#1,2016,2016-12-01,INDIVIDUAL,Nguyễn Văn A,99999,Giấy khen,DISTRICT,UBND huyện,true,\nX#2,2016,2016-12-01,TEAM,Tổ A,,Giấy khen,DISTRICT,UBND huyện,false,` }, { as: editor });
    expect(r.data.importCommendationsCsv.problems.map((p: any) => [p.row, p.field, p.code])).toEqual([[1, 'communeCode', 'UNKNOWN_COMMUNE'], [2, 'recipientKind', 'NOT_ALLOWED']]);
    const ok = await gql(sg.url, IMPORT_COMMENDATIONS, { csv: `${header}\nx#3,2016,2016-12-01,COLLECTIVE,Sở GD&ĐT,,Bằng khen,PROVINCE,UBND tỉnh,true,Xây dựng XHHT` }, { as: editor });
    expect(ok.data.importCommendationsCsv).toMatchObject({ ok: true, inserted: 1 });
    // References are identifiers: another case is the same key, on SQLite as on MySQL.
    const dup = await gql(sg.url, IMPORT_COMMENDATIONS, { csv: `${header}\nX#3,2016,2016-12-01,COLLECTIVE,Sở GD&ĐT,,Bằng khen,PROVINCE,UBND tỉnh,true,Xây dựng XHHT\nx#3,2016,2016-12-01,COLLECTIVE,Sở GD&ĐT,,Bằng khen,PROVINCE,UBND tỉnh,true,` }, { as: editor });
    expect(dup.data.importCommendationsCsv.problems.map((p: any) => [p.row, p.code])).toEqual([[2, 'DUPLICATE_ROW']]);
    const again = await gql(sg.url, `mutation($csv: String!) { importCommendationsCsv(csv: $csv) { ok inserted unchanged } }`, { csv: `${header}\nX#3,2016,2016-12-01,COLLECTIVE,Sở GD&ĐT,,Bằng khen,PROVINCE,UBND tỉnh,true,Xây dựng XHHT` }, { as: editor });
    expect(again.data.importCommendationsCsv).toEqual({ ok: true, inserted: 0, unchanged: 1 });
  });

  it('lets only editor:awards write, and only signed-in roles read rows and the audit', async () => {
    const csv = `commune_code,year,title_code,recognised,eligible\n${C3},2024,GIA_DINH_HOC_TAP,1,2`;
    for (const roles of [analyst, ['editor:education'] as Role[]]) {
      const r = await gql(sg.url, IMPORT_COUNTS, { csv }, { as: roles });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const anon = await gql(sg.url, '{ awardsAudit { id } }', {}, { as: ['anonymous'] });
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonRows = await gql(sg.url, '{ commendations(year: 2015) { nodes { reference } } }', {}, { as: ['anonymous'] });
    expect(anonRows.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Anonymous callers (when the gateway lets them in) read aggregates, not the assessment rows.
    const entity = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${fields} } } }`;
    const anonShare = await gql(sg.url, entity('studiousFamilies { value }'), { r: [communeYear(C1, 2015)] }, { as: ['anonymous'] });
    expect(anonShare.data._entities[0].studiousFamilies.value).toBe(70);
    const anonAssessments = await gql(sg.url, entity('assessments { subjectCode }'), { r: [communeYear(C1, 2015)] }, { as: ['anonymous'] });
    expect(anonAssessments.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(anonAssessments.errors?.[0].path).toEqual(['_entities', 0, 'assessments']);
    const unsigned = await gql(sg.url, '{ emulationTitles { code } }');
    expect(unsigned.status).toBe(401);
    const admin = await gql(sg.url, IMPORT_COUNTS, { csv }, { as: ['admin'] });
    expect(admin.data.importRecognitionCountsCsv.ok).toBe(true);
  });
});

describe.each(dbKinds)('awards subgraph with the SYNTHETIC seed on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(awards, { kind });
  });
  afterAll(() => sg?.stop());

  it('serves the catalogue: criteria sets versioned by decision, unconfirmed items flagged without numbers', async () => {
    const r = await gql(sg.url, `{
      hh: emulationTitle(code: "GIA_DINH_HIEU_HOC") { nameVi subject indicatorCode criteriaSetFor(year: 2015) { code scheme maxPoints confirmed decision { number confirmed } } }
      tt22: criteriaSet(code: "TT22_2020") { maxPoints scheme decision { number issuedOn effectiveOn } criteria { code maxPoints confirmed items { maxPoints confirmed } } gradeBands { grade minScore maxScore maxInclusive passing } }
      units2018: criteriaSets(titleCode: "DON_VI_HOC_TAP", year: 2018) { code decision { number } }
      tt44: criteriaSet(code: "TT44_2014") { maxPoints criteria { maxPoints confirmed } gradeBands { minScore confirmed } }
    }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.hh).toMatchObject({ nameVi: 'Gia đình hiếu học', subject: 'HOUSEHOLD', indicatorCode: 'AW_STUDIOUS_FAMILIES', criteriaSetFor: { code: 'SL_GIA_DINH_HIEU_HOC_2013', scheme: 'UNCONFIRMED', maxPoints: null, confirmed: false, decision: { number: null, confirmed: false } } });
    const tt22 = r.data.tt22;
    expect(tt22).toMatchObject({ maxPoints: 100, scheme: 'POINTS', decision: { number: 'TT 22/2020/TT-BGDĐT', issuedOn: '2020-08-06', effectiveOn: '2020-09-21' } });
    expect(tt22.criteria.map((c: any) => c.maxPoints)).toEqual([30, 30, 40]);
    expect(tt22.gradeBands.map((b: any) => [b.grade, b.minScore, b.maxScore])).toEqual([['TOT', 85, 100], ['KHA', 70, 85], ['TRUNG_BINH', 50, 70], ['CHUA_DAT', 0, 50]]);
    expect(tt22.criteria[2].items).toEqual([{ maxPoints: 25, confirmed: true }, { maxPoints: 15, confirmed: false }]);
    expect(r.data.units2018).toEqual([{ code: 'KHVN_448_DON_VI_HOC_TAP', decision: { number: 'QĐ 448/QĐ-KHVN' } }]);
    expect(r.data.tt44.maxPoints).toBeNull();
    expect(r.data.tt44.criteria).toHaveLength(15);
    expect(r.data.tt44.criteria.every((c: any) => c.maxPoints === null && c.confirmed === false)).toBe(true);
    expect(r.data.tt44.gradeBands.every((b: any) => b.minScore === null && b.confirmed === false)).toBe(true);
  });

  it('answers the 2015 studious-family share of every commune of a district with the criteria set that applied', async () => {
    const reps = units.districtTerritory('116', 2015).map((c) => communeYear(c, 2015));
    const r = await gql(sg.url, ENTITIES, { r: [...reps, { __typename: 'DistrictYear', districtCode: '116', year: 2015 }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const communes = r.data._entities.slice(0, reps.length);
    const district = r.data._entities[reps.length];
    for (const c of communes) {
      expect(c.studiousFamilies.value).toBeGreaterThan(30);
      expect(c.studiousFamilies.value).toBeLessThanOrEqual(100);
      expect(c.studiousFamilies.criteriaSet.code).toBe('SL_GIA_DINH_HIEU_HOC_2013');
      expect(c.studiousFamilies.dataLabel).toMatch(/SYNTHETIC/);
    }
    const num = communes.reduce((s: number, c: any) => s + c.studiousFamilies.numerator, 0);
    const den = communes.reduce((s: number, c: any) => s + c.studiousFamilies.denominator, 0);
    expect(district.studiousFamilies).toMatchObject({ numerator: num, denominator: den, value: Math.round((num / den) * 10000) / 100, unitsReporting: reps.length });
  });

  it('resolves every entity key through _entities', async () => {
    const r = await gql(sg.url, ENTITIES, {
      r: [communeYear('03646', 2016), communeYear('04048', 2020, 'CURRENT'), { __typename: 'DistrictYear', districtCode: '116', year: 2016 }, { __typename: 'ProvinceYear', provinceCode: '14', year: 2016 }],
    }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [cy, current, dy, py] = r.data._entities;
    expect(cy.studiousFamilies.title.code).toBe('GIA_DINH_HOC_TAP');
    expect(current.studiousFamilies.unitsReporting).toBe(4);
    expect(dy.awardsIndicators.every((i: any) => i.value !== null && i.unitsReporting === i.unitsExpected)).toBe(true);
    expect(py.awardsIndicators.find((i: any) => i.code === 'AW_STUDIOUS_FAMILIES').unitsReporting).toBe(units.provinceTerritory(2016).length);
  });

  it("pages assessments without losing a commune's second title", async () => {
    const q = `query($after: String) { assessments(year: 2018, districtCode: "116", first: 7, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { subjectCode title { code } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: any = await gql(sg.url, q, { after }, { as: analyst });
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.assessments.nodes.map((a: any) => `${a.subjectCode}|${a.title.code}`));
      if (!r.data.assessments.pageInfo.hasNextPage) break;
      after = r.data.assessments.pageInfo.endCursor;
    }
    const all = await gql(sg.url, '{ assessments(year: 2018, districtCode: "116", first: 1000) { totalCount nodes { subjectCode title { code } } } }', {}, { as: analyst });
    expect(seen).toEqual(all.data.assessments.nodes.map((a: any) => `${a.subjectCode}|${a.title.code}`));
    expect(all.data.assessments.totalCount).toBe(seen.length);
    expect(new Set(seen).size).toBe(seen.length);
    // Every commune of the district has its two commune titles in 2018.
    const communeTitles = seen.filter((c) => !c.startsWith('DV-'));
    expect(communeTitles).toHaveLength(2 * units.districtTerritory('116', 2018).length);
    const bad = await gql(sg.url, '{ assessments(year: 2018, after: "nocursor") { totalCount } }', {}, { as: analyst });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the SQL statement count flat from one district to all, and for the province', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on DistrictYear { awardsIndicators { value } learningVillages { value } assessmentGrades { grade count } commendations { total } }
      ... on ProvinceYear { awardsIndicators { value } studiousFamilies { value } } } }`;
    const districts = units.allDistricts().map((d) => ({ __typename: 'DistrictYear', districtCode: d.code, year: 2019 }));
    const one = await gql(sg.url, q, { r: districts.slice(0, 1) }, { as: analyst });
    const all = await gql(sg.url, q, { r: [...districts, { __typename: 'ProvinceYear', provinceCode: '14', year: 2019 }] }, { as: analyst });
    expect(all.errors).toBeUndefined();
    expect(all.data._entities.slice(0, -1).every((d: any) => d.awardsIndicators.every((i: any) => i.value !== null))).toBe(true);
    expect(one.sqlStatements).toBe(3);
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });

  it('serves a year of recognition counts as a flat table for BI tools', async () => {
    const r = await gql(sg.url, '{ recognitionCounts(year: 2015, titleCode: "GIA_DINH_HIEU_HOC", districtCode: "116", first: 1000) { nodes { communeCode recognised eligible criteriaSet { code } dataLabel } } }', {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.recognitionCounts.nodes.map((c: any) => c.communeCode)).toEqual([...units.districtTerritory('116', 2015)].sort());
    const via = await gql(sg.url, ENTITIES, { r: [{ __typename: 'DistrictYear', districtCode: '116', year: 2015 }] }, { as: analyst });
    const rows = r.data.recognitionCounts.nodes;
    expect(via.data._entities[0].studiousFamilies).toMatchObject({
      numerator: rows.reduce((s: number, c: any) => s + c.recognised, 0), denominator: rows.reduce((s: number, c: any) => s + c.eligible, 0),
    });
    expect(rows.every((c: any) => c.criteriaSet.code === 'SL_GIA_DINH_HIEU_HOC_2013' && /SYNTHETIC/.test(c.dataLabel))).toBe(true);
  });

  it('keeps the SQL statement count flat from 10 to all communes', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
      awardsIndicators { code value previousValue } studiousFamilies { value criteriaSet { code } } learningUnits { value }
      assessments { grade } assessmentGrades { grade count } commendations { total } } } }`;
    const reps = (n: number) => units.reportingCommunes(2015).slice(0, n).map((u) => communeYear(u.code, 2015));
    const small = await gql(sg.url, q, { r: reps(10) }, { as: analyst });
    const large = await gql(sg.url, q, { r: reps(units.reportingCommunes(2015).length) }, { as: analyst });
    expect(large.errors).toBeUndefined();
    expect(large.data._entities).toHaveLength(units.reportingCommunes(2015).length);
    // indicator facts (the list and the shares), assessments, commendations: one statement each.
    expect(small.sqlStatements).toBe(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
