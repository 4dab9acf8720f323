import { commune, district, lookup, province, years } from '../service';
import type { Resolvers } from './types.generated';

/** Thin resolvers, typed from schema.graphql (src/resolvers/types.generated.ts): every rule is in src/service. */
export const resolvers: Resolvers = {
  Query: {
    province: (_, a, ctx) => lookup.province(ctx, a.code),
    country: () => lookup.country(),
    district: (_, a, ctx) => lookup.district(ctx, a.code),
    commune: (_, a, ctx) => lookup.commune(ctx, a.code),
    communes: (_, a, ctx) => lookup.communes(ctx, a),
  },

  Province: {
    __resolveReference: (ref, ctx) => province.reference(ctx, ref),
    name: (p, _, ctx) => province.view(ctx, p).name,
    type: (p, _, ctx) => province.view(ctx, p).type,
    asOf: (p) => p.asOf ?? null,
    validFrom: (p, _, ctx) => province.view(ctx, p).unit.validFrom,
    validTo: (p, _, ctx) => province.view(ctx, p).unit.validTo,
    validityNote: (p, _, ctx) => province.view(ctx, p).unit.validityNote,
    formerNames: (p, _, ctx) => province.view(ctx, p).unit.formerNames,
    versions: (p, _, ctx) => province.versions(ctx, p),
    successor: (p, _, ctx) => province.successor(ctx, p),
    successorNote: (p, _, ctx) => province.view(ctx, p).unit.successorNote,
    predecessors: (p, _, ctx) => province.predecessors(ctx, p),
    provinces: (p, a, ctx) => province.provinces(ctx, p, a.validOn),
    districts: (p, a, ctx) => province.districts(ctx, p, a.validOn),
    communes: (p, a, ctx) => province.communes(ctx, p, a.validOn),
    inYear: (p, a) => province.inYear(p, a.year),
    sources: (_, __, ctx) => province.sources(ctx),
  },

  District: {
    __resolveReference: (ref, ctx) => district.reference(ctx, ref),
    name: (d, _, ctx) => district.view(ctx, d).name,
    type: (d, _, ctx) => district.view(ctx, d).type,
    asOf: (d) => d.asOf ?? null,
    province: (d, _, ctx) => district.province(ctx, d),
    validFrom: (d, _, ctx) => district.unit(ctx, d).validFrom,
    validityNote: (d, _, ctx) => district.unit(ctx, d).validityNote,
    validTo: (d, _, ctx) => district.unit(ctx, d).validTo,
    formerNames: (d, _, ctx) => district.unit(ctx, d).formerNames,
    communes: (d, a, ctx) => district.communes(ctx, d, a.validOn),
    inYear: (d, a, ctx) => district.inYear(ctx, d, a.year),
  },

  Commune: {
    __resolveReference: (ref, ctx) => commune.reference(ctx, ref),
    name: (c, _, ctx) => commune.view(ctx, c).name,
    type: (c, _, ctx) => commune.view(ctx, c).type,
    asOf: (c) => c.asOf ?? null,
    district: (c, _, ctx) => commune.district(ctx, c),
    validFrom: (c, _, ctx) => commune.view(ctx, c).unit.validFrom,
    validTo: (c, _, ctx) => commune.view(ctx, c).unit.validTo,
    validityNote: (c, _, ctx) => commune.view(ctx, c).unit.validityNote,
    current: (c, _, ctx) => commune.view(ctx, c).unit.validTo === null,
    formerNames: (c, _, ctx) => commune.view(ctx, c).unit.formerNames,
    versions: (c, _, ctx) => commune.versions(ctx, c),
    province: (c, _, ctx) => commune.province(ctx, c),
    formedFrom: (c, _, ctx) => commune.formedFrom(ctx, c),
    successor: (c, _, ctx) => commune.successor(ctx, c),
    successorNote: (c, _, ctx) => commune.view(ctx, c).unit.successorNote,
    predecessors: (c, _, ctx) => commune.predecessors(ctx, c),
    areaClasses: (c, _, ctx) => commune.areaClasses(ctx, c),
    inYear: (c, a, ctx) => commune.inYear(ctx, c, a.year, a.boundaries ?? 'REPORTED'),
  },

  CommuneYear: {
    __resolveReference: (ref) => ref,
    name: (r, _, ctx) => years.communeName(ctx, r),
    type: (r, _, ctx) => years.communeType(ctx, r),
    districtCode: (r, _, ctx) => years.communeDistrict(ctx, r),
    provinceCode: (r, _, ctx) => years.communeProvince(ctx, r),
    district: (r, _, ctx) => {
      const code = years.communeDistrict(ctx, r);
      return code ? { districtCode: code, year: r.year } : null;
    },
    reportingUnits: (r, _, ctx) => years.territory(ctx, r).communeCodes,
    complete: (r, _, ctx) => years.territory(ctx, r).complete,
    population: async (r, _, ctx) => (await years.demographics(ctx, r)).population,
    households: async (r, _, ctx) => (await years.demographics(ctx, r)).households,
    populationSource: () => years.populationSource(),
  },

  DistrictYear: {
    __resolveReference: (ref) => ref,
    name: (r, _, ctx) => years.districtName(ctx, r),
    type: (r, _, ctx) => years.districtType(ctx, r),
    communeCount: (r, _, ctx) => years.territory(ctx, r).communeCodes.length,
    communes: (r, _, ctx) => years.districtCommunes(ctx, r),
    population: async (r, _, ctx) => (await years.demographics(ctx, r)).population,
    households: async (r, _, ctx) => (await years.demographics(ctx, r)).households,
    populationSource: () => years.populationSource(),
  },

  ProvinceYear: {
    __resolveReference: (ref) => ref,
    name: (r, _, ctx) => years.provinceName(ctx, r),
    provinces: (r, _, ctx) => years.provinceProvinces(ctx, r),
    districts: (r, _, ctx) => years.provinceDistricts(ctx, r),
    communes: (r, _, ctx) => years.provinceCommunes(ctx, r),
    communeCount: (r, _, ctx) => years.territory(ctx, r).communeCodes.length,
    population: async (r, _, ctx) => (await years.demographics(ctx, r)).population,
    households: async (r, _, ctx) => (await years.demographics(ctx, r)).households,
    populationSource: () => years.populationSource(),
  },
};
