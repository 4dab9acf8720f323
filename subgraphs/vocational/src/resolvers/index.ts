import {
  AuditStore, assertYear, indicatorListAsAsked, withPreviousYear, badInput, notFound, requireEditor, requireReader, rowsOfTerritory, territoryOf,
  type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type SubgraphContext, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { VocationalLoaders } from '../loaders';
import { VocationalStore, type CourseRow, type EnrolmentRow, type LabourForceRow, type ProviderRow } from '../store';
import { labourForceFigures, labourIndicators, trainingFigures, vocationalIndicators, type TerritoryRows, type TrainingDimension } from '../domain/indicators';
import { importCsv } from '../domain/imports';
import { upsertCourse, upsertLabourForce, upsertProvider } from '../domain/mutations';

type Ctx = SubgraphContext<VocationalLoaders>;

/** The rows of every reporting commune of a year entity, through the per-request loaders (batched across entities). */
async function territoryRows(ctx: Ctx, ref: YearRef): Promise<TerritoryRows> {
  const t = territoryOf(ctx.units, ref);
  const [labour, training, yearHasCourses] = await Promise.all([
    rowsOfTerritory(ctx.loaders.labourForceByCommuneYear, t),
    rowsOfTerritory(ctx.loaders.trainingGroupsByCommuneYear, t),
    ctx.loaders.yearHasCourses.load(t.year),
  ]);
  return { labour, training: training.map((g) => g ?? []), yearHasCourses };
}

/** The VOC_* list with each value of the year before over the same territory (both years in one loader batch). */
const indicatorsWithPreviousYear = (ctx: Ctx, ref: YearRef) =>
  withPreviousYear(ref, async (r) => vocationalIndicators(await territoryRows(ctx, r)));

const yearEntity = {
  labourForce: async (ref: YearRef, _: unknown, ctx: Ctx) => labourForceFigures(await territoryRows(ctx, ref)),
  vocationalTraining: async (ref: YearRef, _: unknown, ctx: Ctx) => trainingFigures(await territoryRows(ctx, ref)),
  labourIndicators: async (ref: YearRef, _: unknown, ctx: Ctx) => labourIndicators(await indicatorsWithPreviousYear(ctx, ref)),
  vocationalIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) =>
    indicatorListAsAsked(ref, info, async (r) => vocationalIndicators(await territoryRows(ctx, r))),
};

const sumOf = (rows: EnrolmentRow[], f: (e: EnrolmentRow) => number) => rows.reduce((s, e) => s + f(e), 0);
const actorOf = (ctx: Ctx) => ctx.identity.sub;
const editor = (ctx: Ctx) => requireEditor(ctx.identity, 'vocational');

