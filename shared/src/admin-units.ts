import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Administrative units of Sơn La (GSO codes), copied into this package from the provided reference data
 * with their sources (shared/data/admin-units.json, built by scripts/import-admin-units.mjs).
 *
 * GSO reused codes in the July 2025 reform: code "04000" is Xã Đoàn Kết of Mộc Châu until 30/06/2025 and
 * the merged Xã Đoàn Kết (04015 + 04000) from 01/07/2025. So a code alone names a *lineage*; a unit is a
 * code plus a validity period, and at any date at most one unit carries a code. Statistics are reported
 * per data year by the units valid on 31 December of that year ("reporting units").
 */
export type UnitLevel = 'province' | 'district' | 'commune';

export interface FormerName {
  name: string;
  type: string;
  validTo: string;
}

/** A district a commune belonged to before its current one (Vân Hồ's communes were Mộc Châu's until 09/06/2013). */
export interface FormerDistrict {
  districtCode: string;
  validTo: string;
  note: string;
}

export interface AdminUnit {
  code: string;
  /** The unit's last name; `nameOn` gives the name of a date. */
  name: string;
  type: string;
  level: UnitLevel;
  /** District code for communes until 30/06/2025 (their last district: see `parentOn`), province code for districts and for communes from 01/07/2025. */
  parentCode: string | null;
  formerDistricts: FormerDistrict[];
  /** ISO dates, inclusive; null validFrom = present in the catalogue at least since 2021 (earlier changes not checked). */
  validFrom: string | null;
  validTo: string | null;
  validityNote: string | null;
  formerNames: FormerName[];
  /** For communes that ended: the unit that took over their area, where a source names it. */
  successorCode: string | null;
  successorNote: string | null;
  /** For communes from 01/07/2025: the communes merged into them (including the one whose code they kept). */
  predecessorCodes: string[];
}

export interface AdminUnitData {
  about: string;
  sources: Record<string, string>;
  province: { code: string; name: string; type: string };
  districts: Array<{
    code: string; name: string; type: string; validFrom: string | null; validTo: string | null; validityNote?: string | null; formerNames: FormerName[];
  }>;
  communes: Array<{
    code: string; name: string; type: string; districtCode: string; validFrom: string | null; validTo: string | null;
    validityNote: string | null; formerNames: FormerName[]; successorCode: string | null; successorNote: string | null;
    formerDistricts?: FormerDistrict[];
  }>;
  communes2025: Array<{ code: string; name: string; type: string; validFrom: string; validTo: string | null; predecessorCodes: string[] }>;
}

/** Which boundaries a year-scoped commune figure is read in. */
export type Boundaries = 'REPORTED' | 'CURRENT';

export const yearEnd = (year: number): string => `${year}-12-31`;
export const FIRST_DATA_YEAR = 2010;
export const LAST_DATA_YEAR = 2030;

const validOn = (u: { validFrom: string | null; validTo: string | null }, date: string): boolean =>
  (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || date <= u.validTo);

export class AdminUnits {
  readonly province: AdminUnit;
  readonly sources: Record<string, string>;
  private readonly districts: AdminUnit[];
  /** All commune units, every generation; several may share a code. */
  private readonly communes: AdminUnit[];
  private readonly communesByCode = new Map<string, AdminUnit[]>();
  private readonly reportingCache = new Map<number, AdminUnit[]>();
  /**
   * Indexes and memos of lookups every year entity makes (the units never change after loading): at national scale
   * (700 districts, 10,600 communes) a scan per entity made these quadratic.
   */
  private readonly districtsByCode = new Map<string, AdminUnit>();
  private readonly validOnCache = new Map<string, AdminUnit[]>();
  private readonly childrenCache = new Map<string, AdminUnit[]>();
  private readonly districtTerritoryCache = new Map<number, Map<string, string[]>>();
  private readonly gapsCache = new Map<number, Array<{ code: string; possiblyIn: string[] }>>();

