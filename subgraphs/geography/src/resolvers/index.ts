import {
  SYNTHETIC_LABEL, assertYear, yearEnd, notFound, badInput, rowsOfTerritory, syntheticAreaClasses, territoryOf,
  type AdminUnit, type AdminUnits, type Boundaries, type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef,
  type SubgraphContext, type Territory,
} from '@lsp/shared';
import { isCalendarDate } from '@lsp/shared';
import type { GeographyLoaders } from '../loaders';
import type { PopulationRow } from '../store';

type Ctx = SubgraphContext<GeographyLoaders>;
/**
 * A unit as this subgraph hands it on. `asOf` is set when the unit was reached through a dated list or link
 * (District.communes(validOn), predecessors, successor, ...): its fields then describe the unit as it stood on
 * that date (name, type, district), not the latest unit that carries the code.
 */
type CodeRef = { code: string; asOf?: string | null };

const today = () => new Date().toISOString().slice(0, 10);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(d: string | undefined | null, field: string): string | undefined {
  if (d === undefined || d === null) return undefined;
  if (!DATE.test(d) || !isCalendarDate(d)) throw badInput(`${field} must be a date YYYY-MM-DD, got "${d}"`, { field });
  return d;
}

const provinceOf = (units: AdminUnits, code: string) => (code === units.province.code ? units.province : undefined);

function communeOrThrow(units: AdminUnits, code: string, asOf?: string | null): AdminUnit {
  const c = (asOf ? units.commune(code, asOf) : undefined) ?? units.commune(code);
  if (!c) throw notFound('Commune', code);
  return c;
}

/** The commune of a reference, with the date its fields describe (asOf, else the unit's last day). */
function communeView(units: AdminUnits, ref: CodeRef) {
  const unit = communeOrThrow(units, ref.code, ref.asOf);
  const on = ref.asOf && units.isValidOn(unit, ref.asOf) ? ref.asOf : (unit.validTo ?? '9999-12-31');
  return { unit, on, name: units.nameOn(unit, on), type: units.typeOn(unit, on) };
}

