import {
  NATIONAL_CODE, SYNTHETIC_LABEL, assertYear, badInput, isCalendarDate, notFound, rowsOfTerritory, syntheticAreaClasses, territoryOf, yearEnd,
  type AdminUnit, type AdminUnits, type Boundaries, type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type Territory,
} from '@lsp/shared';
import type { GeographyContext } from '../resolvers/context';
import type { PopulationRow } from '../store';

/**
 * The geography subgraph's rules in one place: how units are read on a date or in a year, and the checks on every
 * argument (dates must be calendar dates, codes must name a unit, years must be data years, pages are bounded).
 * Reading is open to every caller the subgraph lets in: administrative units are public reference data and the
 * population figures are aggregates (a token without a role is refused before any of this, by the subgraph app).
 * Geography writes nothing through its API: the SYNTHETIC population is seeded (src/store/seed.ts).
 */
type Ctx = GeographyContext;

/**
 * A unit as this subgraph hands it on. `asOf` is set when the unit was reached through a dated list or link
 * (District.communes(validOn), predecessors, successor, ...): its fields then describe the unit as it stood on
 * that date (name, type, district), not the latest unit that carries the code.
 */
export type UnitRef = { code: string; asOf?: string | null };
export interface CommunePage { nodes: UnitRef[]; endCursor: string | null; hasNextPage: boolean; totalCount: number }
export type CommuneVersionView = ReturnType<typeof versionView>;
export type ProvinceVersionView = ReturnType<typeof provinceVersionView>;

const LAST_DISTRICT_DAY = '2025-06-30';
const FAR_FUTURE = '9999-12-31';
const MAX_PAGE = 1000;
const today = () => new Date().toISOString().slice(0, 10);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date argument: absent, or a real calendar day written YYYY-MM-DD (2013-02-29 is refused). */
function checkDate(d: string | undefined | null, field: string): string | undefined {
  if (d === undefined || d === null) return undefined;
  if (!DATE.test(d) || !isCalendarDate(d)) throw badInput(`${field} must be a date YYYY-MM-DD, got "${d}"`, { field });
  return d;
}

/** A province code (its latest version), or the national root NATIONAL_CODE ("VN": every loaded province). */
const provinceOf = (units: AdminUnits, code: string) => (code === NATIONAL_CODE ? units.nation : units.provinceUnit(code));

function provinceOrThrow(units: AdminUnits, code: string): AdminUnit {
  const p = provinceOf(units, code);
  if (!p) throw notFound('Province', code);
  return p;
}

/** The province of a reference: the version valid on asOf when it was reached through a dated list or link, else the latest. */
function provinceView(units: AdminUnits, ref: UnitRef) {
  const latest = provinceOrThrow(units, ref.code);
  const unit = (ref.asOf && ref.code !== NATIONAL_CODE ? units.provinceUnit(ref.code, ref.asOf) : undefined) ?? latest;
  const on = ref.asOf && units.isValidOn(unit, ref.asOf) ? ref.asOf : (unit.validTo ?? FAR_FUTURE);
  return { unit, on, name: units.nameOn(unit, on), type: units.typeOn(unit, on) };
}

function provinceVersionView(u: AdminUnit) {
  return { code: u.code, name: u.name, type: u.type, validFrom: u.validFrom, validTo: u.validTo, formerNames: u.formerNames, validityNote: u.validityNote };
}

function communeOrThrow(units: AdminUnits, code: string, asOf?: string | null): AdminUnit {
  const c = (asOf ? units.commune(code, asOf) : undefined) ?? units.commune(code);
  if (!c) throw notFound('Commune', code);
  return c;
}

function districtOrThrow(units: AdminUnits, code: string): AdminUnit {
  const d = units.district(code);
  if (!d) throw notFound('District', code);
  return d;
}

