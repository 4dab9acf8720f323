import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef } from '@lsp/shared';
import { dataLabel, reading, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { ProgrammeFigureRow } from '../store';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts). */
export const resolvers: Resolvers = {
  Query: {
    programmeFigures: (_, a, ctx) => reading.figures(ctx, a),
    programmeAudit: (_, a, ctx) => reading.audit(ctx, a),
    programmePeriodLocks: (_, a, ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordProgrammeFigure: (_, a, ctx) => writing.recordFigure(ctx, a.input),
    importProgrammeFiguresCsv: (_, a, ctx) => writing.importFigures(ctx, a.csv, a.dryRun, a),
    deleteProgrammeFigure: (_, a, ctx) => writing.deleteFigure(ctx, a),
    lockProgrammePeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockProgrammePeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  ProgrammeFigure: {
    dataLabel: (r: ProgrammeFigureRow) => dataLabel(r),
    updatedAt: (r: ProgrammeFigureRow) => r.updatedAt ?? '',
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
