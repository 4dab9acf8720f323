import { unitsOf } from '@lsp/shared';
import { analyst, dbKinds, gql, startSubgraph, type RunningSubgraph } from '../../../test/testkit';
import { geography } from '../src/server';

/** Geography serving several provinces (ADMIN_UNITS_PROVINCES=02,01,14: Hà Nội, Hà Giang with Tuyên Quang, Sơn La). */
describe.each(dbKinds)('geography subgraph with several provinces on %s', (kind) => {
  const units = unitsOf(['01', '02', '14']);
  let sg: RunningSubgraph;
  beforeAll(async () => {
    sg = await startSubgraph(geography, { kind, units });
  });
  afterAll(() => sg?.stop());

  it('asks across provinces through the national root', async () => {
    const r = await gql(sg.url, `{ country { code name type
      before: provinces(validOn: "2025-03-01") { code name validTo successor { code name } }
      today: provinces { code name predecessors { code name } }
      inYear(year: 2015) { provinceCode communeCount provinces { provinceCode name communeCount } }
      y2025: inYear(year: 2025) { communeCount provinces { provinceCode name communeCount } } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const c = r.data.country;
    expect([c.code, c.name, c.type]).toEqual(['VN', 'Việt Nam', 'Quốc gia']);
    expect(c.before.map((p: any) => p.code)).toEqual(['01', '02', '08', '14']);
    expect(c.before.find((p: any) => p.code === '02')).toEqual({ code: '02', name: 'Tỉnh Hà Giang', validTo: '2025-06-30', successor: { code: '08', name: 'Tỉnh Tuyên Quang' } });
    expect(c.today.map((p: any) => p.code)).toEqual(['01', '08', '14']);
    expect(c.today.find((p: any) => p.code === '08').predecessors.map((p: any) => p.name)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang']);
    const y = c.inYear;
    expect(y.provinces.map((p: any) => p.provinceCode)).toEqual(['01', '02', '08', '14']);
    expect(y.communeCount).toBe(units.reportingCommunes(2015).length);
    expect(y.provinces.reduce((n: number, p: any) => n + p.communeCount, 0)).toBe(y.communeCount);
    expect(y.provinces.find((p: any) => p.provinceCode === '14').communeCount).toBe(204);
    expect(c.y2025.provinces.map((p: any) => p.provinceCode)).toEqual(['01', '08', '14']);
    expect(c.y2025.provinces.find((p: any) => p.provinceCode === '14').communeCount).toBe(75);
  });

  it('keeps a province per version and its communes per province', async () => {
    const r = await gql(sg.url, `{ province(code: "08") { name versions { name validFrom validTo }
      old: inYear(year: 2015) { name communeCount districts { districtCode } } now: inYear(year: 2025) { name communeCount } }
      hanoi: province(code: "01") { communes(validOn: "2025-07-01") { code } districts { code province { code } } }
      commune(code: "00001") { name province { code name } district { code name } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const tq = r.data.province;
    expect(tq.versions.map((v: any) => [v.validFrom, v.validTo])).toEqual([[null, '2025-06-30'], ['2025-07-01', null]]);
    expect(tq.old.communeCount).toBe(units.provinceTerritory(2015, '08').length);
    expect(tq.old.districts.length).toBe(units.reportingDistricts(2015, '08').length);
    expect(tq.now.communeCount).toBe(units.provinceTerritory(2025, '08').length);
    expect(tq.now.communeCount).toBeGreaterThan(0);
    expect(r.data.hanoi.communes).toHaveLength(126);
    expect(r.data.hanoi.districts.every((d: any) => d.province.code === '01')).toBe(true);
    expect(r.data.commune).toEqual({ name: 'Phường Phúc Xá', province: { code: '01', name: 'Thành phố Hà Nội' }, district: { code: '001', name: 'Quận Ba Đình' } });
  });

  it('filters communes by province, on a date', async () => {
    const r = await gql(sg.url, `{ hg: communes(filter: { provinceCode: "02", validOn: "2025-03-01" }, first: 1000) { totalCount nodes { code } }
      tq: communes(filter: { provinceCode: "08", validOn: "2025-07-01" }, first: 1000) { totalCount }
      vn: communes(filter: { provinceCode: "VN", validOn: "2025-07-01" }, first: 1) { totalCount }
      root: province(code: "VN") { code name } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const hg = units.communesValidOn('2025-03-01').filter((c) => units.provinceCodeOn(c, '2025-03-01') === '02');
    expect(r.data.hg.totalCount).toBe(hg.length);
    expect(r.data.hg.nodes.map((n: any) => n.code)).toEqual(hg.map((c) => c.code).sort());
    expect(r.data.tq.totalCount).toBe(units.provinceTerritory(2025, '08').length);
    expect(r.data.vn.totalCount).toBe(units.communesValidOn('2025-07-01').length);
    expect(r.data.root).toEqual({ code: 'VN', name: 'Việt Nam' });
    const bad = await gql(sg.url, '{ communes(filter: { provinceCode: "99" }) { totalCount } }', {}, { as: analyst });
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads a commune of today in an earlier year: complete only where every link is full', async () => {
    const r = await gql(sg.url, `{ commune(code: "00004") { name formedFrom { code share }
      y2020: inYear(year: 2020, boundaries: CURRENT) { provinceCode reportingUnits complete } }
      sonLa: commune(code: "03943") { formedFrom { code } } }`, {}, { as: analyst });
    expect(r.errors).toBeUndefined();
    const baDinh = r.data.commune;
    expect(baDinh.name).toBe('Phường Ba Đình');
    expect(baDinh.formedFrom.filter((l: any) => l.share === 'FULL').map((l: any) => l.code)).toEqual(['00004', '00013']);
    expect(baDinh.formedFrom.some((l: any) => l.share === 'PARTIAL')).toBe(true);
    expect(baDinh.y2020).toEqual({ provinceCode: '01', reportingUnits: ['00004', '00013'], complete: false });
    expect(r.data.sonLa.formedFrom).toBeNull();
  });
});
