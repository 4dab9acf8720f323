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
 *
 * A unit set holds one province (Sơn La, the default) or several (ADMIN_UNITS_PROVINCES, built by
 * national-units.ts from the national catalogues). Provinces are versioned like communes: province codes were
 * reused in the 2025 merges too (08 is Tỉnh Tuyên Quang until 30/06/2025 and the merged Tuyên Quang + Hà Giang
 * from 01/07/2025). The national root NATIONAL_CODE ("VN") stands for every loaded province at once.
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

/** One old unit a commune of 01/07/2025 was formed from (national file): `full` = the whole old unit, `partial` = a part of it. */
export interface FormedFromLink {
  code: string;
  share: 'full' | 'partial';
}

/** The national root: every loaded province at once (Query.country, ProvinceYear "VN"). Not a GSO code. */
export const NATIONAL_CODE = 'VN';

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
  /**
   * For communes from 01/07/2025 outside Sơn La: the national file's formed-from links, each `full` or `partial`
   * (an empty list: the file gives none). Null for units read from a province's own checked file (Sơn La).
   */
  formedFrom: FormedFromLink[] | null;
  /** For an ended commune outside Sơn La that went in part to several communes: the communes of today sharing its territory. */
  partialIn: string[];
}

export interface AdminUnitData {
  about: string;
  sources: Record<string, string>;
  /** The home province (the only one of a one-province set; `province` of the unit set). */
  province: { code: string; name: string; type: string };
  /** Every province version when several are loaded (national-units.ts); absent: `province`, valid throughout. */
  provinces?: Array<{
    code: string; name: string; type: string; validFrom: string | null; validTo: string | null; validityNote: string | null;
    formerNames: FormerName[]; successorCode: string | null; successorNote: string | null; predecessorCodes: string[];
  }>;
  districts: Array<{
    code: string; name: string; type: string; validFrom: string | null; validTo: string | null; validityNote?: string | null; formerNames: FormerName[];
    /** Absent: the home province. */
    provinceCode?: string;
  }>;
  communes: Array<{
    code: string; name: string; type: string; districtCode: string; validFrom: string | null; validTo: string | null;
    validityNote: string | null; formerNames: FormerName[]; successorCode: string | null; successorNote: string | null;
    formerDistricts?: FormerDistrict[]; partialIn?: string[];
  }>;
  communes2025: Array<{
    code: string; name: string; type: string; validFrom: string; validTo: string | null; predecessorCodes: string[];
    /** Absent: the home province. */
    provinceCode?: string; formedFrom?: FormedFromLink[]; validityNote?: string | null;
  }>;
}

/** Which boundaries a year-scoped commune figure is read in. */
export type Boundaries = 'REPORTED' | 'CURRENT';

export const yearEnd = (year: number): string => `${year}-12-31`;
export const FIRST_DATA_YEAR = 2010;
export const LAST_DATA_YEAR = 2030;

const validOn = (u: { validFrom: string | null; validTo: string | null }, date: string): boolean =>
  (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || date <= u.validTo);

export class AdminUnits {
  /** The home province: Sơn La by default; with several provinces, Sơn La when loaded, else the lowest code (its latest version). */
  readonly province: AdminUnit;
  /** The national root (NATIONAL_CODE): every loaded province. */
  readonly nation: AdminUnit;
  private readonly provinceUnits: AdminUnit[];
  private readonly provincesByCode = new Map<string, AdminUnit[]>();
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
  /** year → current commune code → the gaps (units of that year) that may belong to it. */
  private readonly gapIndexCache = new Map<number, Map<string, string[]>>();
  /** `${year}|${date}` → unit holding the area on that date → the year's reporting units it holds (CURRENT boundaries). */
  private readonly holderIndexCache = new Map<string, Map<AdminUnit, string[]>>();
  /** year → province code → its reporting communes. */
  private readonly provinceTerritoryCache = new Map<number, Map<string, string[]>>();

