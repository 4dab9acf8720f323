import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONAL_CODE, sonLaUnits } from './admin-units';
import { ConfigError, parseConfig } from './config';
import { ProvinceSelectionError, parseProvinceSelection, provinceFamily, unitsFromConfig, unitsOf } from './national-units';
import { subgraphConfigSchema } from './service';

/** The national catalogues as copied into shared/data (read here only to compare counts per province). */
const file = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'data', name), 'utf8'));
const before: { provinces: Array<[string, string, string, Array<[string, string, string, unknown[]]>]> } = file('vn-units-2025-03-01.json');
const from: { provinces: Array<[string, string, string[], Array<[string, string, Array<[string, string]>]>]> } = file('vn-units-2025-07-01.json');

describe('the units of every province of Viet Nam (ADMIN_UNITS_PROVINCES=all)', () => {
  const units = unitsOf('all');
  const BEFORE = '2025-03-01';
  const AFTER = '2025-07-01';
  const communesOf = (code: string, on: string) => units.communesValidOn(on).filter((c) => units.provinceCodeOn(c, on) === code);

  it('holds 63 provinces, 696 districts and 10,047 communes on 01/03/2025, 34 provinces and 3,321 communes from 01/07/2025', () => {
    expect(units.provincesValidOn(BEFORE)).toHaveLength(63);
    expect(units.districtsValidOn(BEFORE)).toHaveLength(696);
    expect(units.communesValidOn(BEFORE)).toHaveLength(10047);
    expect(units.provincesValidOn(AFTER)).toHaveLength(34);
    expect(units.districtsValidOn(AFTER)).toHaveLength(0);
    expect(units.communesValidOn(AFTER)).toHaveLength(3321);
    expect(units.reportingCommunes(2025)).toHaveLength(3321);
    // 2015: the snapshot outside Sơn La, and Sơn La's own 204 reporting units (200 on 01/03/2025 + 7 removed − 3 added in early 2025).
    expect(units.reportingCommunes(2015)).toHaveLength(10047 - 200 + 204);
    expect(units.provinceTerritory(2015, NATIONAL_CODE)).toHaveLength(units.reportingCommunes(2015).length);
  });

  it('holds every province with the districts and communes of its file, in both generations', () => {
    for (const [code, , , districts] of before.provinces) {
      expect([code, units.districtsValidOn(BEFORE, code).length]).toEqual([code, districts.length]);
      expect([code, communesOf(code, BEFORE).length]).toEqual([code, districts.reduce((n, d) => n + d[3].length, 0)]);
      expect([code, units.provinceTerritory(2015, code).length]).toEqual([code, code === '14' ? 204 : communesOf(code, BEFORE).length]);
    }
    for (const [code, , , communes] of from.provinces) {
      expect([code, communesOf(code, AFTER).length]).toEqual([code, communes.length]);
      expect([code, units.provinceTerritory(2025, code).length]).toEqual([code, communes.length]);
    }
  });

  it('spot checks: Phúc Xá in Ba Đình, Hà Nội; code 00004 reused; Côn Đảo in Hồ Chí Minh City', () => {
    const phucXa = units.commune('00001', BEFORE)!;
    expect([phucXa.name, phucXa.type]).toEqual(['Phường Phúc Xá', 'Phường']);
    expect(units.ancestors(phucXa).map((u) => [u.code, u.name])).toEqual([['001', 'Quận Ba Đình'], ['01', 'Thành phố Hà Nội']]);
    expect(units.commune('00004', BEFORE)!.name).toBe('Phường Trúc Bạch');
    expect(units.commune('00004', AFTER)!.name).toBe('Phường Ba Đình');
    expect(units.communeVersions('00004')).toHaveLength(2);
    const conDao = units.commune('26732', AFTER)!;
    expect([conDao.name, conDao.type, units.provinceCodeOn(conDao, AFTER)]).toEqual(['Đặc khu Côn Đảo', 'Đặc khu', '79']);
    expect(units.provinceUnit('79', AFTER)!.name).toBe('Thành phố Hồ Chí Minh');
  });

  it('versions provinces: 08 Tuyên Quang before and after merging with 02 Hà Giang; Hà Nội one unit throughout', () => {
    const tq = units.provinceVersions('08');
    expect(tq.map((p) => [p.name, p.validFrom, p.validTo])).toEqual([['Tỉnh Tuyên Quang', null, '2025-06-30'], ['Tỉnh Tuyên Quang', '2025-07-01', null]]);
    expect(tq[1].predecessorCodes).toEqual(['02', '08']);
    expect(units.provinceUnit('02')!.successorCode).toBe('08');
    expect(units.provinceUnit('02', AFTER)).toBeUndefined();
    expect(units.provinceVersions('01')).toHaveLength(1);
    expect(units.provinceUnit('01', '2015-12-31')).toBe(units.provinceUnit('01', AFTER));
    // ProvinceYear 08: old Tuyên Quang's communes before 2025, the merged province's from 2025.
    expect(units.provinceTerritory(2015, '08')).toHaveLength(communesOf('08', BEFORE).length);
    expect(units.provinceTerritory(2025, '02')).toEqual([]);
    expect(units.children(NATIONAL_CODE, AFTER)).toHaveLength(34);
  });

  it('reads a commune of today in an earlier year only where every link is full; partial links leave it incomplete (not graded)', () => {
    // 00004 Phường Ba Đình: two whole old wards (00004, 00013) and parts of eight others.
    const baDinh = units.communeTerritory('00004', 2020, 'CURRENT');
    expect(baDinh).toEqual({ units: ['00004', '00013'], complete: false });
    expect(units.unplacedUnits('00004', 2020, 'CURRENT')).toEqual(expect.arrayContaining(['00016', '00019', '00022']));
    // A commune formed from whole old communes only is their sum, complete.
    const [code, , links] = from.provinces.find((p) => p[0] === '01')![3].find(([, , l]) => l.length > 1 && l.every(([, s]) => s === 'full'))!;
    const whole = units.communeTerritory(code, 2020, 'CURRENT');
    expect(whole.complete).toBe(true);
    expect([...whole.units].sort()).toEqual(links.map(([c]) => c).sort());
    // No formed-from list in the file (Xã Ba Chẽ), or a link to an island district without communes (Côn Đảo): incomplete.
    expect(units.communeTerritory('06978', 2020, 'CURRENT')).toEqual({ units: [], complete: false });
    expect(units.communeTerritory('26732', 2020, 'CURRENT').complete).toBe(false);
    // From 2025 the commune is its own unit.
    expect(units.communeTerritory('00004', 2025, 'CURRENT')).toEqual({ units: ['00004'], complete: true });
  });

  it('attributes every old commune with a full link to exactly one commune of today', () => {
    const attributed = units.communesValidOn(AFTER).flatMap((c) => units.communeTerritory(c.code, 2020, 'CURRENT').units);
    expect(new Set(attributed).size).toBe(attributed.length);
    const gaps = units.territoryGaps(2020);
    expect(attributed.length + gaps.length).toBe(units.reportingCommunes(2020).length);
  });

  it("keeps Sơn La's own checked history, which wins over the national file's partial links there", () => {
    const sl = sonLaUnits();
    for (const c of sl.communesValidOn(AFTER)) {
      for (const year of [2012, 2020, 2024]) expect([c.code, year, units.communeTerritory(c.code, year, 'CURRENT')]).toEqual([c.code, year, sl.communeTerritory(c.code, year, 'CURRENT')]);
    }
    // The national file lists 04111 as partial in 03943 (a name look-alike error, see admin-units.json sources).
    expect(units.communeTerritory('03943', 2020, 'CURRENT').units).not.toContain('04111');
    expect(units.commune('03943')!.formedFrom).toBeNull();
    expect(units.provinceTerritory(2015, '14')).toEqual(sl.provinceTerritory(2015));
    expect(units.reportingDistricts(2012, '14')).toHaveLength(11);
    expect(units.district('128')!.validFrom).toBe('2013-06-10');
    expect(units.province.code).toBe('14');
  });
});