  constructor(data: AdminUnitData) {
    this.sources = data.sources;
    this.province = {
      ...data.province, level: 'province', parentCode: null, validFrom: null, validTo: null, validityNote: null,
      formerNames: [], successorCode: null, successorNote: null, predecessorCodes: [], formerDistricts: [],
    };
    this.districts = data.districts.map((d) => ({
      ...d, level: 'district' as const, parentCode: data.province.code, validityNote: d.validityNote ?? null, formerDistricts: [],
      successorCode: null, successorNote: 'Districts were abolished on 01/07/2025 (two-tier local government).', predecessorCodes: [],
    }));
    this.communes = [
      ...data.communes.map((c) => ({
        code: c.code, name: c.name, type: c.type, level: 'commune' as const, parentCode: c.districtCode, validFrom: c.validFrom,
        validTo: c.validTo, validityNote: c.validityNote, formerNames: c.formerNames, successorCode: c.successorCode,
        successorNote: c.successorNote, predecessorCodes: [], formerDistricts: c.formerDistricts ?? [],
      })),
      ...data.communes2025.map((c) => ({
        code: c.code, name: c.name, type: c.type, level: 'commune' as const, parentCode: data.province.code, validFrom: c.validFrom,
        validTo: c.validTo, validityNote: null, formerNames: [], successorCode: null, successorNote: null,
        predecessorCodes: c.predecessorCodes, formerDistricts: [],
      })),
    ];
    for (const d of this.districts) this.districtsByCode.set(d.code, d);
    for (const c of this.communes) {
      const list = this.communesByCode.get(c.code) ?? [];
      list.push(c);
      list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      this.communesByCode.set(c.code, list);
    }
  }

  // ---- lookup ----

  /** Any unit by code: the province, a district, or the latest unit of a commune code. */
  lookup(code: string): AdminUnit | undefined {
    if (code === this.province.code) return this.province;
    return this.district(code) ?? this.commune(code);
  }

  district(code: string): AdminUnit | undefined {
    return this.districtsByCode.get(code);
  }

  /** The commune unit carrying `code` on `date`, or the latest one with that code when no date is given. */
  commune(code: string, date?: string): AdminUnit | undefined {
    const versions = this.communesByCode.get(code);
    if (!versions) return undefined;
    return date ? versions.find((v) => validOn(v, date)) : versions[versions.length - 1];
  }

  /** Every unit that has carried a commune code, oldest first. */
  communeVersions(code: string): AdminUnit[] {
    return this.communesByCode.get(code) ?? [];
  }

  allDistricts(): AdminUnit[] {
    return [...this.districts];
  }

  /** Commune units valid on a date (all generations when no date is given). */
  communesValidOn(date?: string): AdminUnit[] {
    if (!date) return [...this.communes];
    let units = this.validOnCache.get(date);
    if (!units) this.validOnCache.set(date, (units = this.communes.filter((c) => validOn(c, date))));
    return [...units];
  }

  isValidOn(unit: AdminUnit, date: string): boolean {
    return validOn(unit, date);
  }

  // ---- a unit as it stood on a date ----

  /** The name a unit carried on a date (its former names apply up to their validTo). */
  nameOn(unit: AdminUnit, date: string): string {
    return formerOn(unit, date)?.name ?? unit.name;
  }

  typeOn(unit: AdminUnit, date: string): string {
    return formerOn(unit, date)?.type ?? unit.type;
  }

  /** The parent a unit had on a date: a commune of Vân Hồ sits under Mộc Châu before 10/06/2013. */
  parentOn(unit: AdminUnit, date: string): string | null {
    if (unit.formerDistricts.length === 0) return unit.parentCode;
    const former = [...unit.formerDistricts].sort((a, b) => a.validTo.localeCompare(b.validTo)).find((f) => date <= f.validTo);
    return former ? former.districtCode : unit.parentCode;
  }

  /** Districts valid on a date (11 before 10/06/2013, 12 until 30/06/2025, none after). */
  districtsValidOn(date: string): AdminUnit[] {
    return this.districts.filter((d) => validOn(d, date));
  }

  /** Districts that report for a year: those valid on 31 December of it. */
  reportingDistricts(year: number): AdminUnit[] {
    return this.districtsValidOn(yearEnd(year));
  }

  // ---- hierarchy ----

  /** Direct children valid on `date` (default: the parent's last valid day). */
  children(code: string, date?: string): AdminUnit[] {
    const key = `${code}|${date ?? ''}`;
    let units = this.childrenCache.get(key);
    if (!units) this.childrenCache.set(key, (units = this.childrenOf(code, date)));
    return [...units];
  }

