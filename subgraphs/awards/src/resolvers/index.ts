import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef, SubgraphContext } from '@lsp/shared';
import type { AwardsLoaders } from '../loaders';
import type { AssessmentRow, RecognitionCountRow } from '../store';
import { criteriaSetByCode, criteriaSetFor, criteriaSetsOf, titleByCode, type CriteriaSet, type EmulationTitle, type TitleSubject } from '../datasets/titles';
import { reading, territoryCounts, yearEntityFields } from '../service/reading';
import { writing } from '../service/writing';
import type { Resolvers } from './types.generated';

/** Thin resolvers: the rules are in src/service (reading.ts, writing.ts). */
type Ctx = SubgraphContext<AwardsLoaders>;


export const resolvers: Resolvers = {
  Query: {
    emulationTitles: (_: unknown, a: { subject?: TitleSubject | null }) => reading.titles(a.subject),
    emulationTitle: (_: unknown, a: { code: string }) => titleByCode(a.code) ?? null,
    criteriaSet: (_: unknown, a: { code: string }) => criteriaSetByCode(a.code) ?? null,
    criteriaSets: (_: unknown, a: { titleCode?: string | null; year?: number | null }) => reading.criteriaSets(a),
    recognitionCounts: (_: unknown, a: Parameters<typeof reading.recognitionCounts>[1], ctx: Ctx) => reading.recognitionCounts(ctx, a),
    assessments: (_: unknown, a: Parameters<typeof reading.assessments>[1], ctx: Ctx) => reading.assessments(ctx, a),
    commendations: (_: unknown, a: Parameters<typeof reading.commendations>[1], ctx: Ctx) => reading.commendations(ctx, a),
    awardsAudit: (_: unknown, a: Parameters<typeof reading.audit>[1], ctx: Ctx) => reading.audit(ctx, a),
    awardsPeriodLocks: (_: unknown, a: { year?: number | null }, ctx: Ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordRecognitionCount: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordRecognitionCount(ctx, a.input),
    recordAssessment: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordAssessment(ctx, a.input),
    recordCommendation: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordCommendation(ctx, a.input),
    importRecognitionCountsCsv: (_: unknown, a: { csv: string; dryRun?: boolean; year?: number | null; unitCode?: string | null; expectedDigest?: string | null }, ctx: Ctx) => writing.importRecognitionCounts(ctx, a.csv, a.dryRun, a),
    importAssessmentsCsv: (_: unknown, a: { csv: string; dryRun?: boolean; year?: number | null; unitCode?: string | null; expectedDigest?: string | null }, ctx: Ctx) => writing.importAssessments(ctx, a.csv, a.dryRun, a),
    importCommendationsCsv: (_: unknown, a: { csv: string; dryRun?: boolean; year?: number | null; unitCode?: string | null; expectedDigest?: string | null }, ctx: Ctx) => writing.importCommendations(ctx, a.csv, a.dryRun, a),
    deleteRecognitionCount: (_: unknown, a: { communeCode: string; year: number; titleCode: string }, ctx: Ctx) => writing.deleteRecognitionCount(ctx, a),
    deleteAssessment: (_: unknown, a: { subjectCode: string; year: number; titleCode: string }, ctx: Ctx) => writing.deleteAssessment(ctx, a),
    deleteCommendation: (_: unknown, a: { reference: string }, ctx: Ctx) => writing.deleteCommendation(ctx, a.reference),
    lockAwardsPeriod: (_: unknown, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }, ctx: Ctx) => writing.lock(ctx, a),
    unlockAwardsPeriod: (_: unknown, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }, ctx: Ctx) => writing.unlock(ctx, a),
  },

  EmulationTitle: {
    criteriaSets: (t: EmulationTitle) => criteriaSetsOf(t.code),
    criteriaSetFor: (t: EmulationTitle, a: { year: number }) => criteriaSetFor(t.code, a.year) ?? null,
  },

  TitleCriteriaSet: {
    title: (s: CriteriaSet) => titleByCode(s.titleCode)!,
  },

  RecognitionCount: {
    title: (r: RecognitionCountRow) => titleByCode(r.titleCode)!,
    criteriaSet: (r: RecognitionCountRow) => criteriaSetByCode(r.criteriaSetCode)!,
    dataLabel: (r: RecognitionCountRow) => reading.dataLabel(r),
  },

  Assessment: {
    title: (r: AssessmentRow) => titleByCode(r.titleCode)!,
    criteriaSet: (r: AssessmentRow) => criteriaSetByCode(r.criteriaSetCode)!,
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    ...yearEntityFields,
    recognitionCounts: async (ref: CommuneYearRef, _: unknown, ctx: Ctx) => (await territoryCounts(ctx, ref)).counts.flat(),
    assessments: (ref: CommuneYearRef, a: { titleCode?: string | null }, ctx: Ctx) => reading.communeAssessments(ctx, ref, a.titleCode),
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
