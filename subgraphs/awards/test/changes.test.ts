import { sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { awards } from '../src/server';

/** Awards on the department kit: corrections and deletions with tombstones, updatedSince, period locks. */
const units = sonLaUnits();
const [C1, C2] = units.districtTerritory('116', 2016);
const C3 = units.districtTerritory('118', 2016)[0];
const EDITOR = { as: { sub: 'hkh@sonla', roles: ['editor:awards' as const] } };
const ADMIN = { as: { sub: 'root', roles: ['admin' as const] } };
const READER = { as: analyst };
const RECORD = 'mutation($i: RecognitionCountInput!) { recordRecognitionCount(input: $i) { ok inserted updated problems { row field code message } } }';
const count = (communeCode: string, recognised = 10) => ({ communeCode, year: 2016, titleCode: 'gia_dinh_hoc_tap', recognised, eligible: 20 });

describe.each(dbKinds)('awards changes and locks on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(awards, { kind, seed: false });
  });
  afterAll(() => sg?.stop());

  it('follows corrections and deletions with updatedSince and tombstones; codes are stored upper-case', async () => {
    for (const c of [C1, C2, C3]) expect((await gql(sg.url, RECORD, { i: count(c) }, EDITOR)).data.recordRecognitionCount).toMatchObject({ ok: true, inserted: 1 });
    const since = new Date().toISOString();
    expect((await gql(sg.url, RECORD, { i: count(C2, 12) }, EDITOR)).data.recordRecognitionCount).toMatchObject({ ok: true, updated: 1 });
    const del = await gql(sg.url, `mutation { deleteRecognitionCount(communeCode: "${C3}", year: 2016, titleCode: "GIA_DINH_HOC_TAP") { ok rows } }`, {}, EDITOR);
    expect(del.data.deleteRecognitionCount).toEqual({ ok: true, rows: 1 });
    const q = `query($s: String) { recognitionCounts(year: 2016, updatedSince: $s) { totalCount nodes { communeCode title { code } recognised updatedAt } deleted { key } } }`;
    const changed = (await gql(sg.url, q, { s: since }, READER)).data.recognitionCounts;
    expect(changed).toMatchObject({ totalCount: 1, nodes: [{ communeCode: C2, title: { code: 'GIA_DINH_HOC_TAP' }, recognised: 12 }], deleted: [{ key: `${C3}|2016|GIA_DINH_HOC_TAP` }] });
    expect((await gql(sg.url, q, {}, READER)).data.recognitionCounts.totalCount).toBe(2);
  });

  it('refuses writes and deletions into a locked period with PERIOD_LOCKED until an admin unlocks it', async () => {
    const lock = await gql(sg.url, 'mutation { lockAwardsPeriod(year: 2016, districtCode: "116") { department year districtCode lockedBy } }', {}, EDITOR);
    expect(lock.data.lockAwardsPeriod).toEqual({ department: 'awards', year: 2016, districtCode: '116', lockedBy: 'hkh@sonla' });
    const refused = await gql(sg.url, RECORD, { i: count(C1, 15) }, EDITOR);
    expect(refused.data.recordRecognitionCount.problems).toEqual([expect.objectContaining({ row: 1, field: 'year', code: 'PERIOD_LOCKED', message: expect.stringContaining('awards 2016 district 116') })]);
    const del = await gql(sg.url, `mutation { deleteRecognitionCount(communeCode: "${C1}", year: 2016, titleCode: "GIA_DINH_HOC_TAP") { ok problems { code } } }`, {}, EDITOR);
    expect(del.data.deleteRecognitionCount).toEqual({ ok: false, problems: [{ code: 'PERIOD_LOCKED' }] });
    const Y = '{ _entities(representations: [{ __typename: "DistrictYear", districtCode: "116", year: 2016 }, { __typename: "DistrictYear", districtCode: "118", year: 2016 }]) { ... on DistrictYear { awardsLocked } } }';
    expect((await gql(sg.url, Y, {}, READER)).data._entities).toEqual([{ awardsLocked: true }, { awardsLocked: false }]);
    expect((await gql(sg.url, '{ awardsPeriodLocks { year districtCode } }', {}, READER)).data.awardsPeriodLocks).toEqual([{ year: 2016, districtCode: '116' }]);
    expect((await gql(sg.url, 'mutation { unlockAwardsPeriod(year: 2016, districtCode: "116") }', {}, EDITOR)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, 'mutation { unlockAwardsPeriod(year: 2016, districtCode: "116") }', {}, ADMIN)).data.unlockAwardsPeriod).toBe(true);
    expect((await gql(sg.url, RECORD, { i: count(C1, 15) }, EDITOR)).data.recordRecognitionCount).toMatchObject({ ok: true, updated: 1 });
  });
});
