import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { geography } from '../src/server';

/** The argument checks of src/service: refused with a coded answer naming the field, never read as something else. */
describe.each(dbKinds)('geography argument checks on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(geography, { kind });
  });
  afterAll(() => sg?.stop());

  it.each([
    ['communes(filter: { validOn: "2013-02-29" }) { totalCount }', 'filter.validOn'],
    ['communes(filter: { validOn: "2025-7-1" }) { totalCount }', 'filter.validOn'],
    ['province(code: "14") { districts(validOn: "1980-02-31") { code } }', 'validOn'],
    ['province(code: "14") { communes(validOn: "tomorrow") { code } }', 'validOn'],
    ['district(code: "116") { communes(validOn: "2015-13-01") { code } }', 'validOn'],
    ['communes(first: 0) { totalCount }', 'first'],
    ['communes(first: 1001) { totalCount }', 'first'],
  ])('%s is refused with BAD_USER_INPUT naming %s', async (selection, field) => {
    const r = await gql(sg.url, `{ ${selection} }`, {}, { as: analyst });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['province(code: "01") { code }'],
    ['district(code: "999") { code }'],
    ['commune(code: "0x2BC") { code }'],
    ['communes(filter: { districtCode: "999" }) { totalCount }'],
  ])('%s is refused with NOT_FOUND', async (selection) => {
    const r = await gql(sg.url, `{ ${selection} }`, {}, { as: analyst });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a calendar date is read: 2012-02-29 existed', async () => {
    const r = await gql(sg.url, '{ communes(filter: { validOn: "2012-02-29" }) { totalCount } }', {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.communes.totalCount).toBeGreaterThan(200);
  });

  it('keeps no audit table: geography writes nothing through its API', async () => {
    expect(await sg.db.createQueryRunner().hasTable('audit_log')).toBe(false);
    expect(await sg.db.createQueryRunner().hasTable('commune_population')).toBe(true);
  });
});
