import type { Role } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { workforce } from '../src/server';
import { A, DISTRICT, QUALIFICATIONS_CSV, ROSTER_CSV, TRAININGS_CSV } from './fixtures';

/**
 * A person as a whole (issue 21, point 5): deletePerson on the kit's write path (editor:workforce only, audited,
 * tombstoned, refused in a locked period; deletes the person's postings with them, refused while qualifications or
 * training records remain), and the person's own fields (name, birth, sex, ethnic group...) locked with the
 * periods of their postings.
 */
const editor: Role[] = ['editor:workforce'];
const admin: Role[] = ['admin'];
const RESULT = 'ok rows problems { row field code message }';
const IMPORT = (name: string) => `mutation($csv: String!) { ${name}(csv: $csv) { ok } }`;
const codes = (r: { problems: Array<{ row: number | null; field: string; code: string }> }) => r.problems.map((p) => `${p.row}:${p.field}:${p.code}`);
const DELETE = (code: string) => `mutation { deletePerson(personCode: "${code}") { ${RESULT} } }`;
const LOCK = 'mutation($y: Int!, $d: String) { lockWorkforcePeriod(year: $y, districtCode: $d) { year } }';
const UNLOCK = 'mutation($y: Int!, $d: String) { unlockWorkforcePeriod(year: $y, districtCode: $d) }';
const n = async (sg: RunningSubgraph, sql: string) => Number((await sg.db.query(sql))[0].n);