/** The commune of a reference, with the date its fields describe (asOf, else the unit's last day). */
function communeView(units: AdminUnits, ref: UnitRef) {
  const unit = communeOrThrow(units, ref.code, ref.asOf);
  const on = ref.asOf && units.isValidOn(unit, ref.asOf) ? ref.asOf : (unit.validTo ?? FAR_FUTURE);
  return { unit, on, name: units.nameOn(unit, on), type: units.typeOn(unit, on) };
}

function districtView(units: AdminUnits, ref: UnitRef) {
  const unit = districtOrThrow(units, ref.code);
  const on = ref.asOf && units.isValidOn(unit, ref.asOf) ? ref.asOf : (unit.validTo ?? FAR_FUTURE);
  return { unit, on, name: units.nameOn(unit, on), type: units.typeOn(unit, on) };
}

const dayAfter = (date: string) => shiftDate(date, 1);
const dayBefore = (date: string) => shiftDate(date, -1);
function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/** Population and households of a territory: null unless every reporting commune has a row. */
async function demographics(ctx: Ctx, t: Territory) {
  const rows = (await rowsOfTerritory(ctx.loaders.populationByCommuneYear, t)).filter((r): r is PopulationRow => !!r);
  if (rows.length === 0 || rows.length < t.communeCodes.length) return { population: null, households: null };
  return { population: rows.reduce((s, r) => s + r.population, 0), households: rows.reduce((s, r) => s + r.households, 0) };
}

function versionView(u: AdminUnit) {
  return {
    code: u.code, name: u.name, type: u.type, districtCode: u.level === 'commune' && u.validTo !== null ? u.parentCode : null,
    validFrom: u.validFrom, validTo: u.validTo, formerNames: u.formerNames,
  };
}

/** The reporting units of a year as CommuneYear references, in code order. */
function reportedYears(codes: string[], year: number): CommuneYearRef[] {
  return [...codes].sort().map((communeCode) => ({ communeCode, year, boundaries: 'REPORTED' as const }));
}

/** The date a CommuneYear's name and district are read on: 31 December of the year, today's unit for CURRENT. */
function dateOfYear(r: CommuneYearRef): string {
  return r.boundaries === 'CURRENT' ? FAR_FUTURE : yearEnd(r.year);
}

/** The unit a CommuneYear describes: that year's unit (REPORTED) or today's (CURRENT). */
function unitOfYear(units: AdminUnits, r: CommuneYearRef): AdminUnit {
  const u = r.boundaries === 'CURRENT' ? units.commune(r.communeCode) : units.commune(r.communeCode, `${r.year}-12-31`);
  if (!u) throw notFound('CommuneYear', `${r.communeCode}/${r.year}`);
  return u;
}

function provinceOfYear(units: AdminUnits, r: CommuneYearRef): string | null {
  return units.provinceCodeOn(unitOfYear(units, r), dateOfYear(r));
}

function districtOfYear(units: AdminUnits, r: CommuneYearRef): string | null {
  if (r.boundaries === 'CURRENT') return null;
  const parent = units.parentOn(unitOfYear(units, r), yearEnd(r.year));
  return parent && units.district(parent) ? parent : null;
}

// ---- entry points (Query) ----

