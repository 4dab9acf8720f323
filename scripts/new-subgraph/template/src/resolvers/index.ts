import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import { dataLabel, reading, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { __Dept__FigureRow } from '../store';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts). */
export const resolvers: Resolvers = {
  Query: {
    __dept__Figures: (_, a, ctx) => reading.figures(ctx, a),
    __dept__Audit: (_, a, ctx) => reading.audit(ctx, a),
    __dept__PeriodLocks: (_, a, ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    record__Dept__Figure: (_, a, ctx) => writing.recordFigure(ctx, a.input),
    import__Dept__FiguresCsv: (_, a, ctx) => writing.importFigures(ctx, a.csv, a.dryRun, a),
    delete__Dept__Figure: (_, a, ctx) => writing.deleteFigure(ctx, a),
    lock__Dept__Period: (_, a, ctx) => writing.lock(ctx, a),
    unlock__Dept__Period: (_, a, ctx) => writing.unlock(ctx, a),
  },

  __Dept__Figure: {
    dataLabel: (r: __Dept__FigureRow) => dataLabel(r),
    updatedAt: (r: __Dept__FigureRow) => r.updatedAt ?? '',
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
