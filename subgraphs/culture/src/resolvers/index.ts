import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import { dataLabel, reading, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { CultureFigureRow } from '../store';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts). */
export const resolvers: Resolvers = {
  Query: {
    cultureFigures: (_, a, ctx) => reading.figures(ctx, a),
    cultureAudit: (_, a, ctx) => reading.audit(ctx, a),
    culturePeriodLocks: (_, a, ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordCultureFigure: (_, a, ctx) => writing.recordFigure(ctx, a.input),
    importCultureFiguresCsv: (_, a, ctx) => writing.importFigures(ctx, a.csv, a.dryRun, a),
    deleteCultureFigure: (_, a, ctx) => writing.deleteFigure(ctx, a),
    lockCulturePeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockCulturePeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  CultureFigure: {
    dataLabel: (r: CultureFigureRow) => dataLabel(r),
    updatedAt: (r: CultureFigureRow) => r.updatedAt ?? '',
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
