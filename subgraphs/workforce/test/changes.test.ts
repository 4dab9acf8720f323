import type { Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { workforce } from '../src/server';
import { A, DISTRICT, QUALIFICATIONS_CSV, ROSTER_CSV, ROSTER_HEADER } from './fixtures';

/**
 * Writes on the kit: one row, the same coded problems by mutation and CSV; corrections and deletions (audited,
 * tombstones, updatedSince); period locks on the figures a write would change.
 */
const editor: Role[] = ['editor:workforce'];
const admin: Role[] = ['admin'];
const RESULT = 'ok code inserted updated unchanged rows problems { row field code message }';
const IMPORT = (name: string) => `mutation($csv: String!) { ${name}(csv: $csv) { ${RESULT} } }`;
const codes = (r: { problems: Array<{ row: number | null; field: string; code: string }> }) => r.problems.map((p) => `${p.row}:${p.field}:${p.code}`);

async function count(sg: RunningSubgraph, table: string): Promise<number> {
  const [r] = await sg.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(r.n);
}

describe.each(dbKinds)('workforce writes on the kit, on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('refuses the issue\'s upsertPerson naming fullName, dateOfBirth and sex, and the same row as CSV with the same coded problems', async () => {
    const m = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "R1", fullName: "", dateOfBirth: "1800-13-01", birthYear: 1800, sex: "X",
      ethnicGroup: "", position: VILLAGE_HEAD, unitCode: "${A}", postedFrom: "2011-07-01", postedTo: "2025-06-30" }) { ${RESULT} } }`, {}, { as: editor });
    expect(m.errors).toBeUndefined();
    const byMutation = m.data.upsertPerson;
    expect(byMutation.ok).toBe(false);
    expect(byMutation.code).toBe('BAD_USER_INPUT');
    expect(codes(byMutation)).toEqual(['1:fullName:REQUIRED', '1:dateOfBirth:NOT_DATE', '1:birthYear:OUT_OF_RANGE', '1:sex:NOT_ALLOWED', '1:ethnicGroup:REQUIRED']);
    const csv = [ROSTER_HEADER, `R1,,1800-13-01,1800,X,,VILLAGE_HEAD,${A},2011-07-01,2025-06-30,`].join('\n');
    const byCsv = (await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor })).data.importRosterCsv;
    expect(codes(byCsv)).toEqual(codes(byMutation));
    // Problems about personal fields do not repeat the value sent.
    expect(JSON.stringify(byCsv.problems)).not.toContain('1800-13-01');
    expect(await count(sg, 'person')).toBe(0);
    const twoNames = [ROSTER_HEADER, `R9,Tên Một,,1970,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2017-12-31,`, `R9,Tên Hai,,1970,M,Thái,VILLAGE_HEAD,${A},2018-01-01,2025-06-30,`].join('\n');
    const conflicting = (await gql(sg.url, IMPORT('importRosterCsv'), { csv: twoNames }, { as: editor })).data.importRosterCsv;
    expect(codes(conflicting)).toEqual(['2:fullName:CONFLICTING_VALUE']);
    expect(JSON.stringify(conflicting.problems)).not.toMatch(/Tên Một|Tên Hai/);
  });

  it('refuses impossible dates, hex and exponents, and a training result outside the list', async () => {
    const csv = [
      ROSTER_HEADER,
      `R2,Tên,,1970,M,Thái,VILLAGE_HEAD,${A},2013-02-29,2025-06-30,`,
      `R3,Tên,1980-02-31,1980,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2025-06-30,`,
      `R4,Tên,,0x2BC,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2025-06-30,`,
      `R5,Tên,,1.97e3,M,Thái,VILLAGE_HEAD,${A},2011-07-01,2025-06-30,`,
    ].join('\n');
    const r = (await gql(sg.url, IMPORT('importRosterCsv'), { csv }, { as: editor })).data.importRosterCsv;
    expect(codes(r)).toEqual(['1:postedFrom:NOT_DATE', '2:dateOfBirth:NOT_DATE', '3:birthYear:NOT_NUMBER', '4:birthYear:NOT_NUMBER']);
    // An Int input cannot carry hex: GraphQL refuses the variable before any resolver.
    const hex = await gql(sg.url, 'mutation($i: PersonInput!) { upsertPerson(input: $i) { ok } }', { i: {
      personCode: 'R4', fullName: 'Tên', birthYear: '0x2BC', sex: 'M', ethnicGroup: 'Thái', position: 'VILLAGE_HEAD', unitCode: A, postedFrom: '2011-07-01' } }, { as: editor });
    expect(hex.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const maybe = await gql(sg.url, `mutation { recordTraining(input: { personCode: "R1", course: "Tin học", organiser: "Sở", startedOn: "2015-03-01", result: "MAYBE" }) { ${RESULT} } }`, {}, { as: editor });
    expect(codes(maybe.data.recordTraining)).toEqual(['1:result:NOT_ALLOWED']);
    expect(await count(sg, 'person')).toBe(0);
    expect(await count(sg, 'training_record')).toBe(0);
  });

  it('corrects and deletes by mutation, audited with before and after; deletions leave tombstones that updatedSince lists', async () => {
    expect((await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV }, { as: editor })).data.importRosterCsv.ok).toBe(true);
    expect((await gql(sg.url, IMPORT('importQualificationsCsv'), { csv: QUALIFICATIONS_CSV }, { as: editor })).data.importQualificationsCsv.ok).toBe(true);
    const since = new Date(Date.now() + 5).toISOString();
    await new Promise((r) => setTimeout(r, 10));

    const fix = await gql(sg.url, `mutation { recordQualification(input: { personCode: "A-KC1", kind: PROFESSIONAL, level: "COLLEGE", obtainedOn: "2014-06-30" }) { ${RESULT} } }`, {}, { as: editor });
    expect(fix.data.recordQualification).toMatchObject({ ok: true, updated: 1 });
    const del = await gql(sg.url, `mutation { deleteQualification(personCode: "A-PCS1", kind: GENERAL_EDUCATION, level: "LOWER_SECONDARY") { ${RESULT} } }`, {}, { as: editor });
    expect(del.data.deleteQualification).toMatchObject({ ok: true, rows: 1 });
    const delPosting = await gql(sg.url, `mutation { deletePosting(personCode: "A-KC3", postedFrom: "2011-07-01") { ${RESULT} } }`, {}, { as: editor });
    expect(delPosting.data.deletePosting).toMatchObject({ ok: true, rows: 1 });
    const none = await gql(sg.url, `mutation { deletePosting(personCode: "A-KC3", postedFrom: "2011-07-01") { ${RESULT} } }`, {}, { as: editor });
    expect(codes(none.data.deletePosting)).toEqual(['1:personCode+postedFrom:NOT_FOUND']);
    const asAnalyst = await gql(sg.url, 'mutation { deletePosting(personCode: "A-KC2", postedFrom: "2011-07-01") { ok } }', {}, { as: analyst });
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The deleted qualification no longer counts: PCS1 loses lower secondary in 2015 (milestones recomputed in the deletion).
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommuneYear { workforce { villageLeadersLowerSecondary { numerator denominator }
      keyCadresCollegeOrMore { numerator denominator } } } } }`;
    const f = await gql(sg.url, q, { r: [{ __typename: 'CommuneYear', communeCode: A, year: 2015, boundaries: 'REPORTED' }] }, { as: analyst });
    expect(f.data._entities[0].workforce).toEqual({ villageLeadersLowerSecondary: { numerator: 0, denominator: 2 }, keyCadresCollegeOrMore: { numerator: 2, denominator: 2 } });

    const changed = await gql(sg.url, `query($s: String) { workforceQualifications(updatedSince: $s) { totalCount nodes { personCode kind level obtainedOn updatedAt } deleted { key deletedAt } } }`, { s: since }, { as: analyst });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.workforceQualifications.nodes).toEqual([expect.objectContaining({ personCode: 'A-KC1', level: 'COLLEGE', obtainedOn: '2014-06-30' })]);
    expect(changed.data.workforceQualifications.deleted.map((d: any) => d.key)).toEqual(['A-PCS1|GENERAL_EDUCATION|LOWER_SECONDARY|']);
    const postings = await gql(sg.url, `query($s: String) { workforcePostings(updatedSince: $s) { totalCount deleted { key } } }`, { s: since }, { as: analyst });
    expect(postings.data.workforcePostings).toEqual({ totalCount: 0, deleted: [{ key: 'A-KC3|2011-07-01' }] });
    const all = await gql(sg.url, '{ workforcePostings(districtCode: "116", first: 3) { totalCount pageInfo { hasNextPage } nodes { personCode updatedAt } deleted { key } } }', {}, { as: analyst });
    expect(all.data.workforcePostings).toMatchObject({ totalCount: 9, pageInfo: { hasNextPage: true }, deleted: [] });

    const audit = await gql(sg.url, '{ workforceAudit(entityKey: "A-KC3|2011-07-01") { action before after } }', {}, { as: analyst });
    expect(audit.data.workforceAudit[0]).toMatchObject({ action: 'delete', after: null });
    expect(JSON.parse(audit.data.workforceAudit[0].before)).toMatchObject({ personCode: 'A-KC3', unitCode: A, postedTo: '2015-06-30' });
    const badDay = await gql(sg.url, '{ people(filter: { postedOn: "2013-02-29" }) { totalCount } }', {}, { as: analyst });
    expect(badDay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.postedOn' });
    const badSince = await gql(sg.url, '{ people(updatedSince: "yesterday") { totalCount } }', {}, { as: analyst });
    expect(badSince.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updatedSince' });
  });

  it('locks a period (workforce editor) and refuses writes that would change its figures; only an admin unlocks', async () => {
    const lock = 'mutation($y: Int!, $d: String) { lockWorkforcePeriod(year: $y, districtCode: $d) { department year districtCode lockedBy } }';
    const unlock = 'mutation($y: Int!, $d: String) { unlockWorkforcePeriod(year: $y, districtCode: $d) }';
    expect((await gql(sg.url, lock, { y: 2015, d: DISTRICT }, { as: analyst })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const locked = await gql(sg.url, lock, { y: 2015, d: DISTRICT }, { as: editor });
    expect(locked.data.lockWorkforcePeriod).toEqual({ department: 'workforce', year: 2015, districtCode: DISTRICT, lockedBy: 'test-user' });

    // A posting held on 31/12/2015 in the district: refused. Re-importing the unchanged roster is not.
    const move = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "A-VH1", fullName: "Cầm Thị Hai", birthYear: 1975, sex: "F", ethnicGroup: "Kinh",
      position: VILLAGE_HEAD, unitCode: "${A}", postedFrom: "2011-07-01", postedTo: "2014-12-31" }) { ${RESULT} } }`, {}, { as: editor });
    expect(codes(move.data.upsertPerson)).toEqual(['1:postedFrom:PERIOD_LOCKED']);
    expect(move.data.upsertPerson.problems[0].message).toMatch(/workforce 2015 district 116/);
    const again = await gql(sg.url, IMPORT('importRosterCsv'), { csv: ROSTER_CSV.split('\n').filter((l) => !l.startsWith('A-KC3')).join('\n') }, { as: editor });
    expect(again.data.importRosterCsv).toMatchObject({ ok: true, inserted: 0, updated: 0 });
    // A qualification obtained before 31/12/2015 by someone posted in the district: refused; one of 2016: accepted.
    const q2014 = await gql(sg.url, `mutation { recordQualification(input: { personCode: "W-KC1", kind: PROFESSIONAL, level: "COLLEGE", obtainedOn: "2014-01-01" }) { ${RESULT} } }`, {}, { as: editor });
    expect(codes(q2014.data.recordQualification)).toEqual(['1:obtainedOn:PERIOD_LOCKED']);
    const q2016 = await gql(sg.url, `mutation { recordQualification(input: { personCode: "W-KC1", kind: PROFESSIONAL, level: "COLLEGE", obtainedOn: "2016-01-01" }) { ${RESULT} } }`, {}, { as: editor });
    expect(q2016.data.recordQualification).toMatchObject({ ok: true, inserted: 1 });
    // A deletion in the locked period is refused too, and nothing is deleted.
    const del = await gql(sg.url, `mutation { deletePosting(personCode: "W-KC1", postedFrom: "2011-07-01") { ${RESULT} } }`, {}, { as: editor });
    expect(codes(del.data.deletePosting)).toEqual(['1:postedFrom:PERIOD_LOCKED']);
    expect(Number((await sg.db.query("SELECT COUNT(*) AS n FROM posting WHERE person_code = 'W-KC1'"))[0].n)).toBe(1);
    // A posting elsewhere (another district) is not locked.
    const other = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "O-1", fullName: "Tên", birthYear: 1970, sex: "M", ethnicGroup: "Thái",
      position: DISTRICT_CIVIL_SERVANT, unitCode: "118", postedFrom: "2011-07-01", postedTo: "2025-06-30" }) { ${RESULT} } }`, {}, { as: editor });
    expect(other.data.upsertPerson).toMatchObject({ ok: true, inserted: 2 });

    const year = (y: number) => ({ __typename: 'DistrictYear', districtCode: DISTRICT, year: y });
    const lockedQ = await gql(sg.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on DistrictYear { workforceLocked } } }', { r: [year(2015), year(2016)] }, { as: analyst });
    expect(lockedQ.data._entities).toEqual([{ workforceLocked: true }, { workforceLocked: false }]);
    const list = await gql(sg.url, '{ workforcePeriodLocks(year: 2015) { year districtCode } }', {}, { as: analyst });
    expect(list.data.workforcePeriodLocks).toEqual([{ year: 2015, districtCode: DISTRICT }]);

    expect((await gql(sg.url, unlock, { y: 2015, d: DISTRICT }, { as: editor })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, unlock, { y: 2015, d: DISTRICT }, { as: admin })).data.unlockWorkforcePeriod).toBe(true);
    const after = await gql(sg.url, `mutation { deletePosting(personCode: "W-KC1", postedFrom: "2011-07-01") { ok } }`, {}, { as: editor });
    expect(after.data.deletePosting.ok).toBe(true);

    // A whole-province lock covers every district and the provincial office.
    await gql(sg.url, lock, { y: 2016 }, { as: editor });
    const province = await gql(sg.url, `mutation { upsertPerson(input: { personCode: "P-1", fullName: "Tên", birthYear: 1970, sex: "M", ethnicGroup: "Kinh",
      position: PROVINCIAL_CIVIL_SERVANT, unitCode: "14", postedFrom: "2016-01-01" }) { ${RESULT} } }`, {}, { as: editor });
    expect(codes(province.data.upsertPerson)).toEqual(['1:postedFrom:PERIOD_LOCKED']);
    expect(province.data.upsertPerson.problems[0].message).toMatch(/whole province/);
    // The province is approved only by a whole-province lock (its provincial offices are in no district).
    await gql(sg.url, lock, { y: 2017, d: DISTRICT }, { as: editor });
    const py = (y: number) => ({ __typename: 'ProvinceYear', provinceCode: '14', year: y });
    const provinceLocked = await gql(sg.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProvinceYear { workforceLocked } } }', { r: [py(2016), py(2017)] }, { as: analyst });
    expect(provinceLocked.data._entities).toEqual([{ workforceLocked: true }, { workforceLocked: false }]);
    const audit = await gql(sg.url, '{ workforceAudit(first: 20) { action entity } }', {}, { as: analyst });
    expect(audit.data.workforceAudit.filter((a: any) => a.entity === 'PeriodLock').map((a: any) => a.action)).toEqual(['lock', 'lock', 'unlock', 'lock']);
  });
});
