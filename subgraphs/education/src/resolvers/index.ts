import {
  AuditStore, SYNTHETIC_LABEL, asksSubfield, assertYear, badInput, notFound, requireEditor, requireReader,
  type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type SubgraphContext, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { EducationLoaders } from '../loaders';
import { learningSocietyYearFields, scoringQueries } from './learning-society';
import {
  DATASETS, continuingEducationCentreDataset, importCsv, learningCentreDataset, recordOne, statisticsDataset, steeringCommitteeDataset,
  type Dataset,
} from '../domain/imports';
import { STEERING_COMMITTEE_DEADLINES, establishedOnTime } from '../domain/indicators';
import {
  SOURCE_RECORDED, continuingEducationCentres, educationCounts, educationIndicatorList, educationRates, flexibleLearning, learningCentreSummary,
  literacy, preschool, steeringCommittees,
} from '../domain/year-figures';
import {
  EducationStore, TargetStore,
  type ContinuingEducationCentreRow, type LearningCentreRow, type ProgrammeTargetRow, type SteeringCommitteeLevel, type SteeringCommitteeRow,
} from '../store';

type Ctx = SubgraphContext<EducationLoaders>;

const TARGET_SOURCE = 'Quyết định 354/QĐ-UBND ngày 27/02/2013 của UBND tỉnh Sơn La (Chương trình hành động), via data/targets.json';
const sourceOf = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : SOURCE_RECORDED);

/** Resolvers every year entity shares: education figures from the entity's reporting units. */
const yearFields = {
  educationIndicators: (r: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) => educationIndicatorList(ctx.units, ctx.loaders, r, asksSubfield(info, 'previousValue')),
  preschool: (r: YearRef, _: unknown, ctx: Ctx) => preschool(ctx.units, ctx.loaders, r),
  grade1Entry: async (r: YearRef, _: unknown, ctx: Ctx) => (await educationRates(ctx.units, ctx.loaders, r, { statistics: true })).rates.EDU_GRADE1_AGE6,
  flexibleLearning: (r: YearRef, _: unknown, ctx: Ctx) => flexibleLearning(ctx.units, ctx.loaders, r),
  literacy: (r: YearRef, _: unknown, ctx: Ctx) => literacy(ctx.units, ctx.loaders, r),
  continuingEducationCentresAlsoVocational: async (r: YearRef, _: unknown, ctx: Ctx) =>
    (await educationRates(ctx.units, ctx.loaders, r, { centres: true })).rates.EDU_CEC_ALSO_VOCATIONAL,
  communeCommitteesOnTime: async (r: YearRef, _: unknown, ctx: Ctx) =>
    (await educationRates(ctx.units, ctx.loaders, r, { committees: true })).rates.EDU_COMMUNE_COMMITTEE_ON_TIME,
  steeringCommittees: async (r: YearRef, _: unknown, ctx: Ctx) => {
    const c = await steeringCommittees(ctx.units, ctx.loaders, r);
    return [...c.DISTRICT, ...c.COMMUNE].filter((x): x is SteeringCommitteeRow => !!x);
  },
  educationCounts: (r: YearRef, _: unknown, ctx: Ctx) => educationCounts(ctx.units, ctx.loaders, r),
  communityLearningCentres: (r: YearRef, _: unknown, ctx: Ctx) => learningCentreSummary(ctx.units, ctx.loaders, r),
};

/** V.11 district committees of a DistrictYear or ProvinceYear (a commune has none). */
const districtCommitteesField = async (r: YearRef, _: unknown, ctx: Ctx) =>
  (await educationRates(ctx.units, ctx.loaders, r, { committees: true })).rates.EDU_DISTRICT_COMMITTEE_ON_TIME;

/** District continuing-education centres of a DistrictYear or ProvinceYear. */
const centresField = async (r: YearRef, _: unknown, ctx: Ctx) =>
  (await continuingEducationCentres(ctx.units, ctx.loaders, r)).filter((c): c is ContinuingEducationCentreRow => !!c);

function checkFirst(first: number | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
  return n;
}

