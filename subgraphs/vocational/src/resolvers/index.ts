import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef, YearRef } from '@lsp/shared';
import { assertYear } from '@lsp/shared';
import { reading, writing, yearFigures } from '../service';
import type { VocationalContext } from './context';
import type { Resolvers } from './types.generated';
import type { GraphQLResolveInfo } from 'graphql';

/** Thin resolvers, typed from schema.graphql (src/resolvers/types.generated.ts): every rule is in src/service. */
type Ctx = VocationalContext;

const yearEntity = {
  labourForce: (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.labourForce(ctx, ref),
  vocationalTraining: (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.training(ctx, ref),
  labourIndicators: (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.labourIndicators(ctx, ref),
  vocationalIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info: GraphQLResolveInfo) => yearFigures.indicators(ctx, ref, info),
  vocationalLocked: (ref: YearRef, _: unknown, ctx: Ctx) => yearFigures.locked(ctx, ref),
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const resolvers: Resolvers = {
  Query: {
    trainingProviders: (_, a, ctx) => reading.providers(ctx, a),
    trainingProvider: (_, a, ctx) => reading.provider(ctx, a.code),
    vocationalCourses: (_, a, ctx) => reading.courses(ctx, a),
    vocationalCourse: (_, a, ctx) => reading.course(ctx, a.code),
    courseEnrolmentRows: (_, a, ctx) => reading.enrolmentRows(ctx, a),
    labourForceRows: (_, a, ctx) => reading.labourForceRows(ctx, a),
    vocationalAudit: (_, a, ctx) => reading.audit(ctx, a),
    vocationalAuditTrail: (_, a, ctx) => reading.auditTrail(ctx, a),
    vocationalPeriodLocks: (_, a, ctx) => reading.periodLocks(ctx, a),
  },

  Mutation: {
    upsertTrainingProvider: (_, a, ctx) => writing.upsertProvider(ctx, a.input),
    upsertVocationalCourse: (_, a, ctx) => writing.upsertCourse(ctx, a.input),
    upsertLabourForce: (_, a, ctx) => writing.upsertLabourForce(ctx, a.input),
    deleteVocationalCourse: (_, a, ctx) => writing.deleteCourse(ctx, a.code),
    deleteCourseEnrolment: (_, a, ctx) => writing.deleteEnrolment(ctx, a),
    deleteLabourForce: (_, a, ctx) => writing.deleteLabourForce(ctx, a),
    importTrainingProvidersCsv: (_, a, ctx) => writing.importProviders(ctx, a.csv, a.dryRun, a),
    importVocationalCoursesCsv: (_, a, ctx) => writing.importCourses(ctx, a.csv, a.dryRun, a),
    importLabourForceCsv: (_, a, ctx) => writing.importLabourForce(ctx, a.csv, a.dryRun, a),
    lockVocationalPeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockVocationalPeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  TrainingProvider: {
    district: (p) => ({ code: p.districtCode }),
    courses: (p, a, ctx) => {
      assertYear(a.year);
      return ctx.loaders.coursesByProviderYear.load({ providerCode: p.code, year: a.year });
    },
  },

  VocationalCourse: {
    ruralLabourProgramme: (c) => Boolean(c.ruralLabourProgramme),
    provider: async (c, _, ctx) => (await ctx.loaders.providerByCode.load(c.providerCode))!,
    enrolled: async (c, _, ctx) => sum((await ctx.loaders.enrolmentsByCourse.load(c.code)).map((e) => e.enrolled)),
    graduated: async (c, _, ctx) => sum((await ctx.loaders.enrolmentsByCourse.load(c.code)).map((e) => e.graduated)),
    enrolments: (c, _, ctx) => ctx.loaders.enrolmentsByCourse.load(c.code),
  },

  CourseEnrolment: {
    commune: (e) => ({ code: e.communeCode }),
  },

  LabourForceRow: {
    commune: (r) => ({ code: r.communeCode }),
    technologyTransfer: (r) => ({
      workers: r.technologyTransferWorkers, agriculture: r.technologyTransferAgriculture, forestry: r.technologyTransferForestry,
      tourism: r.technologyTransferTourism, processing: r.technologyTransferProcessing,
    }),
  },

  VocationalTrainingFigures: {
    breakdown: (f, a) => f.breakdown(a.by),
  },

  CommuneYear: { __resolveReference: (ref: CommuneYearRef) => ref, ...yearEntity },
  DistrictYear: { __resolveReference: (ref: DistrictYearRef) => ref, ...yearEntity },
  ProvinceYear: { __resolveReference: (ref: ProvinceYearRef) => ref, ...yearEntity },
};