export const lookup = {
  province(ctx: Ctx, code: string): UnitRef {
    provinceOrThrow(ctx.units, code);
    return { code };
  },
  /** The national root: every province this service loads, asked as one. */
  country: (): UnitRef => ({ code: NATIONAL_CODE }),
  district(ctx: Ctx, code: string): UnitRef {
    districtOrThrow(ctx.units, code);
    return { code };
  },
  commune(ctx: Ctx, code: string): UnitRef {
    communeOrThrow(ctx.units, code);
    return { code };
  },
  communes(
    ctx: Ctx,
    args: { filter?: { provinceCode?: string | null; districtCode?: string | null; type?: string | null; validOn?: string | null } | null; first?: number | null; after?: string | null },
  ): CommunePage {
    const f = args.filter ?? {};
    const first = args.first ?? 100;
    if (first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
    const validOn = checkDate(f.validOn, 'filter.validOn');
    if (f.districtCode) districtOrThrow(ctx.units, f.districtCode);
    const provinceCode = f.provinceCode && f.provinceCode !== NATIONAL_CODE ? provinceOrThrow(ctx.units, f.provinceCode).code : null;
    const matching = ctx.units
      .communesValidOn(validOn)
      // District and type as on validOn (else on the unit's last day): Vân Hồ's communes are Mộc Châu's before 10/06/2013.
      .filter((c) => {
        const on = validOn ?? c.validTo ?? FAR_FUTURE;
        return (!f.districtCode || (ctx.units.parentOn(c, on) === f.districtCode && c.validTo !== null)) && (!f.type || ctx.units.typeOn(c, on) === f.type) &&
          (!provinceCode || ctx.units.provinceCodeOn(c, on) === provinceCode);
      });
    // The cursor is the last commune code of the previous page: any other text is refused, not read as "from the start".
    if (args.after !== null && args.after !== undefined && !(/^\d{5}$/.test(args.after) && ctx.units.commune(args.after))) {
      throw badInput(`after "${args.after}" is not a cursor of this list (pass endCursor, a commune code)`, { field: 'after' });
    }
    const codes = [...new Set(matching.map((c) => c.code))].sort();
    const page = codes.filter((c) => !args.after || c > args.after).slice(0, first);
    return {
      nodes: page.map((code) => ({ code, asOf: validOn ?? null })),
      endCursor: page.length ? page[page.length - 1] : null,
      hasNextPage: page.length > 0 && codes[codes.length - 1] > page[page.length - 1],
      totalCount: codes.length,
    };
  },
};

// ---- units (Province, District, Commune) ----

export const province = {
  reference: (ctx: Ctx, ref: UnitRef): UnitRef | null => (provinceOf(ctx.units, ref.code) ? ref : null),
  view: (ctx: Ctx, ref: UnitRef) => provinceView(ctx.units, ref),
  /** Default: the last day districts existed. The national root: every loaded province's districts. */
  districts(ctx: Ctx, ref: UnitRef, validOn: string | null | undefined): UnitRef[] {
    const on = checkDate(validOn, 'validOn') ?? LAST_DISTRICT_DAY;
    return ctx.units.districtsValidOn(on, ref.code).map((d) => ({ code: d.code, asOf: on }));
  },
  /** Default: today's communes. The national root: every loaded province's. */
  communes(ctx: Ctx, ref: UnitRef, validOn: string | null | undefined): UnitRef[] {
    const on = checkDate(validOn, 'validOn') ?? today();
    const all = ctx.units.communesValidOn(on);
    const mine = ref.code === NATIONAL_CODE || !ctx.units.national ? all : all.filter((c) => ctx.units.provinceCodeOn(c, on) === ref.code);
    return mine.map((c) => ({ code: c.code, asOf: on }));
  },
  /** The national root's provinces valid on a date (default today); none under a province. */
  provinces(ctx: Ctx, ref: UnitRef, validOn: string | null | undefined): UnitRef[] {
    const on = checkDate(validOn, 'validOn') ?? today();
    return ref.code === NATIONAL_CODE ? ctx.units.provincesValidOn(on).map((p) => ({ code: p.code, asOf: on })) : [];
  },
  versions: (ctx: Ctx, ref: UnitRef) => (ref.code === NATIONAL_CODE ? [ctx.units.nation] : ctx.units.provinceVersions(ref.code)).map(provinceVersionView),
  successor(ctx: Ctx, ref: UnitRef): UnitRef | null {
    const unit = provinceView(ctx.units, ref).unit;
    return unit.successorCode && unit.validTo ? { code: unit.successorCode, asOf: dayAfter(unit.validTo) } : null;
  },
  predecessors(ctx: Ctx, ref: UnitRef): UnitRef[] {
    const unit = provinceView(ctx.units, ref).unit;
    return unit.validFrom ? unit.predecessorCodes.map((code) => ({ code, asOf: dayBefore(unit.validFrom!) })) : [];
  },
  inYear(ref: UnitRef, year: number): ProvinceYearRef {
    assertYear(year);
    return { provinceCode: ref.code, year };
  },
  sources: (ctx: Ctx) => Object.entries(ctx.units.sources).map(([k, v]) => `${k}: ${v}`),
};

export const district = {
  reference: (ctx: Ctx, ref: UnitRef): UnitRef | null => (ctx.units.district(ref.code) ? ref : null),
  view: (ctx: Ctx, ref: UnitRef) => districtView(ctx.units, ref),
  /** The province of the district, as it stood on the district's date (asOf, else its last day). */
  province(ctx: Ctx, ref: UnitRef): UnitRef {
    const { unit, on } = districtView(ctx.units, ref);
    return { code: ctx.units.provinceCodeOn(unit, on) ?? ctx.units.province.code, asOf: on };
  },
  unit: (ctx: Ctx, ref: UnitRef) => districtOrThrow(ctx.units, ref.code),
  /** Default: the date the district was reached on, else its last day. */
  communes(ctx: Ctx, ref: UnitRef, validOn: string | null | undefined): UnitRef[] {
    const unit = districtOrThrow(ctx.units, ref.code);
    const on = checkDate(validOn, 'validOn') ?? ref.asOf ?? unit.validTo ?? FAR_FUTURE;
    return ctx.units.children(ref.code, on).map((c) => ({ code: c.code, asOf: on }));
  },
  inYear(ctx: Ctx, ref: UnitRef, year: number): DistrictYearRef | null {
    assertYear(year);
    return ctx.units.districtTerritory(ref.code, year).length ? { districtCode: ref.code, year } : null;
  },
};

export const commune = {
  reference: (ctx: Ctx, ref: UnitRef): UnitRef | null => (ctx.units.commune(ref.code) ? ref : null),
  view: (ctx: Ctx, ref: UnitRef) => communeView(ctx.units, ref),
  district(ctx: Ctx, ref: UnitRef): UnitRef | null {
    if (ref.asOf) {
      const { unit, on } = communeView(ctx.units, ref);
      const parent = ctx.units.parentOn(unit, on);
      if (parent && ctx.units.district(parent)) return { code: parent, asOf: on };
      if (unit.validTo === null) return null;
    }
    const withDistrict = ctx.units.communeVersions(ref.code).filter((v) => ctx.units.district(v.parentCode ?? ''));
    const last = withDistrict[withDistrict.length - 1];
    return last?.parentCode ? { code: last.parentCode } : null;
  },
  versions: (ctx: Ctx, ref: UnitRef) => ctx.units.communeVersions(ref.code).map(versionView),
  /** The province of the unit on its date (asOf, else its last day). */
  province(ctx: Ctx, ref: UnitRef): UnitRef | null {
    const { unit, on } = communeView(ctx.units, ref);
    const code = ctx.units.provinceCodeOn(unit, on);
    return code ? { code, asOf: on } : null;
  },
  formedFrom: (ctx: Ctx, ref: UnitRef) => communeView(ctx.units, ref).unit.formedFrom?.map((l) => ({ code: l.code, share: l.share === 'full' ? 'FULL' as const : 'PARTIAL' as const })) ?? null,
  // A linked unit is shown as it stood at the link: the successor on the day after the end, predecessors on the day before the start.
  successor(ctx: Ctx, ref: UnitRef): UnitRef | null {
    const unit = communeView(ctx.units, ref).unit;
    const s = ctx.units.successor(unit);
    return s && unit.validTo ? { code: s.code, asOf: dayAfter(unit.validTo) } : null;
  },
  predecessors(ctx: Ctx, ref: UnitRef): UnitRef[] {
    const unit = communeView(ctx.units, ref).unit;
    return unit.validFrom ? ctx.units.predecessors(unit).map((p) => ({ code: p.code, asOf: dayBefore(unit.validFrom!) })) : [];
  },
  areaClasses(ctx: Ctx, ref: UnitRef) {
    const unit = communeOrThrow(ctx.units, ref.code);
    return { ...syntheticAreaClasses(unit.code, unit.type), source: SYNTHETIC_LABEL };
  },
  /** CURRENT only for a commune of today; REPORTED is null in a year without a unit carrying the code. */
  inYear(ctx: Ctx, ref: UnitRef, year: number, boundaries: Boundaries): CommuneYearRef | null {
    assertYear(year);
    const code = ref.code;
    if (boundaries === 'CURRENT') {
      const latest = ctx.units.commune(code);
      if (!latest || latest.validTo !== null) throw badInput(`Commune ${code} is not a commune of today; read it with boundaries: REPORTED`, { field: 'boundaries' });
      return { communeCode: code, year, boundaries };
    }
    return ctx.units.communeTerritory(code, year, 'REPORTED').units.length ? { communeCode: code, year, boundaries } : null;
  },
};

// ---- year entities ----

export const years = {
  populationSource: () => SYNTHETIC_LABEL,
  demographics: (ctx: Ctx, ref: CommuneYearRef | DistrictYearRef | ProvinceYearRef) => demographics(ctx, territoryOf(ctx.units, ref)),
  territory: (ctx: Ctx, ref: CommuneYearRef | DistrictYearRef | ProvinceYearRef) => territoryOf(ctx.units, ref),
  communeName: (ctx: Ctx, r: CommuneYearRef) => ctx.units.nameOn(unitOfYear(ctx.units, r), dateOfYear(r)),
  communeType: (ctx: Ctx, r: CommuneYearRef) => ctx.units.typeOn(unitOfYear(ctx.units, r), dateOfYear(r)),
  communeDistrict: (ctx: Ctx, r: CommuneYearRef) => districtOfYear(ctx.units, r),
  communeProvince: (ctx: Ctx, r: CommuneYearRef) => provinceOfYear(ctx.units, r),
  districtName: (ctx: Ctx, r: DistrictYearRef) => ctx.units.nameOn(districtOrThrow(ctx.units, r.districtCode), yearEnd(r.year)),
  districtType: (ctx: Ctx, r: DistrictYearRef) => ctx.units.typeOn(districtOrThrow(ctx.units, r.districtCode), yearEnd(r.year)),
  districtCommunes: (ctx: Ctx, r: DistrictYearRef) => reportedYears(ctx.units.districtTerritory(r.districtCode, r.year), r.year),
  provinceDistricts: (ctx: Ctx, r: ProvinceYearRef): DistrictYearRef[] =>
    ctx.units.reportingDistricts(r.year, r.provinceCode).sort(byCode).map((d) => ({ districtCode: d.code, year: r.year })),
  provinceCommunes: (ctx: Ctx, r: ProvinceYearRef) => reportedYears(ctx.units.provinceTerritory(r.year, r.provinceCode), r.year),
  /** The national root's provinces of a year (valid on 31 December); none under a province. */
  provinceProvinces: (ctx: Ctx, r: ProvinceYearRef): ProvinceYearRef[] =>
    r.provinceCode === NATIONAL_CODE ? ctx.units.reportingProvinces(r.year).map((p) => ({ provinceCode: p.code, year: r.year })) : [],
  provinceName: (ctx: Ctx, r: ProvinceYearRef) => {
    const unit = r.provinceCode === NATIONAL_CODE ? ctx.units.nation : ctx.units.provinceUnit(r.provinceCode, yearEnd(r.year));
    return unit ? ctx.units.nameOn(unit, yearEnd(r.year)) : null;
  },
};