function write(ds: Dataset<any>, mode: 'record' | 'import') {
  return (_: unknown, args: { input?: Record<string, unknown>; csv?: string; dryRun?: boolean }, ctx: Ctx) => {
    requireEditor(ctx.identity, 'education');
    const opts = { actor: ctx.identity.sub, dryRun: args.dryRun ?? false };
    if (mode === 'record') return recordOne(ctx.db, ctx.units, ds, args.input ?? {}, opts);
    return importCsv(ctx.db, ctx.units, ds, args.csv ?? '', opts);
  };
}

export const resolvers = {
  Query: {
    ...scoringQueries,
    targets: (_: unknown, { filter }: { filter?: { year?: number | null; department?: string | null; indicator?: string | null } }, ctx: Ctx) => {
      if (filter?.year !== undefined && filter.year !== null) assertYear(filter.year);
      return new TargetStore(ctx.db).list(filter ?? {});
    },
    target: (_: unknown, { id }: { id: string }, ctx: Ctx) => ctx.loaders.targetById.load(id),
    educationStatistics: async (_: unknown, a: { year: number; districtCode?: string | null }, ctx: Ctx) => {
      assertYear(a.year);
      if (a.districtCode && !ctx.units.district(a.districtCode)) throw notFound('District', a.districtCode);
      const codes = a.districtCode ? ctx.units.districtTerritory(a.districtCode, a.year) : undefined;
      const rows = await new EducationStore(ctx.db).statisticsOfYear(a.year, codes);
      return rows.map((r) => ({ communeCode: r.communeCode, year: r.year, counts: { ...r, reportingUnits: 1, source: sourceOf(r) } }));
    },
    continuingEducationCentres: (_: unknown, a: { year: number; districtCode?: string | null }, ctx: Ctx) => {
      assertYear(a.year);
      return new EducationStore(ctx.db).continuingEducationCentres([a.year], a.districtCode ? [a.districtCode] : undefined);
    },
    steeringCommittees: (_: unknown, a: { level?: SteeringCommitteeLevel | null }, ctx: Ctx) =>
      new EducationStore(ctx.db).steeringCommittees(undefined, a.level ?? undefined),
    educationAudit: (_: unknown, a: { entityKey?: string; batchId?: string; first?: number }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the education audit trail');
      return new AuditStore(ctx.db).list({ entityKey: a.entityKey, batchId: a.batchId, first: checkFirst(a.first) });
    },
  },

  Mutation: {
    recordEducationStatistics: write(statisticsDataset, 'record'),
    recordCommunityLearningCentre: write(learningCentreDataset, 'record'),
    recordContinuingEducationCentre: write(continuingEducationCentreDataset, 'record'),
    recordSteeringCommittee: write(steeringCommitteeDataset, 'record'),
    importEducationStatisticsCsv: write(DATASETS.statistics, 'import'),
    importCommunityLearningCentresCsv: write(DATASETS['learning-centres'], 'import'),
    importContinuingEducationCentresCsv: write(DATASETS['continuing-education-centres'], 'import'),
    importSteeringCommitteesCsv: write(DATASETS['steering-committees'], 'import'),
  },

  ProgrammeTarget: {
    subShareOf: (t: ProgrammeTargetRow, _: unknown, ctx: Ctx) => (t.subShareOf ? ctx.loaders.targetById.load(t.subShareOf) : null),
    source: () => TARGET_SOURCE,
  },

  CommuneYear: { __resolveReference: (ref: CommuneYearRef) => ref, ...yearFields, ...learningSocietyYearFields },
  DistrictYear: {
    __resolveReference: (ref: DistrictYearRef) => ref, ...yearFields, ...learningSocietyYearFields,
    continuingEducationCentres: centresField, districtCommitteesOnTime: districtCommitteesField,
  },
  ProvinceYear: {
    __resolveReference: (ref: ProvinceYearRef) => ref, ...yearFields, ...learningSocietyYearFields,
    continuingEducationCentres: centresField, districtCommitteesOnTime: districtCommitteesField,
  },

  CommunityLearningCentre: { source: (r: LearningCentreRow) => sourceOf(r) },
  ContinuingEducationCentre: { source: (r: ContinuingEducationCentreRow) => sourceOf(r) },
  SteeringCommittee: {
    deadline: (c: SteeringCommitteeRow) => STEERING_COMMITTEE_DEADLINES[c.level] ?? null,
    onTime: (c: SteeringCommitteeRow) => establishedOnTime(c),
    source: (c: SteeringCommitteeRow) => sourceOf(c),
  },
};