function districtView(units: AdminUnits, ref: CodeRef) {
  const unit = units.district(ref.code)!;
  const on = ref.asOf && units.isValidOn(unit, ref.asOf) ? ref.asOf : (unit.validTo ?? '9999-12-31');
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

async function demographics(ctx: Ctx, t: Territory) {
  const rows = (await rowsOfTerritory(ctx.loaders.populationByCommuneYear, t)).filter((r): r is PopulationRow => !!r);
  if (rows.length === 0 || rows.length < t.communeCodes.length) return { population: null, households: null };
  return { population: rows.reduce((s, r) => s + r.population, 0), households: rows.reduce((s, r) => s + r.households, 0) };
}

const versionView = (u: AdminUnit) => ({
  code: u.code, name: u.name, type: u.type, districtCode: u.level === 'commune' && u.validTo !== null ? u.parentCode : null,
  validFrom: u.validFrom, validTo: u.validTo, formerNames: u.formerNames,
});

function communeYearRef(units: AdminUnits, code: string, year: number, boundaries: Boundaries): CommuneYearRef | null {
  assertYear(year);
  if (boundaries === 'CURRENT') {
    const latest = units.commune(code);
    if (!latest || latest.validTo !== null) throw badInput(`Commune ${code} is not a commune of today; read it with boundaries: REPORTED`, { field: 'boundaries' });
    return { communeCode: code, year, boundaries };
  }
  return units.communeTerritory(code, year, 'REPORTED').units.length ? { communeCode: code, year, boundaries } : null;
}

export const resolvers = {
  Query: {
    province: (_: unknown, { code }: CodeRef, ctx: Ctx) => {
      const p = provinceOf(ctx.units, code);
      if (!p) throw notFound('Province', code);
      return { code };
    },
    district: (_: unknown, { code }: CodeRef, ctx: Ctx) => {
      if (!ctx.units.district(code)) throw notFound('District', code);
      return { code };
    },
    commune: (_: unknown, { code }: CodeRef, ctx: Ctx) => {
      communeOrThrow(ctx.units, code);
      return { code };
    },
    communes: (
      _: unknown,
      args: { filter?: { districtCode?: string; type?: string; validOn?: string }; first?: number; after?: string },
      ctx: Ctx,
    ) => {
      const f = args.filter ?? {};
      const first = args.first ?? 100;
      if (first < 1 || first > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
      const validOn = checkDate(f.validOn, 'filter.validOn');
      if (f.districtCode && !ctx.units.district(f.districtCode)) throw notFound('District', f.districtCode);
      const matching = ctx.units
        .communesValidOn(validOn)
        // District and type as on validOn (else on the unit's last day): Vân Hồ's communes are Mộc Châu's before 10/06/2013.
        .filter((c) => {
          const on = validOn ?? c.validTo ?? '9999-12-31';
          return (!f.districtCode || (ctx.units.parentOn(c, on) === f.districtCode && c.validTo !== null)) && (!f.type || ctx.units.typeOn(c, on) === f.type);
        });
      const codes = [...new Set(matching.map((c) => c.code))].sort();
      const page = codes.filter((c) => !args.after || c > args.after).slice(0, first);
      return {
        nodes: page.map((code) => ({ code, asOf: validOn ?? null })),
        endCursor: page.length ? page[page.length - 1] : null,
        hasNextPage: page.length > 0 && codes[codes.length - 1] > page[page.length - 1],
        totalCount: codes.length,
      };
    },
  },

  Province: {
    __resolveReference: (ref: CodeRef, ctx: Ctx) => (provinceOf(ctx.units, ref.code) ? ref : null),
    name: (p: CodeRef, _: unknown, ctx: Ctx) => ctx.units.province.name,
    type: (p: CodeRef, _: unknown, ctx: Ctx) => ctx.units.province.type,
    districts: (p: CodeRef, a: { validOn?: string }, ctx: Ctx) => {
      const on = checkDate(a.validOn, 'validOn') ?? '2025-06-30';
      return ctx.units.districtsValidOn(on).map((d) => ({ code: d.code, asOf: on }));
    },
    communes: (p: CodeRef, a: { validOn?: string }, ctx: Ctx) => {
      const on = checkDate(a.validOn, 'validOn') ?? today();
      return ctx.units.communesValidOn(on).map((c) => ({ code: c.code, asOf: on }));
    },
    inYear: (p: CodeRef, { year }: { year: number }) => {
      assertYear(year);
      return { provinceCode: p.code, year };
    },
    sources: (_: CodeRef, __: unknown, ctx: Ctx) => Object.entries(ctx.units.sources).map(([k, v]) => `${k}: ${v}`),
  },

  District: {
    __resolveReference: (ref: CodeRef, ctx: Ctx) => (ctx.units.district(ref.code) ? ref : null),
    name: (d: CodeRef, _: unknown, ctx: Ctx) => districtView(ctx.units, d).name,
    type: (d: CodeRef, _: unknown, ctx: Ctx) => districtView(ctx.units, d).type,
    asOf: (d: CodeRef) => d.asOf ?? null,
    validityNote: (d: CodeRef, _: unknown, ctx: Ctx) => ctx.units.district(d.code)!.validityNote,
    province: (_: CodeRef, __: unknown, ctx: Ctx) => ({ code: ctx.units.province.code }),
    validFrom: (d: CodeRef, _: unknown, ctx: Ctx) => ctx.units.district(d.code)!.validFrom,
    validTo: (d: CodeRef, _: unknown, ctx: Ctx) => ctx.units.district(d.code)!.validTo,
    formerNames: (d: CodeRef, _: unknown, ctx: Ctx) => ctx.units.district(d.code)!.formerNames,
    communes: (d: CodeRef, a: { validOn?: string }, ctx: Ctx) => {
      const district = ctx.units.district(d.code)!;
      const on = checkDate(a.validOn, 'validOn') ?? d.asOf ?? district.validTo ?? '9999-12-31';
      return ctx.units.children(d.code, on).map((c) => ({ code: c.code, asOf: on }));
    },
    inYear: (d: CodeRef, { year }: { year: number }, ctx: Ctx) => {
      assertYear(year);
      return ctx.units.districtTerritory(d.code, year).length ? { districtCode: d.code, year } : null;
    },
  },

  Commune: {
    __resolveReference: (ref: CodeRef, ctx: Ctx) => (ctx.units.commune(ref.code) ? ref : null),
    name: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).name,
    type: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).type,
    asOf: (c: CodeRef) => c.asOf ?? null,
    district: (c: CodeRef, _: unknown, ctx: Ctx) => {
      if (c.asOf) {
        const { unit, on } = communeView(ctx.units, c);
        const parent = ctx.units.parentOn(unit, on);
        if (parent && ctx.units.district(parent)) return { code: parent, asOf: on };
        if (unit.validTo === null) return null;
      }
      const withDistrict = ctx.units.communeVersions(c.code).filter((v) => ctx.units.district(v.parentCode ?? ''));
      const last = withDistrict[withDistrict.length - 1];
      return last ? { code: last.parentCode } : null;
    },
    validFrom: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.validFrom,
    validTo: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.validTo,
    validityNote: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.validityNote,
    current: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.validTo === null,
    formerNames: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.formerNames,
    versions: (c: CodeRef, _: unknown, ctx: Ctx) => ctx.units.communeVersions(c.code).map(versionView),
    // A linked unit is shown as it stood at the link: the successor on the day after the end, predecessors on the day before the start.
    successor: (c: CodeRef, _: unknown, ctx: Ctx) => {
      const unit = communeView(ctx.units, c).unit;
      const s = ctx.units.successor(unit);
      return s && unit.validTo ? { code: s.code, asOf: dayAfter(unit.validTo) } : null;
    },
    successorNote: (c: CodeRef, _: unknown, ctx: Ctx) => communeView(ctx.units, c).unit.successorNote,
    predecessors: (c: CodeRef, _: unknown, ctx: Ctx) => {
      const unit = communeView(ctx.units, c).unit;
      return unit.validFrom ? ctx.units.predecessors(unit).map((p) => ({ code: p.code, asOf: dayBefore(unit.validFrom!) })) : [];
    },
    areaClasses: (c: CodeRef, _: unknown, ctx: Ctx) => {
      const unit = communeOrThrow(ctx.units, c.code);
      return { ...syntheticAreaClasses(unit.code, unit.type), source: SYNTHETIC_LABEL };
    },
    inYear: (c: CodeRef, a: { year: number; boundaries?: Boundaries }, ctx: Ctx) =>
      communeYearRef(ctx.units, c.code, a.year, a.boundaries ?? 'REPORTED'),
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    name: (r: CommuneYearRef, _: unknown, ctx: Ctx) => ctx.units.nameOn(unitOfYear(ctx.units, r), dateOfYear(r)),
    type: (r: CommuneYearRef, _: unknown, ctx: Ctx) => ctx.units.typeOn(unitOfYear(ctx.units, r), dateOfYear(r)),
    districtCode: (r: CommuneYearRef, _: unknown, ctx: Ctx) => districtOfYear(ctx.units, r),
    district: (r: CommuneYearRef, _: unknown, ctx: Ctx) => {
      const code = districtOfYear(ctx.units, r);
      return code ? { districtCode: code, year: r.year } : null;
    },
    reportingUnits: (r: CommuneYearRef, _: unknown, ctx: Ctx) => territoryOf(ctx.units, r).communeCodes,
    complete: (r: CommuneYearRef, _: unknown, ctx: Ctx) => territoryOf(ctx.units, r).complete,
    population: async (r: CommuneYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).population,
    households: async (r: CommuneYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).households,
    populationSource: () => SYNTHETIC_LABEL,
  },

  DistrictYear: {
    __resolveReference: (ref: DistrictYearRef) => ref,
    name: (r: DistrictYearRef, _: unknown, ctx: Ctx) => ctx.units.nameOn(ctx.units.district(r.districtCode)!, yearEnd(r.year)),
    type: (r: DistrictYearRef, _: unknown, ctx: Ctx) => ctx.units.typeOn(ctx.units.district(r.districtCode)!, yearEnd(r.year)),
    communeCount: (r: DistrictYearRef, _: unknown, ctx: Ctx) => territoryOf(ctx.units, r).communeCodes.length,
    communes: (r: DistrictYearRef, _: unknown, ctx: Ctx) => reportedYears(ctx.units.districtTerritory(r.districtCode, r.year), r.year),
    population: async (r: DistrictYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).population,
    households: async (r: DistrictYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).households,
    populationSource: () => SYNTHETIC_LABEL,
  },

  ProvinceYear: {
    __resolveReference: (ref: ProvinceYearRef) => ref,
    districts: (r: ProvinceYearRef, _: unknown, ctx: Ctx) =>
      ctx.units.reportingDistricts(r.year).sort(byCode).map((d) => ({ districtCode: d.code, year: r.year })),
    communes: (r: ProvinceYearRef, _: unknown, ctx: Ctx) => reportedYears(ctx.units.provinceTerritory(r.year), r.year),
    communeCount: (r: ProvinceYearRef, _: unknown, ctx: Ctx) => territoryOf(ctx.units, r).communeCodes.length,
    population: async (r: ProvinceYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).population,
    households: async (r: ProvinceYearRef, _: unknown, ctx: Ctx) => (await demographics(ctx, territoryOf(ctx.units, r))).households,
    populationSource: () => SYNTHETIC_LABEL,
  },
};

/** The reporting units of a year as CommuneYear references, in code order. */
function reportedYears(codes: string[], year: number): CommuneYearRef[] {
  return [...codes].sort().map((communeCode) => ({ communeCode, year, boundaries: 'REPORTED' as const }));
}

/** The date a CommuneYear's name and district are read on: 31 December of the year, today's unit for CURRENT. */
function dateOfYear(r: CommuneYearRef): string {
  return r.boundaries === 'CURRENT' ? '9999-12-31' : yearEnd(r.year);
}

function districtOfYear(units: AdminUnits, r: CommuneYearRef): string | null {
  if (r.boundaries === 'CURRENT') return null;
  const parent = units.parentOn(unitOfYear(units, r), yearEnd(r.year));
  return parent && units.district(parent) ? parent : null;
}

/** The unit a CommuneYear describes: that year's unit (REPORTED) or today's (CURRENT). */
function unitOfYear(units: AdminUnits, r: CommuneYearRef): AdminUnit {
  const u = r.boundaries === 'CURRENT' ? units.commune(r.communeCode) : units.commune(r.communeCode, `${r.year}-12-31`);
  if (!u) throw notFound('CommuneYear', `${r.communeCode}/${r.year}`);
  return u;
}
