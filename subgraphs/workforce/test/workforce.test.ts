import { INDICATOR_VALUE_SDL, KIT_SDL, WRITE_SDL, indicatorsOf, sonLaUnits, type Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { workforce } from '../src/server';
import { A, DISTRICT, QUALIFICATIONS_CSV, ROSTER_CSV, ROSTER_HEADER, ROSTER_ROWS, TRAININGS_CSV, W } from './fixtures';

const editor: Role[] = ['editor:workforce'];
const pii: Role[] = ['analyst', 'workforce:pii'];

const IMPORT = (name: string) => `mutation($csv: String!, $dryRun: Boolean) { ${name}(csv: $csv, dryRun: $dryRun) {
  ok dryRun batchId rows inserted updated unchanged problems { row field code message } } }`;

async function count(sg: RunningSubgraph, table: string): Promise<number> {
  const [r] = await sg.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(r.n);
}

const FIGURES = `asOf
  villageLeadersLowerSecondary { numerator denominator value target targetYear }
  villageLeadersManagementAndPolitical { numerator denominator value }
  keyCadresLowerSecondary { numerator denominator value }
  keyCadresUpperSecondary { numerator denominator value }
  keyCadresCollegeOrMore { numerator denominator value target targetYear }
  cadresEthnicLanguage { numerator denominator value }
  civilServantsMeetingStandard { numerator denominator value }`;
const LIST = 'workforceIndicators { code numerator denominator value unit unitsReporting unitsExpected }';

describe.each(dbKinds)('workforce subgraph on %s, exact fixtures', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('publishes its SDL with the year-entity keys and the shared value types verbatim', async () => {
    const r = await gql(sg.url, '{ _service { sdl } }', {}, { as: analyst });
    const sdl: string = r.data._service.sdl;
    expect(sdl).toMatch(/type CommuneYear\s+@key\(fields: "communeCode year boundaries"\)/);
    expect(sdl).toMatch(/type DistrictYear\s+@key\(fields: "districtCode year"\)/);
    expect(sdl).toMatch(/type ProvinceYear\s+@key\(fields: "provinceCode year"\)/);
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(`${__dirname}/../schema.graphql`, 'utf8');
    expect(file).toContain(INDICATOR_VALUE_SDL);
    expect(file).toContain(WRITE_SDL);
    expect(file).toContain(KIT_SDL);
  });

  it('refuses writes without editor:workforce, and roster reads to anonymous callers', async () => {
    const asAnalyst = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV }, { as: analyst });
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOtherEditor = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV }, { as: ['editor:education'] });
    expect(asOtherEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(sg, 'person')).toBe(0);
    const anon = await gql(sg.url, '{ people { totalCount } }', {}, { as: ['anonymous'] });
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonAggregates = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvinceYear { ${LIST} } } }`,
      { r: [{ __typename: 'ProvinceYear', provinceCode: '14', year: 2015 }] }, { as: ['anonymous'] });
    expect(anonAggregates.errors).toBeUndefined();
    const audit = await gql(sg.url, '{ workforceAudit { id } }', {}, { as: ['anonymous'] });
    expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a roster with bad rows, naming row, field and code, and writes nothing', async () => {
    const bad = [
      ROSTER_HEADER,
      ROSTER_ROWS[0],
      `X-1,Tên,,1970,M,Thái,VILLAGE_HEAD,99999,2011-07-01,2025-06-30,`, // row 2: unknown commune
      `X-2,Tên,,1970,M,Thái,VILLAGE_HEAD,03751,2011-07-01,,`, // row 3: commune ended 2024-12-31, posting open
      `X-3,Tên,,1970,M,Thái,VILLAGE_HEAD,${A},1900-01-01,2025-06-30,`, // row 4: year out of range
      ROSTER_ROWS[0], // row 5: duplicate of row 1
      `X-4,Tên,,1970,M,Thái,MAYOR,${A},2011-07-01,2025-06-30,`, // row 6: unknown position
      `X-5,Tên,,1970,M,Thái,VILLAGE_HEAD,${A},2016-01-01,2015-01-01,`, // row 7: ends before it starts
      `X-6,Tên,,1970,M,Thái,DISTRICT_CIVIL_SERVANT,999,2011-07-01,2025-06-30,`, // row 8: unknown district
      `X-7,Tên,1971-01-01,1970,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2025-06-30,`, // row 9: birth date disagrees
    ].join('\n');
    const r = await gql(sg.url, IMPORT('importRosterCsv'), { csv: bad }, { as: editor });
    expect(r.errors).toBeUndefined();
    const res = r.data.importRosterCsv;
    expect(res.ok).toBe(false);
    const found = res.problems.map((p: any) => `${p.row}:${p.field}:${p.code}`);
    expect(found).toEqual(expect.arrayContaining([
      '2:unitCode:UNKNOWN_COMMUNE', '3:postedTo:COMMUNE_NOT_VALID_IN_YEAR', '4:postedFrom:OUT_OF_RANGE', '5:personCode+postedFrom:DUPLICATE_ROW',
      '6:position:NOT_ALLOWED', '7:postedTo:OUT_OF_RANGE', '8:unitCode:UNKNOWN_DISTRICT', '9:dateOfBirth:INCONSISTENT',
    ]));
    expect(found.some((p: string) => p.startsWith('1:'))).toBe(false);
    expect(await count(sg, 'person')).toBe(0);
    // The refused attempt is audited.
    const audit = await gql(sg.url, 'query($b: String) { workforceAudit(batchId: $b) { action after } }', { b: res.batchId }, { as: analyst });
    expect(JSON.parse(audit.data.workforceAudit[0].after).result).toBe('refused');
  });

  it('refuses a commune code not valid in the posting year', async () => {
    // 04048 exists only from 01/07/2025 in its merged form? It is a pre-2025 code valid until 2025-06-30; a 2026 posting is not.
    const csv = [ROSTER_HEADER, `X-8,Tên,,1970,M,Thái,VILLAGE_HEAD,${A},2026-01-01,,`].join('\n');
    const r = await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor });
    expect(r.data.importRosterCsv.problems).toEqual([expect.objectContaining({ row: 1, field: 'unitCode', code: 'COMMUNE_NOT_VALID_IN_YEAR' })]);
  });

  it('imports roster, qualifications and trainings; a dry run writes nothing; re-import is idempotent', async () => {
    const dry = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV, dryRun: true }, { as: editor });
    // Stored records are counted: each person once and each posting.
    expect(dry.data.importRosterCsv).toMatchObject({ ok: true, dryRun: true, inserted: 20 });
    expect(await count(sg, 'person')).toBe(0);

    const first = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV }, { as: editor });
    expect(first.data.importRosterCsv).toMatchObject({ ok: true, rows: 20, inserted: 20, updated: 0, unchanged: 0 });
    const again = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV }, { as: editor });
    expect(again.data.importRosterCsv).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 20 });
    expect(await count(sg, 'person')).toBe(10);

    const badQ = 'personCode,kind,level,language,supplementary,obtainedOn\nNOBODY,GENERAL_EDUCATION,PRIMARY,,,2000-01-01\nA-PCS1,PROFESSIONAL,DOCTORATE,,,2000-01-01\nA-PCS1,ETHNIC_LANGUAGE,SPOKEN,,,2000-01-01\nA-PCS1,POLITICAL_THEORY,ELEMENTARY,,,1960-01-01';
    const refused = await gql(sg.url, IMPORT('importQualificationsCsv'), { csv: badQ }, { as: editor });
    expect(refused.data.importQualificationsCsv.problems.map((p: any) => `${p.row}:${p.field}:${p.code}`)).toEqual(
      ['1:personCode:UNKNOWN_PERSON', '2:level:NOT_ALLOWED', '3:language:REQUIRED', '4:obtainedOn:OUT_OF_RANGE'],
    );
    expect(await count(sg, 'qualification')).toBe(0);

    const q = await gql(sg.url, IMPORT('importQualificationsCsv'), { csv: QUALIFICATIONS_CSV }, { as: editor });
    expect(q.data.importQualificationsCsv).toMatchObject({ ok: true, inserted: 25 });
    const q2 = await gql(sg.url, IMPORT('importQualificationsCsv'), { csv: QUALIFICATIONS_CSV }, { as: editor });
    expect(q2.data.importQualificationsCsv).toMatchObject({ ok: true, inserted: 0, unchanged: 25 });
    const t = await gql(sg.url, IMPORT('importTrainingRecordsCsv'), { csv: TRAININGS_CSV }, { as: editor });
    expect(t.data.importTrainingRecordsCsv).toMatchObject({ ok: true, inserted: 2 });

    const std = await gql(sg.url, `mutation { setPositionStandard(input: { position: DISTRICT_CIVIL_SERVANT, minGeneralEducation: 3, minProfessional: 4,
      minPoliticalTheory: 1, requiresManagement: false, requiresIt: true, requiresForeignLanguage: false, source: "test standard" }) { ok inserted } }`, {}, { as: editor });
    expect(std.data.setPositionStandard).toEqual({ ok: true, inserted: 1 });
  });

  it('computes the commune indicators of 2015 and 2020 as hand-counted', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforce { ${FIGURES} } ${LIST} } } }`;
    const reps = [2015, 2020].map((year) => ({ __typename: 'CommuneYear', communeCode: A, year, boundaries: 'REPORTED' }));
    const r = await gql(sg.url, q, { r: reps }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [y2015, y2020] = r.data._entities;
    // 2015: village leaders PCS1 and VH1 (VH2 posted from 2016); LS: PCS1 (2014); mgmt+pol: VH1 only (PCS1's training is 2016).
    expect(y2015.workforce.villageLeadersLowerSecondary).toEqual({ numerator: 1, denominator: 2, value: 50, target: 100, targetYear: 2015 });
    expect(y2015.workforce.villageLeadersManagementAndPolitical).toEqual({ numerator: 1, denominator: 2, value: 50 });
    // Key cadres KC1, KC2 (KC3 left on 2015-06-30); KC2's lower secondary of 2015-12-31 counts in 2015.
    expect(y2015.workforce.keyCadresLowerSecondary).toEqual({ numerator: 2, denominator: 2, value: 100 });
    expect(y2015.workforce.keyCadresUpperSecondary).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(y2015.workforce.keyCadresCollegeOrMore).toEqual({ numerator: 1, denominator: 2, value: 50, target: 50, targetYear: 2020 });
    // Ethnic language: PCS1, VH1, KC1, KC2 posted in a Thái area; PCS1 and KC1 know it.
    expect(y2015.workforce.cadresEthnicLanguage).toEqual({ numerator: 2, denominator: 4, value: 50 });
    expect(y2015.workforce.civilServantsMeetingStandard).toEqual({ numerator: null, denominator: null, value: null });
    // 2020: VH2 joins; PCS1 now has management training; KC1's college of 2019 counts.
    expect(y2020.workforce.villageLeadersLowerSecondary).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 });
    expect(y2020.workforce.villageLeadersManagementAndPolitical).toMatchObject({ numerator: 2, denominator: 3 });
    expect(y2020.workforce.keyCadresCollegeOrMore).toMatchObject({ numerator: 2, denominator: 2, value: 100 });

    const list = y2015.workforceIndicators;
    expect(list.map((i: any) => i.code)).toEqual(indicatorsOf('workforce').map((d) => d.code));
    expect(list.find((i: any) => i.code === 'WF_KEY_CADRES_UPPER_SECONDARY')).toEqual({
      code: 'WF_KEY_CADRES_UPPER_SECONDARY', numerator: 1, denominator: 2, value: 50, unit: 'percent', unitsReporting: 1, unitsExpected: 1,
    });
    expect(list.find((i: any) => i.code === 'WF_CIVIL_SERVANTS_STANDARD')).toMatchObject({ value: null, unitsReporting: 0 });
  });

  it('rolls up a district and the province as ratios of sums, with the district office for civil servants', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on DistrictYear { workforce { ${FIGURES} } ${LIST} } ... on ProvinceYear { workforce { ${FIGURES} } ${LIST} } } }`;
    const r = await gql(sg.url, q, { r: [{ __typename: 'DistrictYear', districtCode: DISTRICT, year: 2015 }, { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [d, p] = r.data._entities;
    // Ward W adds one key cadre with lower secondary only; its village head is outside the highland/border/ĐBKK scope.
    expect(d.workforce.keyCadresLowerSecondary).toEqual({ numerator: 3, denominator: 3, value: 100 });
    expect(d.workforce.keyCadresUpperSecondary).toEqual({ numerator: 1, denominator: 3, value: 33.33 });
    expect(d.workforce.villageLeadersLowerSecondary).toMatchObject({ numerator: 1, denominator: 2 });
    // D-1 meets the standard in 2015; D-2's political theory comes in 2016.
    expect(d.workforce.civilServantsMeetingStandard).toEqual({ numerator: 1, denominator: 2, value: 50 });
    const vl = d.workforceIndicators.find((i: any) => i.code === 'WF_VILLAGE_LEADERS_LOWER_SECONDARY');
    expect(vl).toMatchObject({ unitsReporting: 1, unitsExpected: 5 });
    const kc = d.workforceIndicators.find((i: any) => i.code === 'WF_KEY_CADRES_LOWER_SECONDARY');
    expect(kc).toMatchObject({ unitsReporting: 2, unitsExpected: 12 });
    expect(p.workforce).toEqual(d.workforce);
    expect(p.workforceIndicators.find((i: any) => i.code === 'WF_KEY_CADRES_LOWER_SECONDARY')).toMatchObject({
      numerator: 3, denominator: 3, unitsReporting: 2, unitsExpected: sonLaUnits().reportingCommunes(2015).length,
    });
  });

  it('answers an analyst asking for names with FORBIDDEN on the name fields only', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
      workforcePeople(position: COMMUNE_KEY_CADRE) { totalCount nodes { personCode postings { position } fullName dateOfBirth qualifications { kind level obtainedOn } } } } } }`;
    const reps = [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }];
    const r = await gql(sg.url, q, { r: reps }, { as: analyst });
    const people = r.data._entities[0].workforcePeople;
    expect(people.totalCount).toBe(2);
    expect(people.nodes.map((n: any) => n.personCode)).toEqual(['A-KC1', 'A-KC2']);
    expect(people.nodes.every((n: any) => n.fullName === null && n.dateOfBirth === null)).toBe(true);
    expect(people.nodes[0].qualifications.length).toBe(4);
    expect(r.errors!.length).toBe(4);
    expect(r.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(r.errors!.map((e) => e.path![e.path!.length - 1]).sort()).toEqual(['dateOfBirth', 'dateOfBirth', 'fullName', 'fullName']);

    const withPii = await gql(sg.url, q, { r: reps }, { as: pii });
    expect(withPii.errors).toBeUndefined();
    expect(withPii.data._entities[0].workforcePeople.nodes[0].fullName).toBe('Lường Văn Bốn');
  });

  it('pages the roster by person code, with the connection convention', async () => {
    const q = 'query($after: String) { people(filter: { districtCode: "116", postedOn: "2015-12-31" }, first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { personCode } } }';
    const p1 = await gql(sg.url, q, {}, { as: analyst });
    expect(p1.data.people).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true } });
    expect(p1.data.people.nodes.map((n: any) => n.personCode)).toEqual(['A-KC1', 'A-KC2', 'A-PCS1', 'A-VH1']);
    const p2 = await gql(sg.url, q, { after: p1.data.people.pageInfo.endCursor }, { as: analyst });
    expect(p2.data.people.nodes.map((n: any) => n.personCode)).toEqual(['D-1', 'D-2', 'W-KC1', 'W-VH1']);
    expect(p2.data.people.pageInfo.hasNextPage).toBe(false);
    const tooMany = await gql(sg.url, '{ people(first: 1001) { totalCount } }', {}, { as: analyst });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const cy = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on CommuneYear {
      workforcePeople(position: COMMUNE_KEY_CADRE, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { personCode } } } } }`;
    const r = [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }];
    const c1 = await gql(sg.url, cy, { r }, { as: analyst });
    expect(c1.data._entities[0].workforcePeople).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ personCode: 'A-KC1' }] });
    const c2 = await gql(sg.url, cy, { r, after: c1.data._entities[0].workforcePeople.pageInfo.endCursor }, { as: analyst });
    expect(c2.data._entities[0].workforcePeople).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ personCode: 'A-KC2' }] });
  });

  it('keeps an audit trail per person, masking personal data without workforce:pii', async () => {
    const upd = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "A-KC2", fullName: "Vì Thị Năm", dateOfBirth: "1979-09-09", birthYear: 1979, sex: "F",
      ethnicGroup: "Kinh", position: COMMUNE_KEY_CADRE, unitCode: "${A}", postedFrom: "2011-07-01", postedTo: "2025-06-30", areaEthnicLanguage: "Thái" }) { ok updated } }`, {}, { as: editor });
    expect(upd.data.upsertPerson).toEqual({ ok: true, updated: 1 });
    const q = '{ workforceAudit(entityKey: "A-KC2") { action actor before after } }';
    const masked = await gql(sg.url, q, {}, { as: analyst });
    const [latest, insert] = masked.data.workforceAudit;
    expect(latest.action).toBe('update');
    expect(insert.action).toBe('insert');
    expect(JSON.parse(latest.after)).toMatchObject({ personCode: 'A-KC2', fullName: '***', dateOfBirth: '***', ethnicGroup: 'Kinh' });
    expect(latest.before).not.toContain('Vì Thị Năm');
    const clear = await gql(sg.url, q, {}, { as: pii });
    expect(JSON.parse(clear.data.workforceAudit[0].after)).toMatchObject({ fullName: 'Vì Thị Năm', dateOfBirth: '1979-09-09' });
    expect(clear.data.workforceAudit[0].actor).toBe('test-user');
  });

  it('reads a 2025 commune in 2015 as the sum of its predecessors (CURRENT boundaries)', async () => {
    // 03670 Phường Chiềng Cơi of 01/07/2025 took 03670, 03676 and 03658 (A); only A has fixture rows.
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${LIST} } } }`;
    const r = await gql(sg.url, q, { r: [{ __typename: 'CommuneYear', communeCode: '03670', year: 2015, boundaries: 'CURRENT' }] }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const list = r.data._entities[0].workforceIndicators;
    expect(list.find((i: any) => i.code === 'WF_KEY_CADRES_LOWER_SECONDARY')).toMatchObject({ numerator: 2, denominator: 2, unitsReporting: 1, unitsExpected: 3 });
    // The ward 03670 is outside the highland/border/ĐBKK scope; 03658 and 03676 are in it.
    expect(list.find((i: any) => i.code === 'WF_VILLAGE_LEADERS_LOWER_SECONDARY')).toMatchObject({ numerator: 1, denominator: 2, unitsExpected: 2 });
  });

  it('gives each indicator its value one year earlier', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforceIndicators { code value previousValue } } } }`;
    const r = await gql(sg.url, q, { r: [{ __typename: 'CommuneYear', communeCode: A, year: 2016, boundaries: 'REPORTED' }] }, { as: analyst });
    const vl = r.data._entities[0].workforceIndicators.find((i: any) => i.code === 'WF_VILLAGE_LEADERS_LOWER_SECONDARY');
    expect(vl).toEqual({ code: 'WF_VILLAGE_LEADERS_LOWER_SECONDARY', value: 66.67, previousValue: 50 });
  });

  it('validates single-record mutations (row 1, field named) and applies a valid one to the figures', async () => {
    const person = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "X-9", fullName: "Tên", birthYear: 1970, sex: "M", ethnicGroup: "Thái",
      position: VILLAGE_HEAD, unitCode: "99999", postedFrom: "2011-07-01" }) { ok problems { row field code } } }`, {}, { as: editor });
    expect(person.data.upsertPerson).toEqual({ ok: false, problems: [{ row: 1, field: 'unitCode', code: 'UNKNOWN_COMMUNE' }] });
    const unknown = await gql(sg.url, 'mutation { recordQualification(input: { personCode: "NOBODY", kind: POLITICAL_THEORY, level: "ELEMENTARY", obtainedOn: "2014-01-01" }) { ok problems { row field code } } }', {}, { as: editor });
    expect(unknown.data.recordQualification).toEqual({ ok: false, problems: [{ row: 1, field: 'personCode', code: 'UNKNOWN_PERSON' }] });
    const training = await gql(sg.url, 'mutation { recordTraining(input: { personCode: "A-VH1", course: "Tin học", organiser: "Sở", startedOn: "2015-05-01", endedOn: "2015-04-01", result: "PASSED" }) { ok problems { field code } } }', {}, { as: editor });
    expect(training.data.recordTraining).toEqual({ ok: false, problems: [{ field: 'endedOn', code: 'OUT_OF_RANGE' }] });
    const standard = await gql(sg.url, `mutation { setPositionStandard(input: { position: PROVINCIAL_CIVIL_SERVANT, minGeneralEducation: 3, minProfessional: -1,
      minPoliticalTheory: 9, requiresManagement: false, requiresIt: false, requiresForeignLanguage: false, source: "x" }) { ok problems { field code } } }`, {}, { as: editor });
    expect(standard.data.setPositionStandard.problems).toEqual([{ field: 'minProfessional', code: 'NEGATIVE' }, { field: 'minPoliticalTheory', code: 'OUT_OF_RANGE' }]);
    const forbidden = await gql(sg.url, 'mutation { recordQualification(input: { personCode: "A-VH1", kind: GENERAL_EDUCATION, level: "LOWER_SECONDARY", obtainedOn: "2015-03-01" }) { ok } }', {}, { as: pii });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const ok = await gql(sg.url, 'mutation { recordQualification(input: { personCode: "A-VH1", kind: GENERAL_EDUCATION, level: "LOWER_SECONDARY", supplementary: true, obtainedOn: "2015-03-01" }) { ok inserted } }', {}, { as: editor });
    expect(ok.data.recordQualification).toEqual({ ok: true, inserted: 1 });
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforce { villageLeadersLowerSecondary { numerator denominator } } } } }`;
    const after = await gql(sg.url, q, { r: [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }] }, { as: analyst });
    expect(after.data._entities[0].workforce.villageLeadersLowerSecondary).toEqual({ numerator: 2, denominator: 2 });
    const person2 = await gql(sg.url, '{ person(personCode: "A-VH1") { qualifications { kind level supplementary obtainedOn } } }', {}, { as: analyst });
    expect(person2.data.person.qualifications).toContainEqual({ kind: 'GENERAL_EDUCATION', level: 'LOWER_SECONDARY', supplementary: true, obtainedOn: '2015-03-01' });
  });

  it('recounts after an update: a corrected qualification date and a posting area that is no longer ethnic-minority', async () => {
    const fix = await gql(sg.url, 'mutation { recordQualification(input: { personCode: "A-KC1", kind: PROFESSIONAL, level: "COLLEGE", obtainedOn: "2015-06-30" }) { ok inserted updated } }', {}, { as: editor });
    expect(fix.data.recordQualification).toEqual({ ok: true, inserted: 0, updated: 1 });
    const moved = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "A-VH1", fullName: "Cầm Thị Hai", birthYear: 1975, sex: "F", ethnicGroup: "Kinh",
      position: VILLAGE_HEAD, unitCode: "${A}", postedFrom: "2011-07-01", postedTo: "2025-06-30" }) { ok updated } }`, {}, { as: editor });
    expect(moved.data.upsertPerson).toEqual({ ok: true, updated: 1 });
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforce {
      keyCadresCollegeOrMore { numerator denominator } cadresEthnicLanguage { numerator denominator } } } } }`;
    const r = await gql(sg.url, q, { r: [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }] }, { as: analyst });
    expect(r.data._entities[0].workforce).toEqual({ keyCadresCollegeOrMore: { numerator: 2, denominator: 2 }, cadresEthnicLanguage: { numerator: 2, denominator: 3 } });
  });

  it('keeps one person across a move: counted where posted each 31 December, with the same qualifications', async () => {
    const csv = [
      ROSTER_HEADER,
      `M-1,Đinh Văn Mười Một,,1975,M,Thái,COMMUNE_KEY_CADRE,${A},2011-07-01,2017-12-31,Thái`,
      `M-1,Đinh Văn Mười Một,,1975,M,Thái,COMMUNE_KEY_CADRE,${W},2018-01-01,2025-06-30,`,
    ].join('\n');
    const r = await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor });
    expect(r.data.importRosterCsv).toMatchObject({ ok: true, rows: 3, inserted: 3 });
    const q = await gql(sg.url, IMPORT('importQualificationsCsv'), { csv: 'personCode,kind,level,language,supplementary,obtainedOn\nM-1,GENERAL_EDUCATION,UPPER_SECONDARY,,,1993-05-31' }, { as: editor });
    expect(q.data.importQualificationsCsv.ok).toBe(true);

    const figures = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforce { keyCadresUpperSecondary { numerator denominator } } } } }`;
    const at = (communeCode: string, year: number) => ({ __typename: 'CommuneYear', communeCode, year, boundaries: 'REPORTED' });
    const f = await gql(sg.url, figures, { r: [at(A, 2015), at(W, 2015), at(W, 2020)] }, { as: analyst });
    expect(f.data._entities.map((e: any) => e.workforce.keyCadresUpperSecondary)).toEqual([
      { numerator: 2, denominator: 3 }, { numerator: 0, denominator: 1 }, { numerator: 1, denominator: 2 },
    ]);
    const p = await gql(sg.url, '{ person(personCode: "M-1") { postings { unitCode postedFrom postedTo } qualifications { level } } }', {}, { as: analyst });
    expect(p.data.person).toEqual({
      postings: [{ unitCode: A, postedFrom: '2011-07-01', postedTo: '2017-12-31' }, { unitCode: W, postedFrom: '2018-01-01', postedTo: '2025-06-30' }],
      qualifications: [{ level: 'UPPER_SECONDARY' }],
    });

    const inconsistent = [ROSTER_HEADER,
      `M-2,Tên Một,,1975,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2017-12-31,Thái`,
      `M-2,Tên Hai,,1975,M,Thái,VILLAGE_HEAD,${A},2018-01-01,2025-06-30,Thái`].join('\n');
    const bad = await gql(sg.url, IMPORT('importRosterCsv'), { csv: inconsistent }, { as: editor });
    expect(bad.data.importRosterCsv.problems).toEqual([expect.objectContaining({ row: 2, field: 'fullName', code: 'CONFLICTING_VALUE' })]);
  });
});

describe.each(dbKinds)('workforce subgraph on %s, seeded', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind });
  });
  afterAll(() => sg?.stop());

  it('seeds a SYNTHETIC roster of 40–60 people per commune, once', async () => {
    const [{ n }] = await sg.db.query(`SELECT COUNT(*) AS n FROM posting WHERE unit_code = ? AND posted_from <= '2015-12-31' AND (posted_to IS NULL OR posted_to >= '2015-12-31')`, [A]);
    expect(Number(n)).toBeGreaterThanOrEqual(40);
    expect(Number(n)).toBeLessThanOrEqual(60);
    const before = await count(sg, 'person');
    await workforce.seed!(sg.db, (await import('../../../test/testkit')).quietLog, sonLaUnits());
    expect(await count(sg, 'person')).toBe(before);
    const r = await gql(sg.url, '{ people(first: 1) { nodes { dataLabel } } }', {}, { as: analyst });
    expect(r.data.people.nodes[0].dataLabel).toMatch(/^SYNTHETIC/);
  });

  it('keeps province figures plausible around the targets, rising from 2012 to 2020', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvinceYear { ${LIST} } } }`;
    const r = await gql(sg.url, q, { r: [2012, 2015, 2020].map((year) => ({ __typename: 'ProvinceYear', provinceCode: '14', year })) }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const v = (i: number, code: string) => r.data._entities[i].workforceIndicators.find((x: any) => x.code === code).value;
    for (const code of indicatorsOf('workforce').map((d) => d.code)) {
      expect(v(0, code)).toBeGreaterThan(10);
      expect(v(2, code)).toBeGreaterThanOrEqual(v(0, code));
    }
    expect(v(1, 'WF_KEY_CADRES_UPPER_SECONDARY')).toBeGreaterThan(60);
    expect(v(1, 'WF_KEY_CADRES_UPPER_SECONDARY')).toBeLessThan(95);
    expect(v(2, 'WF_KEY_CADRES_COLLEGE')).toBeGreaterThan(30);
    expect(v(2, 'WF_KEY_CADRES_COLLEGE')).toBeLessThan(70);
  });

  it('keeps the SQL statement count flat from 10 to all communes', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { ${LIST} workforce { ${FIGURES} } } } }`;
    const reps = (n: number) => sonLaUnits().reportingCommunes(2015).slice(0, n).flatMap((u) =>
      [2015, 2020].map((year) => ({ __typename: 'CommuneYear', communeCode: u.code, year, boundaries: 'REPORTED' })));
    const small = await gql(sg.url, q, { r: reps(10) }, { as: analyst });
    const large = await gql(sg.url, q, { r: reps(204) }, { as: analyst });
    expect(large.errors).toBeUndefined();
    expect(large.data._entities).toHaveLength(408);
    expect(small.sqlStatements).toBe(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('keeps the SQL statement count flat for people lists with qualifications and trainings', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear {
      workforcePeople(position: COMMUNE_KEY_CADRE) { nodes { personCode qualifications { kind level } trainings { course } } } } } }`;
    const reps = (n: number) => sonLaUnits().reportingCommunes(2015).slice(0, n).map((u) => ({ __typename: 'CommuneYear', communeCode: u.code, year: 2015, boundaries: 'REPORTED' }));
    const small = await gql(sg.url, q, { r: reps(10) }, { as: analyst });
    const large = await gql(sg.url, q, { r: reps(204) }, { as: analyst });
    expect(large.errors).toBeUndefined();
    expect(large.data._entities.every((e: any) => e.workforcePeople.nodes.length > 0)).toBe(true);
    expect(small.sqlStatements).toBe(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('imports thousands of roster rows in a few batched statements, in one transaction', async () => {
    const { benchRosterCsv } = await import('../src/bench/import-roster');
    const csv = benchRosterCsv(sonLaUnits(), 5000);
    const before = await count(sg, 'person');
    const r = await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor });
    expect(r.data.importRosterCsv).toMatchObject({ ok: true, inserted: 10000 });
    expect(await count(sg, 'person')).toBe(before + 5000);
    // Per 1,000 people one lookup of people and one of postings, and two milestone updates; per 3,750 rows one insert
    // of people and one of postings; per 3,333 audit records (10,001) one insert; whether a period is locked; and the
    // transaction; the indicator facts of the units touched: one lookup of the people's units, then per 500 units one
    // delete, one computation and one insert per 4,285 facts. Nothing grows per row.
    expect(r.sqlStatements).toBeLessThanOrEqual(42);
    const again = await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor });
    expect(again.data.importRosterCsv).toMatchObject({ ok: true, inserted: 0, unchanged: 10000 });
    // Unchanged: the lookups, the attempt's audit record and the transaction.
    expect(again.sqlStatements).toBeLessThanOrEqual(15);
  });
});
