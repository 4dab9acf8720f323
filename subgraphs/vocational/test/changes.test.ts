import { sonLaUnits } from '@lsp/shared';
import { relayTo } from '../../../test/testkit/database-relay';
import { analyst, dbKinds, dropMysqlDatabase, freshDatabaseUrl, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { vocational } from '../src/server';

/** Changes BI can follow (updatedAt, updatedSince, tombstones), corrections and deletions, period locks, faults. */
const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const C3 = units.districtTerritory('118', 2015)[0];
const EDITOR = { as: { sub: 'ms.lan@sldtbxh', roles: ['editor:vocational' as const] } };
const ADMIN = { as: { sub: 'root', roles: ['admin' as const] } };
const READER = { as: analyst };

const labour = (commune: string, year: number, trained = 300) =>
  ({ communeCode: commune, year, workingAgePopulation: 1000, agriculturalWorkers: 800, vocationallyTrainedWorkers: trained, agriculturalWorkersTrainingAccess: 600,
    technologyTransferWorkers: 500, technologyTransferAgriculture: 300, technologyTransferForestry: 150, technologyTransferTourism: 20, technologyTransferProcessing: 50 });
const UPSERT = 'mutation($i: LabourForceInput!) { upsertLabourForce(input: $i) { ok inserted updated problems { row field code message } } }';
const ROWS = `query($year: Int!, $since: String, $after: String, $first: Int) { labourForceRows(year: $year, updatedSince: $since, after: $after, first: $first) {
  totalCount pageInfo { endCursor hasNextPage } nodes { communeCode year vocationallyTrainedWorkers updatedAt } deleted { key deletedAt } } }`;

describe.each(dbKinds)('vocational changes, corrections and locks on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind, seed: false });
    for (const c of [C1, C2, C3]) expect((await gql(sg.url, UPSERT, { i: labour(c, 2015) }, EDITOR)).data.upsertLabourForce.ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  it('stamps updatedAt, pages with first/after, and follows corrections and deletions with updatedSince', async () => {
    const all = (await gql(sg.url, ROWS, { year: 2015 }, READER)).data.labourForceRows;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.every((n: any) => /^\d{4}-\d{2}-\d{2}T/.test(n.updatedAt))).toBe(true);
    const p1 = (await gql(sg.url, ROWS, { year: 2015, first: 2 }, READER)).data.labourForceRows;
    const p2 = (await gql(sg.url, ROWS, { year: 2015, first: 2, after: p1.pageInfo.endCursor }, READER)).data.labourForceRows;
    expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([true, false]);
    expect([...p1.nodes, ...p2.nodes].map((n: any) => n.communeCode)).toEqual([C1, C2, C3].sort());
    const tooMany = await gql(sg.url, ROWS, { year: 2015, first: 5000 }, READER);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const since = new Date().toISOString();
    const corrected = await gql(sg.url, UPSERT, { i: labour(C2, 2015, 350) }, EDITOR);
    expect(corrected.data.upsertLabourForce).toMatchObject({ ok: true, updated: 1 });
    const del = await gql(sg.url, 'mutation { deleteLabourForce(communeCode: "' + C3 + '", year: 2015) { ok rows problems { code } } }', {}, EDITOR);
    expect(del.data.deleteLabourForce).toMatchObject({ ok: true, rows: 1 });
    const changed = (await gql(sg.url, ROWS, { year: 2015, since }, READER)).data.labourForceRows;
    expect(changed.nodes.map((n: any) => [n.communeCode, n.vocationallyTrainedWorkers])).toEqual([[C2, 350]]);
    expect(changed.deleted).toEqual([{ key: `${C3}|2015`, deletedAt: expect.any(String) }]);
    const audit = await gql(sg.url, `{ vocationalAudit(entityKey: "${C3}|2015") { action actor before after } }`, {}, READER);
    expect(audit.data.vocationalAudit[0]).toMatchObject({ action: 'delete', actor: 'ms.lan@sldtbxh', after: null });
    expect(JSON.parse(audit.data.vocationalAudit[0].before)).toMatchObject({ communeCode: C3, year: 2015 });
    const again = await gql(sg.url, 'mutation { deleteLabourForce(communeCode: "' + C3 + '", year: 2015) { ok problems { code } } }', {}, EDITOR);
    expect(again.data.deleteLabourForce).toEqual({ ok: false, problems: [{ code: 'NOT_FOUND' }] });
    const bad = await gql(sg.url, ROWS, { year: 2015, since: 'yesterday' }, READER);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updatedSince' });
  });

  it('deletes a course with its enrolment rows, or one enrolment row, leaving tombstones', async () => {
    const P = await gql(sg.url, 'mutation { importTrainingProvidersCsv(csv: "code,name,kind,districtCode\\nPX-1,TT thử nghiệm,VOCATIONAL_CENTRE,116") { ok } }', {}, EDITOR);
    expect(P.data.importTrainingProvidersCsv.ok).toBe(true);
    const csv = ['code,providerCode,occupation,level,ruralLabourProgramme,year,communeCode,sex,ethnicGroup,enrolled,graduated',
      `K1,PX-1,Hàn,ELEMENTARY,false,2016,${C1},MALE,Thái,10,8`, `K1,PX-1,Hàn,ELEMENTARY,false,2016,${C2},MALE,Thái,5,5`,
      `K2,PX-1,May,ELEMENTARY,false,2016,${C1},FEMALE,Thái,7,7`].join('\n');
    expect((await gql(sg.url, 'mutation($c: String!) { importVocationalCoursesCsv(csv: $c) { ok inserted } }', { c: csv }, EDITOR)).data.importVocationalCoursesCsv).toEqual({ ok: true, inserted: 5 });
    const since = new Date().toISOString();
    const one = await gql(sg.url, `mutation { deleteCourseEnrolment(courseCode: "K1", communeCode: "${C2}", sex: MALE, ethnicGroup: "Thái") { ok rows } }`, {}, EDITOR);
    expect(one.data.deleteCourseEnrolment).toEqual({ ok: true, rows: 1 });
    const course = await gql(sg.url, 'mutation { deleteVocationalCourse(code: "K2") { ok rows } }', {}, EDITOR);
    expect(course.data.deleteVocationalCourse).toEqual({ ok: true, rows: 2 });
    const rows = (await gql(sg.url, `{ courseEnrolmentRows(year: 2016, updatedSince: "${since}") { totalCount deleted { key } } }`, {}, READER)).data.courseEnrolmentRows;
    expect(rows.deleted.map((d: any) => d.key).sort()).toEqual([`K1|${C2}|MALE|Thái`, `K2|${C1}|FEMALE|Thái`]);
    const courses = (await gql(sg.url, `{ vocationalCourses(year: 2016, updatedSince: "${since}") { totalCount deleted { key } } }`, {}, READER)).data.vocationalCourses;
    expect(courses).toEqual({ totalCount: 0, deleted: [{ key: 'K2' }] });
    const left = (await gql(sg.url, '{ vocationalCourses(year: 2016) { nodes { code enrolled } } }', {}, READER)).data.vocationalCourses.nodes;
    expect(left).toEqual([{ code: 'K1', enrolled: 10 }]);
  });

  it('locks a period (editor), refuses writes and deletions into it with PERIOD_LOCKED, unlocks (admin only), all audited and queryable', async () => {
    const LOCK = 'mutation($y: Int!, $d: String) { lockVocationalPeriod(year: $y, districtCode: $d, note: "reviewed") { department year districtCode lockedBy } }';
    const UNLOCK = 'mutation($y: Int!, $d: String) { unlockVocationalPeriod(year: $y, districtCode: $d) }';
    expect((await gql(sg.url, LOCK, { y: 2015, d: '116' }, READER)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const locked = await gql(sg.url, LOCK, { y: 2015, d: '116' }, EDITOR);
    expect(locked.data.lockVocationalPeriod).toEqual({ department: 'vocational', year: 2015, districtCode: '116', lockedBy: 'ms.lan@sldtbxh' });
    const refused = await gql(sg.url, UPSERT, { i: labour(C1, 2015, 310) }, EDITOR);
    expect(refused.data.upsertLabourForce).toMatchObject({ ok: false, problems: [{ row: 1, field: 'year', code: 'PERIOD_LOCKED', message: expect.stringContaining('vocational 2015 district 116') }] });
    const csv = ['communeCode,year,workingAgePopulation,agriculturalWorkers,vocationallyTrainedWorkers,agriculturalWorkersTrainingAccess,technologyTransferWorkers,technologyTransferAgriculture,technologyTransferForestry,technologyTransferTourism,technologyTransferProcessing',
      `${C3},2015,1000,800,300,600,500,300,150,20,50`, `${C1},2015,1000,800,320,600,500,300,150,20,50`].join('\n');
    const file = await gql(sg.url, 'mutation($c: String!) { importLabourForceCsv(csv: $c) { ok problems { row field code } } }', { c: csv }, EDITOR);
    expect(file.data.importLabourForceCsv).toEqual({ ok: false, problems: [{ row: 2, field: 'year', code: 'PERIOD_LOCKED' }] });
    const del = await gql(sg.url, `mutation { deleteLabourForce(communeCode: "${C1}", year: 2015) { ok problems { code } } }`, {}, EDITOR);
    expect(del.data.deleteLabourForce).toEqual({ ok: false, problems: [{ code: 'PERIOD_LOCKED' }] });
    expect((await gql(sg.url, UPSERT, { i: labour(C1, 2016) }, EDITOR)).data.upsertLabourForce.ok).toBe(true);

    const Y = '{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2015 }, { __typename: "ProvinceYear", provinceCode: "14", year: 2015 }]) { ... on DistrictYear { vocationalLocked } ... on ProvinceYear { vocationalLocked } } }';
    expect((await gql(sg.url, Y, {}, READER)).data._entities).toEqual([{ vocationalLocked: true }, { vocationalLocked: false }]);
    expect((await gql(sg.url, LOCK, { y: 2015 }, EDITOR)).data.lockVocationalPeriod.districtCode).toBeNull();
    expect((await gql(sg.url, Y, {}, READER)).data._entities).toEqual([{ vocationalLocked: true }, { vocationalLocked: true }]);
    const list = await gql(sg.url, '{ vocationalPeriodLocks(year: 2015) { districtCode lockedBy note } }', {}, READER);
    expect(list.data.vocationalPeriodLocks).toEqual([{ districtCode: null, lockedBy: 'ms.lan@sldtbxh', note: 'reviewed' }, { districtCode: '116', lockedBy: 'ms.lan@sldtbxh', note: 'reviewed' }]);

    expect((await gql(sg.url, UNLOCK, { y: 2015 }, EDITOR)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, UNLOCK, { y: 2015 }, ADMIN)).data.unlockVocationalPeriod).toBe(true);
    expect((await gql(sg.url, UNLOCK, { y: 2015, d: '116' }, ADMIN)).data.unlockVocationalPeriod).toBe(true);
    expect((await gql(sg.url, UPSERT, { i: labour(C1, 2015, 310) }, EDITOR)).data.upsertLabourForce).toMatchObject({ ok: true, updated: 1 });
    const trail = await gql(sg.url, '{ vocationalAudit(first: 20) { action entity entityKey actor } }', {}, READER);
    expect(trail.data.vocationalAudit.filter((a: any) => a.entity === 'PeriodLock').map((a: any) => `${a.action} ${a.entityKey} ${a.actor}`)).toEqual([
      'unlock vocational 2015 district 116 root', 'unlock vocational 2015 (whole province) root',
      'lock vocational 2015 (whole province) ms.lan@sldtbxh', 'lock vocational 2015 district 116 ms.lan@sldtbxh',
    ]);
  });
});

/** MariaDB is reached through the testkit's relay, then cut; SQLite: the data source is closed. */
describe.each(dbKinds)('vocational with its database gone (%s)', (kind) => {
  it('answers DATABASE_UNAVAILABLE naming the department, never host, port or SQL', async () => {
    const direct = freshDatabaseUrl(kind, 'vocational');
    let relay: Awaited<ReturnType<typeof relayTo>> | undefined;
    let databaseUrl = direct;
    if (kind === 'mysql') {
      relay = await relayTo(new URL(direct));
      const u = new URL(direct);
      u.port = String(relay.port);
      databaseUrl = u.toString();
    }
    const sg = await startSubgraph(vocational, { kind, seed: false, databaseUrl });
    if (relay) relay.cut();
    else await sg.db.destroy();
    try {
      for (const q of ['{ labourForceRows(year: 2015) { totalCount } }', '{ _entities(representations: [{ __typename: "ProvinceYear", provinceCode: "14", year: 2015 }]) { ... on ProvinceYear { vocationalIndicators { code value } } } }']) {
        const r = await gql(sg.url, q, {}, READER);
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', department: 'vocational' });
        const text = JSON.stringify(r.errors);
        expect(text).not.toMatch(/127\.0\.0\.1|3306|sqlite|SELECT|ECONN/i);
        if (relay) expect(text).not.toContain(String(relay.port));
      }
      const w = await gql(sg.url, UPSERT, { i: labour(C1, 2015) }, EDITOR);
      expect(w.errors?.[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', department: 'vocational' });
    } finally {
      await new Promise<void>((r) => sg.server.close(() => r()));
      if (relay) await sg.db.destroy().catch(() => undefined);
      await dropMysqlDatabase(direct);
    }
  });
});