export const resolvers = {
  Query: {
    trainingProviders: (_: unknown, a: { districtCode?: string; kind?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'training providers');
      return new VocationalStore(ctx.db).providers(a);
    },
    trainingProvider: (_: unknown, a: { code: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'training providers');
      return ctx.loaders.providerByCode.load(a.code);
    },
    vocationalCourses: async (
      _: unknown,
      a: { year: number; providerCode?: string; districtCode?: string; level?: string; ruralLabourProgramme?: boolean; first?: number; after?: string },
      ctx: Ctx,
    ) => {
      requireReader(ctx.identity, 'vocational courses');
      assertYear(a.year);
      const first = a.first ?? 100;
      if (first < 1 || first > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
      const store = new VocationalStore(ctx.db);
      let providerCodes: string[] | undefined;
      if (a.districtCode) providerCodes = (await store.providers({ districtCode: a.districtCode })).map((p) => p.code);
      if (a.providerCode) providerCodes = providerCodes ? providerCodes.filter((c) => c === a.providerCode) : [a.providerCode];
      const page = await store.coursePage({ year: a.year, providerCodes, level: a.level, ruralLabourProgramme: a.ruralLabourProgramme, after: a.after, first });
      return { nodes: page.rows, endCursor: page.rows.length ? page.rows[page.rows.length - 1].code : null, hasNextPage: page.hasNextPage, totalCount: page.totalCount };
    },
    vocationalCourse: async (_: unknown, a: { code: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'vocational courses');
      return (await new VocationalStore(ctx.db).coursesByCodes([a.code]))[0] ?? null;
    },
    labourForceRows: (_: unknown, a: { year: number; districtCode?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'labour-force rows');
      assertYear(a.year);
      if (a.districtCode && !ctx.units.district(a.districtCode)) throw notFound('District', a.districtCode);
      const codes = a.districtCode ? ctx.units.districtTerritory(a.districtCode, a.year) : undefined;
      if (codes && codes.length === 0) return [];
      return new VocationalStore(ctx.db).labourForceOfYear(a.year, codes);
    },
    vocationalAudit: (_: unknown, a: { entityKey?: string; batchId?: string; first?: number }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the vocational audit trail');
      return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, first: a.first ?? 50 });
    },
  },

  Mutation: {
    upsertTrainingProvider: (_: unknown, a: { input: Parameters<typeof upsertProvider>[2] }, ctx: Ctx) => {
      editor(ctx);
      return upsertProvider(ctx.db, ctx.units, a.input, actorOf(ctx));
    },
    upsertVocationalCourse: (_: unknown, a: { input: Parameters<typeof upsertCourse>[2] }, ctx: Ctx) => {
      editor(ctx);
      return upsertCourse(ctx.db, ctx.units, a.input, actorOf(ctx));
    },
    upsertLabourForce: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => {
      editor(ctx);
      return upsertLabourForce(ctx.db, ctx.units, a.input, actorOf(ctx));
    },
    importTrainingProvidersCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      editor(ctx);
      return importCsv(ctx.db, ctx.units, 'providers', a.csv, { actor: actorOf(ctx), dryRun: !!a.dryRun });
    },
    importVocationalCoursesCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      editor(ctx);
      return importCsv(ctx.db, ctx.units, 'courses', a.csv, { actor: actorOf(ctx), dryRun: !!a.dryRun });
    },
    importLabourForceCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      editor(ctx);
      return importCsv(ctx.db, ctx.units, 'labour-force', a.csv, { actor: actorOf(ctx), dryRun: !!a.dryRun });
    },
  },

  TrainingProvider: {
    district: (p: ProviderRow) => ({ code: p.districtCode }),
    courses: (p: ProviderRow, a: { year: number }, ctx: Ctx) => {
      assertYear(a.year);
      return ctx.loaders.coursesByProviderYear.load({ providerCode: p.code, year: a.year });
    },
  },

  VocationalCourse: {
    ruralLabourProgramme: (c: CourseRow) => Boolean(c.ruralLabourProgramme),
    provider: (c: CourseRow, _: unknown, ctx: Ctx) => ctx.loaders.providerByCode.load(c.providerCode),
    enrolled: async (c: CourseRow, _: unknown, ctx: Ctx) => sumOf(await ctx.loaders.enrolmentsByCourse.load(c.code), (e) => e.enrolled),
    graduated: async (c: CourseRow, _: unknown, ctx: Ctx) => sumOf(await ctx.loaders.enrolmentsByCourse.load(c.code), (e) => e.graduated),
    enrolments: (c: CourseRow, _: unknown, ctx: Ctx) => ctx.loaders.enrolmentsByCourse.load(c.code),
  },

  CourseEnrolment: {
    commune: (e: EnrolmentRow) => ({ code: e.communeCode }),
  },

  LabourForceRow: {
    commune: (r: LabourForceRow) => ({ code: r.communeCode }),
    technologyTransfer: (r: LabourForceRow) => ({
      workers: r.technologyTransferWorkers, agriculture: r.technologyTransferAgriculture, forestry: r.technologyTransferForestry,
      tourism: r.technologyTransferTourism, processing: r.technologyTransferProcessing,
    }),
  },

  VocationalTrainingFigures: {
    breakdown: (f: ReturnType<typeof trainingFigures>, a: { by: TrainingDimension }) => f.breakdown(a.by),
  },

  CommuneYear: { __resolveReference: (ref: CommuneYearRef) => ref, ...yearEntity },
  DistrictYear: { __resolveReference: (ref: DistrictYearRef) => ref, ...yearEntity },
  ProvinceYear: { __resolveReference: (ref: ProvinceYearRef) => ref, ...yearEntity },
};
