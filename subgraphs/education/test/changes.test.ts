import { sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { education } from '../src/server';
import { counts, statisticsCsv } from './helpers';

/** Changes BI can follow (updatedAt, updatedSince, tombstones), corrections and deletions, period locks, strict parsing, reader checks. */
const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2015);
const C3 = units.districtTerritory('118', 2015)[0];
const EDITOR = { as: { sub: 'co.hoa@sgddt', roles: ['editor:education' as const] } };
const ADMIN = { as: { sub: 'root', roles: ['admin' as const] } };
const READER = { as: analyst };

const RECORD = 'mutation($i: EducationStatisticsInput!) { recordEducationStatistics(input: $i) { ok code inserted updated problems { row field code message } } }';
const ROWS = `query($year: Int!, $since: String, $after: String, $first: Int) { educationStatistics(year: $year, updatedSince: $since, after: $after, first: $first) {
  totalCount pageInfo { endCursor hasNextPage } nodes { communeCode year updatedAt counts { under3InNursery } } deleted { key deletedAt } } }`;
const stats = (communeCode: string, year: number, under3InNursery = 50) => ({ communeCode, year, ...counts({ under3InNursery }) });

describe.each(dbKinds)('education changes, corrections and locks on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(education, { kind, seed: false });
    for (const c of [C1, C2, C3]) expect((await gql(sg.url, RECORD, { i: stats(c, 2015) }, EDITOR)).data.recordEducationStatistics.ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  it('stamps updatedAt, pages with first/after, and follows corrections and deletions with updatedSince', async () => {
    const all = (await gql(sg.url, ROWS, { year: 2015 }, READER)).data.educationStatistics;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.every((n: any) => /^\d{4}-\d{2}-\d{2}T/.test(n.updatedAt))).toBe(true);
    const p1 = (await gql(sg.url, ROWS, { year: 2015, first: 2 }, READER)).data.educationStatistics;
    const p2 = (await gql(sg.url, ROWS, { year: 2015, first: 2, after: p1.pageInfo.endCursor }, READER)).data.educationStatistics;
    expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([true, false]);
    expect([...p1.nodes, ...p2.nodes].map((n: any) => n.communeCode)).toEqual([C1, C2, C3].sort());
    expect((await gql(sg.url, ROWS, { year: 2015, first: 5000 }, READER)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const since = new Date().toISOString();
    expect((await gql(sg.url, RECORD, { i: stats(C2, 2015, 60) }, EDITOR)).data.recordEducationStatistics).toMatchObject({ ok: true, updated: 1 });
    const del = await gql(sg.url, `mutation { deleteEducationStatistics(communeCode: "${C3}", year: 2015) { ok rows problems { code } } }`, {}, EDITOR);
    expect(del.data.deleteEducationStatistics).toMatchObject({ ok: true, rows: 1 });
    const changed = (await gql(sg.url, ROWS, { year: 2015, since }, READER)).data.educationStatistics;
    expect(changed.nodes.map((n: any) => [n.communeCode, n.counts.under3InNursery])).toEqual([[C2, 60]]);
    expect(changed.deleted).toEqual([{ key: `${C3}|2015`, deletedAt: expect.any(String) }]);

    const audit = (await gql(sg.url, `{ educationAudit(entityKey: "${C3}|2015") { totalCount nodes { action actor before after } } }`, {}, READER)).data.educationAudit;
    expect(audit.nodes[0]).toMatchObject({ action: 'delete', actor: 'co.hoa@sgddt', after: null });
    expect(JSON.parse(audit.nodes[0].before)).toMatchObject({ communeCode: C3, year: 2015 });
    const again = await gql(sg.url, `mutation { deleteEducationStatistics(communeCode: "${C3}", year: 2015) { ok problems { code } } }`, {}, EDITOR);
    expect(again.data.deleteEducationStatistics).toEqual({ ok: false, problems: [{ code: 'NOT_FOUND' }] });
    expect((await gql(sg.url, ROWS, { year: 2015, since: 'yesterday' }, READER)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updatedSince' });
  });

  it('pages the audit trail newest first with first/after/totalCount', async () => {
    const Q = 'query($after: String) { educationAudit(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }';
    const p1 = (await gql(sg.url, Q, {}, READER)).data.educationAudit;
    const p2 = (await gql(sg.url, Q, { after: p1.pageInfo.endCursor }, READER)).data.educationAudit;
    expect(p1.totalCount).toBeGreaterThan(4);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const ids = [...p1.nodes, ...p2.nodes].map((n: any) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);
    expect((await gql(sg.url, '{ educationAudit(first: 1001) { totalCount } }', {}, READER)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('deletes centres and committees, leaving tombstones on their own lists', async () => {
    const since = new Date().toISOString();
    const w = await gql(sg.url, `mutation {
      a: recordContinuingEducationCentre(input: { districtCode: "116", year: 2016, name: "TT GDTX", alsoVocational: true }) { ok }
      b: recordSteeringCommittee(input: { level: COMMUNE, unitCode: "${C1}", establishedOn: "2013-06-01" }) { ok }
      c: recordCommunityLearningCentre(input: { communeCode: "${C1}", year: 2016, established: true, learners: 10, activities: 2 }) { ok } }`, {}, EDITOR);
    expect([w.data.a.ok, w.data.b.ok, w.data.c.ok]).toEqual([true, true, true]);
    const d = await gql(sg.url, `mutation {
      a: deleteContinuingEducationCentre(districtCode: "116", year: 2016) { ok rows }
      b: deleteSteeringCommittee(level: COMMUNE, unitCode: "${C1}") { ok rows }
      c: deleteCommunityLearningCentre(communeCode: "${C1}", year: 2016) { ok rows } }`, {}, EDITOR);
    expect(d.data).toEqual({ a: { ok: true, rows: 1 }, b: { ok: true, rows: 1 }, c: { ok: true, rows: 1 } });
    const lists = await gql(sg.url, `query($s: String) {
      a: continuingEducationCentres(year: 2016, updatedSince: $s) { totalCount deleted { key } }
      b: steeringCommittees(level: COMMUNE, updatedSince: $s) { totalCount deleted { key } }
      c: communityLearningCentres(year: 2016, updatedSince: $s) { totalCount deleted { key } } }`, { s: since }, READER);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({
      a: { totalCount: 0, deleted: [{ key: '116|2016' }] },
      b: { totalCount: 0, deleted: [{ key: `${C1}|COMMUNE` }] },
      c: { totalCount: 0, deleted: [{ key: `${C1}|2016` }] },
    });
  });

  it('refuses impossible dates and non-decimal numbers the same way by mutation and by CSV', async () => {
    const date = await gql(sg.url, 'mutation { recordSteeringCommittee(input: { level: DISTRICT, unitCode: "116", establishedOn: "2013-02-29" }) { ok problems { row field code } } }', {}, EDITOR);
    expect(date.data.recordSteeringCommittee).toEqual({ ok: false, problems: [{ row: 1, field: 'establishedOn', code: 'NOT_DATE' }] });
    const hex = await gql(sg.url, 'mutation($csv: String!) { importEducationStatisticsCsv(csv: $csv) { ok problems { row field code } } }',
      { csv: statisticsCsv([{ ...stats(C1, 2016), childrenUnder3: '0x2BC' }]) }, EDITOR);
    expect(hex.data.importEducationStatisticsCsv).toEqual({ ok: false, problems: [{ row: 1, field: 'childrenUnder3', code: 'NOT_NUMBER' }] });
    const viaGraphql = await gql(sg.url, RECORD, { i: { ...stats(C1, 2016), childrenUnder3: '0x2BC' } }, EDITOR);
    expect(viaGraphql.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const nextYear = new Date().getUTCFullYear() + 1;
    const future = await gql(sg.url, RECORD, { i: stats(C1, nextYear) }, EDITOR);
    expect(future.data.recordEducationStatistics).toMatchObject({ ok: false, problems: [{ row: 1, field: 'year', code: 'OUT_OF_RANGE' }] });
  });

  it('needs a signed-in role for the row lists; the year entities stay open', async () => {
    const anonymous = { as: ['anonymous'] as never };
    for (const q of ['{ educationStatistics(year: 2015) { totalCount } }', '{ communityLearningCentres(year: 2015) { totalCount } }',
      '{ continuingEducationCentres(year: 2015) { totalCount } }', '{ steeringCommittees { totalCount } }', '{ educationAudit { totalCount } }']) {
      expect((await gql(sg.url, q, {}, anonymous)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const open = await gql(sg.url, '{ _entities(representations: [{ __typename: "ProvinceYear", provinceCode: "14", year: 2015 }]) { ... on ProvinceYear { educationIndicators { code } } } }', {}, anonymous);
    expect(open.errors).toBeUndefined();
  });

  it('locks a period (editor), refuses writes and deletions into it with PERIOD_LOCKED, unlocks (admin only), all audited and queryable', async () => {
    const LOCK = 'mutation($y: Int!, $d: String) { lockEducationPeriod(year: $y, districtCode: $d, note: "reviewed") { department year districtCode lockedBy } }';
    const UNLOCK = 'mutation($y: Int!, $d: String) { unlockEducationPeriod(year: $y, districtCode: $d) }';
    expect((await gql(sg.url, LOCK, { y: 2015 }, READER)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const locked = await gql(sg.url, LOCK, { y: 2015, d: '116' }, EDITOR);
    expect(locked.data.lockEducationPeriod).toEqual({ department: 'education', year: 2015, districtCode: '116', lockedBy: 'co.hoa@sgddt' });
    const refused = await gql(sg.url, RECORD, { i: stats(C1, 2015, 70) }, EDITOR);
    expect(refused.data.recordEducationStatistics).toMatchObject({ ok: false, code: 'PERIOD_LOCKED', problems: [{ row: 1, field: 'year', code: 'PERIOD_LOCKED', message: expect.stringContaining('education 2015 district 116') }] });
    const file = await gql(sg.url, 'mutation($c: String!) { importEducationStatisticsCsv(csv: $c) { ok problems { row field code } } }',
      { c: statisticsCsv([stats(C3, 2015, 55), stats(C1, 2015, 55)]) }, EDITOR);
    expect(file.data.importEducationStatisticsCsv).toEqual({ ok: false, problems: [{ row: 2, field: 'year', code: 'PERIOD_LOCKED' }] });
    const del = await gql(sg.url, `mutation { deleteEducationStatistics(communeCode: "${C1}", year: 2015) { ok problems { code } } }`, {}, EDITOR);
    expect(del.data.deleteEducationStatistics).toEqual({ ok: false, problems: [{ code: 'PERIOD_LOCKED' }] });
    expect((await gql(sg.url, RECORD, { i: stats(C1, 2016) }, EDITOR)).data.recordEducationStatistics.ok).toBe(true);

    // The whole province: every education write for 2015 is refused, whatever the district or dataset.
    expect((await gql(sg.url, LOCK, { y: 2015 }, EDITOR)).data.lockEducationPeriod.districtCode).toBeNull();
    const centre = await gql(sg.url, 'mutation { recordContinuingEducationCentre(input: { districtCode: "118", year: 2015, name: "TT GDTX", alsoVocational: false }) { ok problems { code message } } }', {}, EDITOR);
    expect(centre.data.recordContinuingEducationCentre).toMatchObject({ ok: false, problems: [{ code: 'PERIOD_LOCKED', message: expect.stringContaining('education 2015 (whole province)') }] });
    const Y = '{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2015 }, { __typename: "ProvinceYear", provinceCode: "14", year: 2016 }]) { ... on DistrictYear { educationLocked } ... on ProvinceYear { educationLocked } } }';
    expect((await gql(sg.url, Y, {}, READER)).data._entities).toEqual([{ educationLocked: true }, { educationLocked: false }]);
    const list = await gql(sg.url, '{ educationPeriodLocks(year: 2015) { districtCode lockedBy note } }', {}, READER);
    expect(list.data.educationPeriodLocks).toEqual([{ districtCode: null, lockedBy: 'co.hoa@sgddt', note: 'reviewed' }, { districtCode: '116', lockedBy: 'co.hoa@sgddt', note: 'reviewed' }]);

    expect((await gql(sg.url, UNLOCK, { y: 2015 }, EDITOR)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, UNLOCK, { y: 2015 }, ADMIN)).data.unlockEducationPeriod).toBe(true);
    expect((await gql(sg.url, UNLOCK, { y: 2015, d: '116' }, ADMIN)).data.unlockEducationPeriod).toBe(true);
    expect((await gql(sg.url, RECORD, { i: stats(C1, 2015, 70) }, EDITOR)).data.recordEducationStatistics).toMatchObject({ ok: true, updated: 1 });
    const trail = await gql(sg.url, '{ educationAudit(first: 30) { nodes { action entity entityKey actor } } }', {}, READER);
    expect(trail.data.educationAudit.nodes.filter((a: any) => a.entity === 'PeriodLock').map((a: any) => `${a.action} ${a.entityKey} ${a.actor}`)).toEqual([
      'unlock education 2015 district 116 root', 'unlock education 2015 (whole province) root',
      'lock education 2015 (whole province) co.hoa@sgddt', 'lock education 2015 district 116 co.hoa@sgddt',
    ]);
  });
});