  constructor(data: AdminUnitData) {
    this.sources = data.sources;
    const home: AdminUnit = {
      ...data.province, level: 'province', parentCode: null, validFrom: null, validTo: null, validityNote: null,
      formerNames: [], successorCode: null, successorNote: null, predecessorCodes: [], formerDistricts: [], formedFrom: null, partialIn: [],
    };
    this.provinceUnits = data.provinces
      ? data.provinces.map((p) => ({ ...p, level: 'province' as const, parentCode: null, formerDistricts: [], formedFrom: null, partialIn: [] }))
      : [home];
    for (const p of this.provinceUnits) {
      const list = this.provincesByCode.get(p.code) ?? [];
      list.push(p);
      list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      this.provincesByCode.set(p.code, list);
    }
    const homeVersions = this.provincesByCode.get(data.province.code);
    this.province = homeVersions ? homeVersions[homeVersions.length - 1] : home;
    this.nation = {
      code: NATIONAL_CODE, name: 'Việt Nam', type: 'Quốc gia', level: 'province', parentCode: null, validFrom: null, validTo: null,
      validityNote: 'The national root: every province this service loads (ADMIN_UNITS_PROVINCES), not a GSO unit.',
      formerNames: [], successorCode: null, successorNote: null, predecessorCodes: [], formerDistricts: [], formedFrom: null, partialIn: [],
    };
    this.districts = data.districts.map(({ provinceCode, ...d }) => ({
      ...d, level: 'district' as const, parentCode: provinceCode ?? data.province.code, validityNote: d.validityNote ?? null, formerDistricts: [],
      successorCode: null, successorNote: 'Districts were abolished on 01/07/2025 (two-tier local government).', predecessorCodes: [],
      formedFrom: null, partialIn: [],
    }));
    this.communes = [
      ...data.communes.map((c) => ({
        code: c.code, name: c.name, type: c.type, level: 'commune' as const, parentCode: c.districtCode, validFrom: c.validFrom,
        validTo: c.validTo, validityNote: c.validityNote, formerNames: c.formerNames, successorCode: c.successorCode,
        successorNote: c.successorNote, predecessorCodes: [], formerDistricts: c.formerDistricts ?? [], formedFrom: null, partialIn: c.partialIn ?? [],
      })),
      ...data.communes2025.map((c) => ({
        code: c.code, name: c.name, type: c.type, level: 'commune' as const, parentCode: c.provinceCode ?? data.province.code, validFrom: c.validFrom,
        validTo: c.validTo, validityNote: c.validityNote ?? null, formerNames: [], successorCode: null, successorNote: null,
        predecessorCodes: c.predecessorCodes, formerDistricts: [], formedFrom: c.formedFrom ?? null, partialIn: [],
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

  /** Any unit by code: the national root, a province (its latest version), a district, or the latest unit of a commune code. */
  lookup(code: string): AdminUnit | undefined {
    if (code === NATIONAL_CODE) return this.nation;
    return this.provinceUnit(code) ?? this.district(code) ?? this.commune(code);
  }

  /** The province version carrying `code` on `date`, or the latest one with that code when no date is given. */
  provinceUnit(code: string, date?: string): AdminUnit | undefined {
    const versions = this.provincesByCode.get(code);
    if (!versions) return undefined;
    return date ? versions.find((v) => validOn(v, date)) : versions[versions.length - 1];
  }

  /** Every province version that has carried a code, oldest first. */
  provinceVersions(code: string): AdminUnit[] {
    return [...(this.provincesByCode.get(code) ?? [])];
  }

  /** Province versions valid on a date (every version when no date is given), in code order. */
  provincesValidOn(date?: string): AdminUnit[] {
    const list = date ? this.provinceUnits.filter((p) => validOn(p, date)) : [...this.provinceUnits];
    return list.sort((a, b) => a.code.localeCompare(b.code) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  }

  /** Provinces that report for a year: those valid on 31 December of it. */
  reportingProvinces(year: number): AdminUnit[] {
    return this.provincesValidOn(yearEnd(year));
  }

  /** True when more than one province (code) is loaded. */
  get national(): boolean {
    return this.provincesByCode.size > 1;
  }

  /** The code of the province a district or commune belonged to on a date (a commune through its district until 30/06/2025). */
  provinceCodeOn(unit: AdminUnit, date: string): string | null {
    if (unit.level === 'province') return unit.code;
    const parent = unit.level === 'commune' ? this.parentOn(unit, date) : unit.parentCode;
    if (!parent) return null;
    if (this.provincesByCode.has(parent)) return parent;
    return this.district(parent)?.parentCode ?? null;
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

  /** Districts valid on a date (Sơn La: 11 before 10/06/2013, 12 until 30/06/2025, none after), of one province or of all (NATIONAL_CODE / none). */
  districtsValidOn(date: string, provinceCode?: string): AdminUnit[] {
    const all = !provinceCode || provinceCode === NATIONAL_CODE;
    return this.districts.filter((d) => validOn(d, date) && (all || d.parentCode === provinceCode));
  }

  /** Districts that report for a year: those valid on 31 December of it (of one province, or of all). */
  reportingDistricts(year: number, provinceCode?: string): AdminUnit[] {
    return this.districtsValidOn(yearEnd(year), provinceCode);
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
    if (code === NATIONAL_CODE) return this.provincesValidOn(date ?? '9999-12-31');
    if (this.provincesByCode.has(code)) {
      const on = date ?? '9999-12-31';
      const districts = this.districts.filter((d) => validOn(d, on) && d.parentCode === code);
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
    const on = unit.validTo ?? '9999-12-31';
    const province = this.provinceUnit(unit.parentCode, on);
    if (province) return [province];
    const district = this.district(unit.parentCode);
    const ofDistrict = district?.parentCode ? this.provinceUnit(district.parentCode, district.validTo ?? on) : undefined;
    return district && ofDistrict ? [district, ofDistrict] : [];
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
    const units = [...(this.holderIndex(year, start).get(target) ?? [])];
    let complete = !this.gapIndex(year).has(target.code);
    // National file: the sum stands only where every link is `full` and names a unit of that year (an empty list,
    // or a link to a district without communes, e.g. an island district that became a đặc khu, cannot be summed).
    if (complete && target.formedFrom) {
      const held = new Set(units);
      complete = target.formedFrom.length > 0 && target.formedFrom.every((l) => l.share === 'full' && held.has(l.code));
    }
    return { units, complete };
  }

  /** For one year and one date: each unit holding an area on that date, with the year's reporting units it holds (one pass). */
  private holderIndex(year: number, date: string): Map<AdminUnit, string[]> {
    const key = `${year}|${date}`;
    let index = this.holderIndexCache.get(key);
    if (!index) {
      index = new Map();
      for (const u of this.reportingCommunes(year)) {
        const holder = this.holderOn(u, date);
        if (!holder) continue;
        const list = index.get(holder);
        if (list) list.push(u.code);
        else index.set(holder, [u.code]);
      }
      this.holderIndexCache.set(key, index);
    }
    return index;
  }

  /** For one year: each commune of today with the gaps (units of that year whose holder is unknown) that may belong to it. */
  private gapIndex(year: number): Map<string, string[]> {
    let index = this.gapIndexCache.get(year);
    if (!index) {
      index = new Map();
      for (const gap of this.territoryGaps(year)) {
        for (const c of gap.possiblyIn) {
          const list = index.get(c);
          if (list) list.push(gap.code);
          else index.set(c, [gap.code]);
        }
      }
      this.gapIndexCache.set(year, index);
    }
    return index;
  }

  /** Reporting units of a year whose later holder is unknown, with the current communes they may belong to. */
  territoryGaps(year: number): Array<{ code: string; possiblyIn: string[] }> {
    let gaps = this.gapsCache.get(year);
    if (!gaps) this.gapsCache.set(year, (gaps = this.computeTerritoryGaps(year)));
    return gaps.map((g) => ({ code: g.code, possiblyIn: [...g.possiblyIn] }));
  }

  private computeTerritoryGaps(year: number): Array<{ code: string; possiblyIn: string[] }> {
    const gaps: Array<{ code: string; possiblyIn: string[] }> = [];
    let byDistrict: Map<string | null, string[]> | undefined;
    for (const u of this.reportingCommunes(year)) {
      if (u.validTo === null) continue;
      if (this.holderOn(u, '9999-12-31')) continue;
      // National file: the communes of today that list it as `partial` share its territory.
      if (u.partialIn.length) {
        gaps.push({ code: u.code, possiblyIn: [...u.partialIn] });
        continue;
      }
      // The area went somewhere in its district: any current commune with a predecessor in that district may hold it
      // (current communes in code-list order, each once: indexed by their predecessors' districts on first use).
      if (!byDistrict) {
        byDistrict = new Map();
        for (const c of this.communesValidOn('9999-12-31')) {
          for (const d of new Set(this.predecessors(c).map((p) => p.parentCode))) {
            const list = byDistrict.get(d);
            if (list) list.push(c.code);
            else byDistrict.set(d, [c.code]);
          }
        }
      }
      gaps.push({ code: u.code, possiblyIn: [...(byDistrict.get(u.parentCode) ?? [])] });
    }
    return gaps;
  }

  /** Units of a year whose data cannot be placed but may belong to a commune of today read in that year (CURRENT). */
  unplacedUnits(code: string, year: number, boundaries: Boundaries = 'REPORTED'): string[] {
    if (boundaries === 'REPORTED') return [];
    const target = this.commune(code);
    if (!target || target.validTo !== null || yearEnd(year) >= (target.validFrom ?? '0000-01-01')) return [];
    return [...(this.gapIndex(year).get(target.code) ?? [])];
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

  /** Reporting communes of a province in a year (of every loaded province for NATIONAL_CODE or none). */
  provinceTerritory(year: number, provinceCode?: string): string[] {
    if (!provinceCode || provinceCode === NATIONAL_CODE) return this.reportingCommunes(year).map((c) => c.code);
    let byProvince = this.provinceTerritoryCache.get(year);
    if (!byProvince) {
      byProvince = new Map();
      for (const c of this.reportingCommunes(year)) {
        const p = this.provinceCodeOn(c, yearEnd(year));
        if (!p) continue;
        const list = byProvince.get(p);
        if (list) list.push(c.code);
        else byProvince.set(p, [c.code]);
      }
      this.provinceTerritoryCache.set(year, byProvince);
    }
    return [...(byProvince.get(provinceCode) ?? [])];
  }
}

/** The former name or type in force on a date, if the unit was then known by one. */
function formerOn(unit: AdminUnit, date: string): FormerName | undefined {
  return [...unit.formerNames].sort((a, b) => a.validTo.localeCompare(b.validTo)).find((f) => date <= f.validTo);
}

const shifted = new Map<string, string>();
/** Memoized: successor and predecessor links ask for the same few dates over and over (10,000 communes at national scale). */
function shiftDay(date: string, days: number): string {
  const key = `${date}|${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    shifted.set(key, (out = d.toISOString().slice(0, 10)));
  }
  return out;
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

/** Loads a unit set from a file of the same shape as shared/data/admin-units.json (ADMIN_UNITS_FILE). */
export function loadAdminUnits(file: string): AdminUnits {
  return new AdminUnits(JSON.parse(readFileSync(file, 'utf8')) as AdminUnitData);
}