describe('ADMIN_UNITS_PROVINCES', () => {
  it('parses all, one code or a comma list', () => {
    expect(parseProvinceSelection('14')).toEqual(['14']);
    expect(parseProvinceSelection(' 14, 01 ,14')).toEqual(['01', '14']);
    expect(parseProvinceSelection('ALL')).toBe('all');
  });

  it('refuses a code no province has, or a malformed list, naming the setting', () => {
    expect(() => parseProvinceSelection('99')).toThrow(ProvinceSelectionError);
    expect(() => parseProvinceSelection('99')).toThrow(/ADMIN_UNITS_PROVINCES: no province has code "99"/);
    expect(() => parseProvinceSelection('14,son-la')).toThrow(/"son-la" is not a province code/);
    expect(() => parseProvinceSelection('14,,01')).toThrow(/comma list/);
    let error: unknown;
    try {
      parseConfig(subgraphConfigSchema(4001), { ADMIN_UNITS_PROVINCES: '14,99' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^ADMIN_UNITS_PROVINCES: .*"99"/)]);
  });

  it('defaults to Sơn La alone, exactly the checked unit set; ADMIN_UNITS_FILE wins when both are set', () => {
    const cfg = parseConfig(subgraphConfigSchema(4001), {});
    expect(cfg.ADMIN_UNITS_PROVINCES).toEqual(['14']);
    expect(unitsFromConfig(cfg)).toBe(sonLaUnits());
    const both = parseConfig(subgraphConfigSchema(4001), { ADMIN_UNITS_PROVINCES: 'all', ADMIN_UNITS_FILE: join(__dirname, '..', 'data', 'admin-units.json') });
    const fromFile = unitsFromConfig(both);
    expect(fromFile.national).toBe(false);
    expect(fromFile.reportingCommunes(2015)).toHaveLength(204);
  });

  it('loads a province of today with every province it was formed from', () => {
    expect(provinceFamily(['02'])).toEqual({ old: ['02', '08'], new: ['08'] });
    expect(provinceFamily(['08'])).toEqual({ old: ['02', '08'], new: ['08'] });
    expect(provinceFamily(['14'])).toEqual({ old: ['14'], new: ['14'] });
    const tq = unitsOf(['02']);
    expect(tq.provincesValidOn('2025-03-01').map((p) => p.code)).toEqual(['02', '08']);
    expect(tq.provincesValidOn('2025-07-01').map((p) => p.code)).toEqual(['08']);
    expect(tq.communesValidOn('2025-07-01')).toHaveLength(from.provinces.find((p) => p[0] === '08')![3].length);
    expect(tq.province.code).toBe('02');
    expect(tq.provinceUnit('14')).toBeUndefined();
  });
});
