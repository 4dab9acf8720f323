import type { CommuneYearRef, DistrictYearRef, ProvinceYearRef, YearRef } from '@lsp/shared';
import { committeeFacts, reading, sourceOf, statisticsCounts, writing, yearFigures } from '../service';
import type { EducationContext } from './context';
import { dataQuality, dataQualityRules } from '../quality';
import { targetProgressFields } from './analytics';
import { learningSocietyYearFields, scoringQueries } from './learning-society';
import type { Resolvers } from './types.generated';
import type { GraphQLResolveInfo } from 'graphql';

/** Thin resolvers, typed from schema.graphql (src/resolvers/types.generated.ts): every rule is in src/service. */
type Ctx = EducationContext;

const TARGET_SOURCE = 'Quyết định 354/QĐ-UBND ngày 27/02/2013 của UBND tỉnh Sơn La (Chương trình hành động), via shared/data/targets.json';

/** Fields every year entity shares: education figures from the entity's reporting units. */
const yearEntity = {
  educationIndicators: (r: YearRef, _: unknown, ctx: Ctx, info: GraphQLResolveInfo) => yearFigures.indicators(ctx, r, info),
  preschool: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.preschool(ctx, r),
  grade1Entry: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.grade1Entry(ctx, r),
  flexibleLearning: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.flexibleLearning(ctx, r),
  literacy: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.literacy(ctx, r),
  continuingEducationCentresAlsoVocational: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.centresAlsoVocational(ctx, r),
  communeCommitteesOnTime: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.communeCommitteesOnTime(ctx, r),
  steeringCommittees: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.steeringCommittees(ctx, r),
  educationCounts: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.counts(ctx, r),
  communityLearningCentres: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.learningCentres(ctx, r),
  educationLocked: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.locked(ctx, r),
  ...learningSocietyYearFields,
};

/** District and province entities also carry the district-level V.11 figure and the continuing-education centres. */
const districtLevel = {
  continuingEducationCentres: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.continuingEducationCentres(ctx, r),
  districtCommitteesOnTime: (r: YearRef, _: unknown, ctx: Ctx) => yearFigures.districtCommitteesOnTime(ctx, r),
  dataQuality: (r: YearRef, a: { kinds?: Array<'RULE' | 'RANGE' | 'OUTLIER'> | null }, ctx: Ctx) => dataQuality(r, a, ctx),
};

export const resolvers: Resolvers = {
  Query: {
    ...scoringQueries,
    dataQualityRules: () => dataQualityRules(),
    targets: (_, a, ctx) => reading.targets(ctx, a.filter ?? {}),
    target: (_, a, ctx) => reading.target(ctx, a.id),
    educationStatistics: (_, a, ctx) => reading.statistics(ctx, a),
    communityLearningCentres: (_, a, ctx) => reading.learningCentres(ctx, a),
    continuingEducationCentres: (_, a, ctx) => reading.continuingEducationCentres(ctx, a),
    steeringCommittees: (_, a, ctx) => reading.steeringCommittees(ctx, a),
    educationAudit: (_, a, ctx) => reading.audit(ctx, a),
    educationPeriodLocks: (_, a, ctx) => reading.periodLocks(ctx, a),
  },

  Mutation: {
    recordEducationStatistics: (_, a, ctx) => writing.recordStatistics(ctx, a.input),
    recordCommunityLearningCentre: (_, a, ctx) => writing.recordLearningCentre(ctx, a.input),
    recordContinuingEducationCentre: (_, a, ctx) => writing.recordContinuingEducationCentre(ctx, a.input),
    recordSteeringCommittee: (_, a, ctx) => writing.recordSteeringCommittee(ctx, a.input),
    importEducationStatisticsCsv: (_, a, ctx) => writing.importStatistics(ctx, a.csv, a.dryRun, a),
    importCommunityLearningCentresCsv: (_, a, ctx) => writing.importLearningCentres(ctx, a.csv, a.dryRun, a),
    importContinuingEducationCentresCsv: (_, a, ctx) => writing.importContinuingEducationCentres(ctx, a.csv, a.dryRun, a),
    importSteeringCommitteesCsv: (_, a, ctx) => writing.importSteeringCommittees(ctx, a.csv, a.dryRun, a),
    deleteEducationStatistics: (_, a, ctx) => writing.deleteStatistics(ctx, a),
    deleteCommunityLearningCentre: (_, a, ctx) => writing.deleteLearningCentre(ctx, a),
    deleteContinuingEducationCentre: (_, a, ctx) => writing.deleteContinuingEducationCentre(ctx, a),
    deleteSteeringCommittee: (_, a, ctx) => writing.deleteSteeringCommittee(ctx, a),
    lockEducationPeriod: (_, a, ctx) => writing.lock(ctx, a),
    unlockEducationPeriod: (_, a, ctx) => writing.unlock(ctx, a),
  },

  ProgrammeTarget: {
    subShareOf: (t, _, ctx) => (t.subShareOf ? ctx.loaders.targetById.load(t.subShareOf) : null),
    source: () => TARGET_SOURCE,
  },

  TargetProgress: targetProgressFields,

  CommuneEducationStatistics: { counts: (r) => statisticsCounts(r) },
  CommunityLearningCentre: { source: (r) => sourceOf(r) },
  // Optional components (engine.ts) carry the flag; every other component of a stored model is not optional.
  ScoringComponentSpec: { optional: (c) => c.optional === true },
  ContinuingEducationCentre: { source: (r) => sourceOf(r) },
  SteeringCommittee: {
    deadline: (c) => committeeFacts.deadline(c),
    onTime: (c) => committeeFacts.onTime(c),
    source: (c) => sourceOf(c),
  },

  CommuneYear: { __resolveReference: (ref: CommuneYearRef) => ref, ...yearEntity },
  DistrictYear: { __resolveReference: (ref: DistrictYearRef) => ref, ...yearEntity, ...districtLevel },
  ProvinceYear: { __resolveReference: (ref: ProvinceYearRef) => ref, ...yearEntity, ...districtLevel },
};