describe.each(dbKinds)('a workforce person as a whole, on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(workforce, { kind, seed: false });
    for (const [m, csv] of [['importRosterCsv', ROSTER_CSV], ['importQualificationsCsv', QUALIFICATIONS_CSV], ['importTrainingRecordsCsv', TRAININGS_CSV]]) {
      expect((await gql(sg.url, IMPORT(m), { csv }, { as: editor })).data[m].ok).toBe(true);
    }
  });
  afterAll(() => sg?.stop());

  it('deletes a person with their postings (editor only), audited and tombstoned; unknown is NOT_FOUND', async () => {
    // A-VH2 has a qualification: refused while it remains, nothing deleted.
    const held = (await gql(sg.url, DELETE('A-VH2'), {}, { as: editor })).data.deletePerson;
    expect(codes(held)).toEqual(['1:personCode:HAS_RECORDS']);
    expect(held.problems[0].message).toMatch(/1 qualification/);
    expect(await n(sg, "SELECT COUNT(*) AS n FROM person WHERE person_code = 'A-VH2'")).toBe(1);
    const q = await gql(sg.url, 'mutation { deleteQualification(personCode: "A-VH2", kind: GENERAL_EDUCATION, level: "LOWER_SECONDARY") { ok } }', {}, { as: editor });
    expect(q.data.deleteQualification.ok).toBe(true);

    for (const who of [analyst, ['editor:vocational'] as Role[], ['workforce:pii'] as Role[]]) {
      const r = await gql(sg.url, DELETE('A-VH2'), {}, { as: who });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const since = new Date(Date.now() - 1000).toISOString();
    const del = (await gql(sg.url, DELETE('A-VH2'), {}, { as: editor })).data.deletePerson;
    expect(del).toEqual({ ok: true, rows: 2, problems: [] });
    expect(await n(sg, "SELECT COUNT(*) AS n FROM person WHERE person_code = 'A-VH2'")).toBe(0);
    expect(await n(sg, "SELECT COUNT(*) AS n FROM posting WHERE person_code = 'A-VH2'")).toBe(0);
    const people = (await gql(sg.url, `{ people(updatedSince: "${since}") { deleted { key } } }`, {}, { as: analyst })).data.people;
    expect(people.deleted).toEqual([{ key: 'A-VH2' }]);
    const postings = (await gql(sg.url, `{ workforcePostings(updatedSince: "${since}") { deleted { key } } }`, {}, { as: analyst })).data.workforcePostings;
    expect(postings.deleted).toEqual([{ key: 'A-VH2|2016-07-01' }]);
    const audit = (await gql(sg.url, '{ workforceAudit(entityKey: "A-VH2") { action entity actor } }', {}, { as: analyst })).data.workforceAudit;
    expect(audit[0]).toMatchObject({ action: 'delete', entity: 'Person', actor: 'test-user' });
    expect(codes((await gql(sg.url, DELETE('A-VH2'), {}, { as: editor })).data.deletePerson)).toEqual(['1:personCode:NOT_FOUND']);
  });

  it('refuses deleting a person posted in a locked period', async () => {
    // W-VH1 (posted in district 116 through 2025): its one qualification removed first, so only the lock stands in the way.
    const q = await gql(sg.url, 'mutation { deleteQualification(personCode: "W-VH1", kind: GENERAL_EDUCATION, level: "LOWER_SECONDARY") { ok } }', {}, { as: editor });
    expect(q.data.deleteQualification.ok).toBe(true);
    await gql(sg.url, LOCK, { y: 2015, d: DISTRICT }, { as: editor });
    const r = (await gql(sg.url, DELETE('W-VH1'), {}, { as: editor })).data.deletePerson;
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ row: 1, code: 'PERIOD_LOCKED', message: expect.stringMatching(/workforce 2015 district 116/) });
    expect(await n(sg, "SELECT COUNT(*) AS n FROM person WHERE person_code = 'W-VH1'")).toBe(1);
    expect(await n(sg, "SELECT COUNT(*) AS n FROM posting WHERE person_code = 'W-VH1'")).toBe(1);
    expect((await gql(sg.url, UNLOCK, { y: 2015, d: DISTRICT }, { as: admin })).data.unlockWorkforcePeriod).toBe(true);
  });

  it('locks a person\'s own fields with the periods of their postings, naming row and field', async () => {
    await gql(sg.url, LOCK, { y: 2015, d: DISTRICT }, { as: editor });
    // W-KC1 is posted in district 116 on 31/12/2015: a new sex or ethnic group would change 2015's figures.
    const person = (over: Record<string, unknown>) => ({ personCode: 'W-KC1', fullName: 'Nguyễn Văn Tám', birthYear: 1971, sex: 'M', ethnicGroup: 'Kinh',
      position: 'COMMUNE_KEY_CADRE', unitCode: '03646', postedFrom: '2011-07-01', postedTo: '2025-06-30', ...over });
    const UPSERT = `mutation($i: PersonInput!) { upsertPerson(input: $i) { ${RESULT} } }`;
    const same = (await gql(sg.url, UPSERT, { i: person({}) }, { as: editor })).data.upsertPerson;
    expect(same).toMatchObject({ ok: true });
    const changed = (await gql(sg.url, UPSERT, { i: person({ sex: 'F', ethnicGroup: 'Thái' }) }, { as: editor })).data.upsertPerson;
    expect(codes(changed)).toEqual(['1:sex:PERIOD_LOCKED', '1:ethnicGroup:PERIOD_LOCKED']);
    expect(changed.problems[0].message).toMatch(/workforce 2015 district 116/);
    const renamed = (await gql(sg.url, UPSERT, { i: person({ fullName: 'Nguyễn Văn Tâm' }) }, { as: editor })).data.upsertPerson;
    expect(codes(renamed)).toEqual(['1:fullName:PERIOD_LOCKED']);
    // The personal value is not repeated in the problem.
    expect(JSON.stringify(renamed.problems)).not.toContain('Tâm');
    // Through a CSV row too (the row number of the file).
    const csv = ['personCode,fullName,birthYear,sex,ethnicGroup,position,unitCode,postedFrom,postedTo', 'O-9,Tên,1970,M,Kinh,DISTRICT_CIVIL_SERVANT,118,2011-07-01,2025-06-30',
      'W-KC1,Nguyễn Văn Tám,1972,M,Kinh,COMMUNE_KEY_CADRE,03646,2011-07-01,2025-06-30'].join('\n');
    const byCsv = (await gql(sg.url, `mutation($csv: String!) { importRosterCsv(csv: $csv) { ${RESULT} } }`, { csv }, { as: editor })).data.importRosterCsv;
    expect(codes(byCsv)).toEqual(['2:birthYear:PERIOD_LOCKED']);
    expect(await n(sg, "SELECT COUNT(*) AS n FROM person WHERE person_code = 'O-9'")).toBe(0);
    // A person posted elsewhere (district 118) is not locked by district 116's lock.
    const o2 = { ...person({}), personCode: 'O-2', fullName: 'Tên', position: 'DISTRICT_CIVIL_SERVANT', unitCode: '118' };
    expect((await gql(sg.url, UPSERT, { i: o2 }, { as: editor })).data.upsertPerson.ok).toBe(true);
    expect((await gql(sg.url, UPSERT, { i: { ...o2, sex: 'F' } }, { as: editor })).data.upsertPerson.ok).toBe(true);
    // A person whose postings end before the locked year is not locked either.
    const ended = (await gql(sg.url, UPSERT, { i: { ...person({}), personCode: 'A-KC3', fullName: 'Hà Văn Bảy', birthYear: 1965, unitCode: A, postedTo: '2015-06-30' } }, { as: editor })).data.upsertPerson;
    expect(ended.ok).toBe(true);
    expect((await gql(sg.url, UNLOCK, { y: 2015, d: DISTRICT }, { as: admin })).data.unlockWorkforcePeriod).toBe(true);
    expect((await gql(sg.url, UPSERT, { i: person({ sex: 'F' }) }, { as: editor })).data.upsertPerson.ok).toBe(true);
  });
});