  private childrenOf(code: string, date?: string): AdminUnit[] {
    if (code === this.province.code) {
      const on = date ?? '9999-12-31';
      const districts = this.districts.filter((d) => validOn(d, on));
      return districts.length ? districts : this.communesValidOn(on).filter((c) => c.parentCode === code);
    }
    const district = this.district(code);
    if (!district) return [];
    const on = date ?? district.validTo ?? '9999-12-31';
    return this.communesValidOn(on).filter((c) => this.parentOn(c, on) === code);
  }

  /** Parents up to the province, nearest first (a commune from 01/07/2025 sits directly under the province). */
  ancestors(unit: AdminUnit): AdminUnit[] {
    if (!unit.parentCode) return [];
    if (unit.parentCode === this.province.code) return [this.province];
    const district = this.district(unit.parentCode);
    return district ? [district, this.province] : [];
  }

  // ---- succession ----

  /** The unit that took over an ended commune's area, where known. */
  successor(unit: AdminUnit): AdminUnit | undefined {
    if (!unit.successorCode || !unit.validTo) return undefined;
    return this.commune(unit.successorCode, nextDay(unit.validTo));
  }

  /** The units a commune was formed from (empty when it was not formed by a merge we know of). */
  predecessors(unit: AdminUnit): AdminUnit[] {
    if (!unit.validFrom) return [];
    const dayBefore = previousDay(unit.validFrom);
    return unit.predecessorCodes.map((c) => this.commune(c, dayBefore)).filter((u): u is AdminUnit => !!u);
  }

  /** Follows successor links from a unit to the unit valid on `date` that holds its area, if the chain is known. */
  holderOn(unit: AdminUnit, date: string): AdminUnit | undefined {
    let current: AdminUnit | undefined = unit;
    while (current && !validOn(current, date)) {
      if (current.validTo && current.validTo >= date) return undefined; // not yet valid on that date
      current = this.successor(current);
    }
    return current;
  }

  // ---- reporting units of year-scoped entities ----

  /** Commune units that report data for a year: those valid on 31 December of it. */
  reportingCommunes(year: number): AdminUnit[] {
    let units = this.reportingCache.get(year);
    if (!units) {
      units = this.communesValidOn(yearEnd(year));
      this.reportingCache.set(year, units);
    }
    return units;
  }

  /**
   * The reporting units whose data make up a commune for a year.
   * REPORTED: the unit carrying the code in that year. CURRENT: the commune as it is now (from 01/07/2025),
   * its earlier years summed over the units whose area it took (successor chains). `unattributed` lists the
   * units of that year whose successor is not known, so a caller can say the figure may be incomplete.
   */
  communeTerritory(code: string, year: number, boundaries: Boundaries = 'REPORTED'): { units: string[]; complete: boolean } {
    if (boundaries === 'REPORTED') {
      const unit = this.commune(code, yearEnd(year));
      return { units: unit ? [unit.code] : [], complete: !!unit };
    }
    const target = this.commune(code);
    if (!target || target.validTo !== null) return { units: [], complete: false };
    const start = target.validFrom ?? '0000-01-01';
    if (yearEnd(year) >= start) return { units: [target.code], complete: true };
    const units: string[] = [];
    for (const u of this.reportingCommunes(year)) {
      const holder = this.holderOn(u, start);
      if (holder === target) units.push(u.code);
    }
    return { units, complete: !this.territoryGaps(year).some((gap) => gap.possiblyIn.includes(target.code)) };
  }

  /** Reporting units of a year whose later holder is unknown, with the current communes they may belong to. */
  territoryGaps(year: number): Array<{ code: string; possiblyIn: string[] }> {
    let gaps = this.gapsCache.get(year);
    if (!gaps) this.gapsCache.set(year, (gaps = this.computeTerritoryGaps(year)));
    return gaps.map((g) => ({ code: g.code, possiblyIn: [...g.possiblyIn] }));
  }

  private computeTerritoryGaps(year: number): Array<{ code: string; possiblyIn: string[] }> {
    const gaps: Array<{ code: string; possiblyIn: string[] }> = [];
    for (const u of this.reportingCommunes(year)) {
      if (u.validTo === null) continue;
      if (this.holderOn(u, '9999-12-31')) continue;
      // The area went somewhere in its district: any current commune with a predecessor in that district may hold it.
      const possiblyIn = this.communesValidOn('9999-12-31')
        .filter((c) => this.predecessors(c).some((p) => p.parentCode === u.parentCode))
        .map((c) => c.code);
      gaps.push({ code: u.code, possiblyIn });
    }
    return gaps;
  }

