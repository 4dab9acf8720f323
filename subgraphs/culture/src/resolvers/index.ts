import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import { dataLabel, reading, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { BookCabinetRow, CultureCommuneRow } from '../store';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts). */
export const resolvers: Resolvers = {
  Query: {
    bookCabinets: (_, a, ctx) => reading.bookCabinets(ctx, a),
    cultureCommunes: (_, a, ctx) => reading.cultureCommunes(ctx, a),
    cultureAudit: (_, a, ctx) => reading.audit(ctx, a),
    culturePeriodLocks: (_, a, ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordBookCabinets: (_, a, ctx) => writing.recordBookCabinets(ctx, a.input),
    importBookCabinetsCsv: (_, a, ctx) => writing.importBookCabinets(ctx, a.csv, a.dryRun, a),
    deleteBookCabinets: (_, a, ctx) => writing.deleteBookCabinets(ctx, a),
    recordCultureCommune: (_, a, ctx) => writing.recordCultureCommune(ctx, a.input),
    importCultureCommunesCsv: (_, a, ctx) => writing.importCultureCommunes(ctx, a.csv, a.dryRun, a),
    deleteCultureCommune: (_, a, ctx) => writing.deleteCultureCommune(ctx, a),
    lockCulturePeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockCulturePeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  BookCabinets: {
    dataLabel: (r: BookCabinetRow) => dataLabel(r),
    updatedAt: (r: BookCabinetRow) => r.updatedAt ?? '',
  },

  CultureCommune: {
    dataLabel: (r: CultureCommuneRow) => dataLabel(r),
    updatedAt: (r: CultureCommuneRow) => r.updatedAt ?? '',
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    ...yearEntityFields,
  },

  DistrictYear: {
    __resolveReference: (ref: DistrictYearRef) => ref,
    ...yearEntityFields,
  },

  ProvinceYear: {
    __resolveReference: (ref: ProvinceYearRef) => ref,
    ...yearEntityFields,
  },
};
