import { buildSubgraphSchema } from '@apollo/subgraph';
import { sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { vocational } from '../src/server';

/**
 * The vocational audit trail is a connection like educationAudit's (first/after, totalCount, pageInfo, newest
 * first); the old list field stays, deprecated, so that published clients keep working (compose:check).
 */
const units = sonLaUnits();
const [C1, C2, C3] = units.districtTerritory('116', 2015);
const EDITOR = { as: { sub: 'ms.lan@sldtbxh', roles: ['editor:vocational' as const] } };
const UPSERT = 'mutation($i: LabourForceInput!) { upsertLabourForce(input: $i) { ok } }';
const labour = (communeCode: string) => ({ communeCode, year: 2015, workingAgePopulation: 1000, agriculturalWorkers: 800, vocationallyTrainedWorkers: 300,
  agriculturalWorkersTrainingAccess: 600, technologyTransferWorkers: 500, technologyTransferAgriculture: 300, technologyTransferForestry: 150,
  technologyTransferTourism: 20, technologyTransferProcessing: 50 });
const TRAIL = `query($first: Int, $after: String, $key: String) { vocationalAuditTrail(entityKey: $key, first: $first, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id action entity entityKey } } }`;

describe('vocationalAudit deprecation', () => {
  it('deprecates the list field with a reason that names the connection', () => {
    const field = buildSubgraphSchema([{ typeDefs: vocational.definition.typeDefs }]).getQueryType()!.getFields().vocationalAudit;
    expect(field.deprecationReason).toMatch(/vocationalAuditTrail/);
  });
});

describe.each(dbKinds)('vocational audit trail as a connection on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(vocational, { kind, seed: false });
    for (const c of [C1, C2, C3]) expect((await gql(sg.url, UPSERT, { i: labour(c) }, EDITOR)).data.upsertLabourForce.ok).toBe(true);
  });
  afterAll(() => sg?.stop());

  it('pages newest first with first/after, totalCount and pageInfo, like the other departments', async () => {
    const all = (await gql(sg.url, TRAIL, { first: 1000 }, { as: analyst })).data.vocationalAuditTrail;
    // Three inserts and three write attempts.
    expect(all.totalCount).toBe(6);
    const ids = all.nodes.map((n: any) => n.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    const p1 = (await gql(sg.url, TRAIL, { first: 4 }, { as: analyst })).data.vocationalAuditTrail;
    expect(p1).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    const p2 = (await gql(sg.url, TRAIL, { first: 4, after: p1.pageInfo.endCursor }, { as: analyst })).data.vocationalAuditTrail;
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect([...p1.nodes, ...p2.nodes].map((n: any) => n.id)).toEqual(ids);
    const one = (await gql(sg.url, TRAIL, { key: `${C2}|2015` }, { as: analyst })).data.vocationalAuditTrail;
    expect(one.nodes).toEqual([expect.objectContaining({ action: 'insert', entity: 'LabourForce', entityKey: `${C2}|2015` })]);
    // The deprecated list answers as before.
    const old = await gql(sg.url, '{ vocationalAudit(first: 2) { id } }', {}, { as: analyst });
    expect(old.data.vocationalAudit.map((n: any) => n.id)).toEqual(ids.slice(0, 2));
  });

  it('refuses a junk cursor, a page over 1,000 and an anonymous caller with coded errors', async () => {
    expect((await gql(sg.url, TRAIL, { after: 'junk' }, { as: analyst })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await gql(sg.url, TRAIL, { first: 1001 }, { as: analyst })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await gql(sg.url, TRAIL, {}, { as: ['anonymous'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