  /** Units of a year whose data cannot be placed but may belong to a commune of today read in that year (CURRENT). */
  unplacedUnits(code: string, year: number, boundaries: Boundaries = 'REPORTED'): string[] {
    if (boundaries === 'REPORTED') return [];
    const target = this.commune(code);
    if (!target || target.validTo !== null || yearEnd(year) >= (target.validFrom ?? '0000-01-01')) return [];
    return this.territoryGaps(year).filter((gap) => gap.possiblyIn.includes(target.code)).map((gap) => gap.code);
  }

  /** Reporting units of a district in a year (none from 2025, when districts no longer exist). */
  districtTerritory(code: string, year: number): string[] {
    const district = this.district(code);
    if (!district || !validOn(district, yearEnd(year))) return [];
    let byDistrict = this.districtTerritoryCache.get(year);
    if (!byDistrict) {
      byDistrict = new Map();
      for (const c of this.reportingCommunes(year)) {
        const parent = this.parentOn(c, yearEnd(year));
        if (!parent) continue;
        const list = byDistrict.get(parent);
        if (list) list.push(c.code);
        else byDistrict.set(parent, [c.code]);
      }
      this.districtTerritoryCache.set(year, byDistrict);
    }
    return [...(byDistrict.get(code) ?? [])];
  }

  provinceTerritory(year: number): string[] {
    return this.reportingCommunes(year).map((c) => c.code);
  }
}

/** The former name or type in force on a date, if the unit was then known by one. */
function formerOn(unit: AdminUnit, date: string): FormerName | undefined {
  return [...unit.formerNames].sort((a, b) => a.validTo.localeCompare(b.validTo)).find((f) => date <= f.validTo);
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const nextDay = (date: string) => shiftDay(date, 1);
const previousDay = (date: string) => shiftDay(date, -1);

let sonLa: AdminUnits | undefined;
/** The real units of Sơn La (GSO codes), loaded once. */
export function sonLaUnits(): AdminUnits {
  if (!sonLa) {
    const file = join(__dirname, '..', 'data', 'admin-units.json');
    sonLa = new AdminUnits(JSON.parse(readFileSync(file, 'utf8')) as AdminUnitData);
  }
  return sonLa;
}

/** Loads a unit set from a file of the same shape as shared/data/admin-units.json (benchmarks). */
export function loadAdminUnits(file: string): AdminUnits {
  return new AdminUnits(JSON.parse(readFileSync(file, 'utf8')) as AdminUnitData);
}

/**
 * A SYNTHETIC national-scale unit set for benchmarks: one pseudo-province with about as many communes as
 * Việt Nam had before 2025 (about 10,600) in about 700 districts, valid in every year. Not real units.
 */
export function syntheticNationalUnitData(communes = 10600, districts = 700): AdminUnitData {
  const types = ['Xã', 'Xã', 'Xã', 'Xã', 'Xã', 'Xã', 'Phường', 'Thị trấn'];
  const ds = Array.from({ length: districts }, (_, i) => ({
    code: `D${String(i + 1).padStart(3, '0')}`, name: `SYNTHETIC district ${i + 1}`, type: 'Huyện', validFrom: null, validTo: null, validityNote: null, formerNames: [],
  }));
  const cs = Array.from({ length: communes }, (_, i) => ({
    code: `S${String(i + 1).padStart(5, '0')}`, name: `SYNTHETIC commune ${i + 1}`, type: types[i % types.length],
    districtCode: ds[i % districts].code, validFrom: null, validTo: null, validityNote: null, formerNames: [], successorCode: null, successorNote: null,
  }));
  return {
    about: 'SYNTHETIC national-scale unit set for benchmarks; not real administrative units.',
    sources: { units: 'SYNTHETIC: generated by syntheticNationalUnitData()' },
    province: { code: '00', name: 'SYNTHETIC national-scale province', type: 'Tỉnh' },
    districts: ds, communes: cs, communes2025: [],
  };
}
