import { sonLaUnits } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { geography } from '../src/server';

describe.each(dbKinds)('geography subgraph on %s', (kind) => {
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(geography, { kind });
  });
  afterAll(() => sg?.stop());

  it('serves the province tree: 12 districts, 200 communes on 30/06/2025', async () => {
    const r = await gql(sg.url, '{ province(code: "14") { name districts { code name communes { code name type } } } }', {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.province.name).toBe('Tỉnh Sơn La');
    expect(r.data.province.districts).toHaveLength(12);
    const communes = r.data.province.districts.flatMap((d: any) => d.communes);
    expect(communes).toHaveLength(200);
    expect(new Set(communes.map((c: any) => c.code)).size).toBe(200);
  });

  it('serves the tree of a data year: the units that reported then, with their names of that year', async () => {
    const r = await gql(sg.url, `{ province(code: "14") {
      y2015: inYear(year: 2015) { communeCount districts { districtCode name type communes { communeCode name type districtCode district { districtCode } } } communes { communeCode } }
      y2012: inYear(year: 2012) { districts { districtCode } communes { communeCode } }
      y2025: inYear(year: 2025) { districts { districtCode } communes { communeCode name districtCode } } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const y = r.data.province.y2015;
    expect(y.districts).toHaveLength(12);
    const communes = y.districts.flatMap((d: any) => d.communes);
    expect(communes).toHaveLength(204);
    expect(y.communes).toHaveLength(204);
    expect(y.communeCount).toBe(204);
    const by = Object.fromEntries(communes.map((c: any) => [c.communeCode, c]));
    expect(by['03646'].name).toBe('Phường Chiềng Lề');
    expect(by['03703']).toMatchObject({ name: 'Xã Mường Giàng', type: 'Xã' });
    for (const removed of ['03751', '03898', '03913', '03988', '03991', '04003', '04060']) expect(by[removed]).toBeDefined();
    expect(y.districts.find((d: any) => d.districtCode === '123')).toMatchObject({ name: 'Huyện Mộc Châu', type: 'Huyện' });
    for (const d of y.districts) for (const c of d.communes) expect(c.district.districtCode).toBe(d.districtCode);
    const quynhNhai = y.districts.find((d: any) => d.districtCode === '118').communes.map((c: any) => c.name);
    expect(new Set(quynhNhai).size).toBe(quynhNhai.length);
    // Before Vân Hồ (10/06/2013) its communes reported under Mộc Châu.
    expect(r.data.province.y2012.districts).toHaveLength(11);
    expect(r.data.province.y2012.communes).toHaveLength(204);
    expect(r.data.province.y2025.districts).toEqual([]);
    expect(r.data.province.y2025.communes).toHaveLength(75);
    expect(r.data.province.y2025.communes.every((c: any) => c.districtCode === null)).toBe(true);
    const vanHo2012 = await gql(sg.url, '{ commune(code: "04048") { inYear(year: 2012) { districtCode } } district(code: "128") { validFrom validityNote inYear(year: 2012) { name } } }', {}, { as: analyst });
    expect(vanHo2012.data.commune.inYear.districtCode).toBe('123');
    const before = await gql(sg.url, '{ a: communes(filter: { districtCode: "128", validOn: "2013-06-09" }) { totalCount } b: communes(filter: { districtCode: "128", validOn: "2013-06-10" }) { totalCount } }', {}, { as: analyst });
    expect([before.data.a.totalCount, before.data.b.totalCount]).toEqual([0, 14]);
    expect(vanHo2012.data.district).toMatchObject({ validFrom: '2013-06-10', inYear: null });
    expect(vanHo2012.data.district.validityNote).toMatch(/72\/NQ-CP/);
  });

  it('names a unit shown through a link as it was at the time of the link', async () => {
    const r = await gql(sg.url, `{ now: commune(code: "03646") { name predecessors { code name asOf district { code name } } }
      old: commune(code: "03751") { successor { code name asOf } }
      d: district(code: "123") { name inYear(year: 2015) { name } }
      tree: district(code: "116") { communes { code name } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.now.name).toBe('Phường Tô Hiệu');
    const p = r.data.now.predecessors.find((x: any) => x.code === '03646');
    expect(p).toMatchObject({ name: 'Phường Chiềng Lề', asOf: '2025-06-30', district: { code: '116', name: 'Thành phố Sơn La' } });
    expect(r.data.old.successor).toMatchObject({ code: '03748', name: 'Xã Phổng Ly', asOf: '2025-01-01' });
    expect(r.data.d).toEqual({ name: 'Thị xã Mộc Châu', inYear: { name: 'Huyện Mộc Châu' } });
    // The dated tree of 30/06/2025 shows the names of that day, not those of the codes' 2025 communes.
    expect(r.data.tree.communes.find((c: any) => c.code === '03646').name).toBe('Phường Chiềng Lề');
  });

  it('answers a commune removed before 2025 with its validity and successor', async () => {
    const r = await gql(sg.url, '{ commune(code: "03751") { code name current validTo successor { code name } successorNote district { code } } }', {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    expect(r.data.commune).toMatchObject({ code: '03751', name: 'Xã Chiềng Ly', current: false, validTo: '2024-12-31', successor: { code: '03748' }, district: { code: '119' } });
    expect(r.data.commune.successorNote).toMatch(/1280/);
  });

  it('refuses an unknown code with NOT_FOUND naming it', async () => {
    const r = await gql(sg.url, '{ commune(code: "99999") { name } }', {}, { as: analyst });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toContain('99999');
  });

  it('lists the 75 communes of 01/07/2025 with their predecessors, keyset-paged', async () => {
    const page1 = await gql(sg.url, '{ communes(filter: { validOn: "2025-07-01" }, first: 50) { totalCount hasNextPage endCursor nodes { code predecessors { code } } } }', {}, { as: analyst });
    expect(page1.errors).toBeUndefined();
    expect(page1.data.communes.totalCount).toBe(75);
    expect(page1.data.communes.hasNextPage).toBe(true);
    const page2 = await gql(sg.url, 'query($after: String) { communes(filter: { validOn: "2025-07-01" }, first: 50, after: $after) { hasNextPage nodes { code predecessors { code } } } }', { after: page1.data.communes.endCursor }, { as: analyst });
    expect(page2.data.communes.hasNextPage).toBe(false);
    const all = [...page1.data.communes.nodes, ...page2.data.communes.nodes];
    expect(all).toHaveLength(75);
    expect(all.flatMap((c: any) => c.predecessors)).toHaveLength(200);
  });

  it('reads a 2025 commune in an earlier year as the sum of its predecessors', async () => {
    const q = `{ c: commune(code: "04048") {
      reported: inYear(year: 2020) { reportingUnits population }
      current: inYear(year: 2020, boundaries: CURRENT) { reportingUnits population complete }
      parts: predecessors { inYear(year: 2020) { population } } } }`;
    const r = await gql(sg.url, q, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const c = r.data.c;
    expect(c.reported.reportingUnits).toEqual(['04048']);
    expect([...c.current.reportingUnits].sort()).toEqual(['04039', '04048', '04051', '04054']);
    const sum = c.parts.reduce((s: number, p: any) => s + p.inYear.population, 0);
    expect(c.current.population).toBe(sum);
    expect(c.current.complete).toBe(true);
  });

  it('resolves every entity key through _entities', async () => {
    const reps = [
      { __typename: 'Province', code: '14' },
      { __typename: 'District', code: '116' },
      { __typename: 'Commune', code: '03646' },
      { __typename: 'CommuneYear', communeCode: '03646', year: 2015, boundaries: 'REPORTED' },
      { __typename: 'DistrictYear', districtCode: '116', year: 2015 },
      { __typename: 'ProvinceYear', provinceCode: '14', year: 2015 },
    ];
    const r = await gql(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Province { name } ... on District { name } ... on Commune { name versions { name } }
      ... on CommuneYear { name population } ... on DistrictYear { name population communeCount } ... on ProvinceYear { population communeCount } } }`, { r: reps }, { as: analyst });
    expect(r.errors).toBeUndefined();
    const [p, d, c, cy, dy, py] = r.data._entities;
    expect(p.name).toBe('Tỉnh Sơn La');
    expect(d.name).toBe('Thành phố Sơn La');
    // 03646 was Phường Chiềng Lề until 30/06/2025; GSO gave the code to the merged Phường Tô Hiệu.
    expect(c.name).toBe('Phường Tô Hiệu');
    expect(c.versions.map((v: any) => v.name)).toEqual(['Phường Chiềng Lề', 'Phường Tô Hiệu']);
    expect(cy.population).toBeGreaterThan(0);
    expect(dy.communeCount).toBe(12);
    expect(py.communeCount).toBe(sonLaUnits().reportingCommunes(2015).length);
    expect(py.population).toBeGreaterThan(dy.population);
  });

  it('publishes its SDL through _service', async () => {
    const r = await gql(sg.url, '{ _service { sdl } }', {}, { as: analyst });
    expect(r.data._service.sdl).toMatch(/type CommuneYear\s+@key\(fields: "communeCode year boundaries"\)/);
  });

  it('refuses a call without the gateway signature', async () => {
    const r = await gql(sg.url, '{ province(code: "14") { name } }');
    expect(r.status).toBe(401);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data).toBeUndefined();
  });

  it('keeps the SQL statement count flat from 10 to all communes', async () => {
    const q = `query($codes: [_Any!]!) { _entities(representations: $codes) { ... on CommuneYear { population households } } }`;
    const reps = (n: number) => sonLaUnits().reportingCommunes(2015).slice(0, n).map((u) => ({ __typename: 'CommuneYear', communeCode: u.code, year: 2015, boundaries: 'REPORTED' }));
    const small = await gql(sg.url, q, { codes: reps(10) }, { as: analyst });
    const large = await gql(sg.url, q, { codes: reps(204) }, { as: analyst });
    expect(large.errors).toBeUndefined();
    expect(large.data._entities).toHaveLength(204);
    expect(small.sqlStatements).toBe(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
