import { type ImportUpload,
  departmentWrites, asksSubfield,
  SYNTHETIC_LABEL, assertYear, notFound, requireReader, territoryLocked, territoryOf,
  type ConnectionArgs, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { EducationContext } from '../resolvers/context';
import { communityLearningCentres, continuingEducationCentres, educationStatistics, steeringCommittees } from '../datasets';
import { STEERING_COMMITTEE_DEADLINES, establishedOnTime } from '../indicators';
import {
  SOURCE_RECORDED, continuingEducationCentres as centresOf, educationCounts, educationIndicatorList, educationRates, flexibleLearning,
  learningCentreSummary, literacy, preschool, steeringCommittees as committeesOf,
} from '../indicators/year-figures';
import { educationStore, type ContinuingEducationCentreRow, type EducationStatisticsRow, type SteeringCommitteeLevel, type SteeringCommitteeRow, type TargetFilter } from '../store';

/**
 * The education department's rules in one place: who may read what, who may write, and how. The target
 * catalogue, the scoring models and the aggregates on the year entities are open to every caller the gateway
 * lets in; row-level lists and the audit trail need a signed-in role; writes need editor:education (unlocking:
 * admin). The department holds no personal data (pupils and learners are counted, not named). Writing is the
 * shared kit driven by the datasets of src/datasets.
 */
type Ctx = EducationContext;

const { locks, upsert, remove, importCsv } = departmentWrites('education');

/** SYNTHETIC label for generated demo rows, else who recorded them. */
export const sourceOf = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : SOURCE_RECORDED);

function communesOfDistrict(ctx: Ctx, districtCode: string | null | undefined, year: number): string[] | undefined {
  if (!districtCode) return undefined;
  if (!ctx.units.district(districtCode)) throw notFound('District', districtCode);
  return ctx.units.districtTerritory(districtCode, year);
}

// ---- reading: reference data (open) and row-level lists (signed-in roles) ----

export const reading = {
  targets(ctx: Ctx, filter: TargetFilter) {
    if (filter.year !== undefined && filter.year !== null) assertYear(filter.year);
    return educationStore(ctx.db).targets.list(filter);
  },
  target: (ctx: Ctx, id: string) => ctx.loaders.targetById.load(id),
  statistics(ctx: Ctx, a: { year: number; districtCode?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'education statistics rows');
    assertYear(a.year);
    return educationStore(ctx.db).statistics.page({ year: a.year, communeCodes: communesOfDistrict(ctx, a.districtCode, a.year) }, a);
  },
  learningCentres(ctx: Ctx, a: { year: number; districtCode?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'community learning centre rows');
    assertYear(a.year);
    return educationStore(ctx.db).learningCentres.page({ year: a.year, communeCodes: communesOfDistrict(ctx, a.districtCode, a.year) }, a);
  },
  continuingEducationCentres(ctx: Ctx, a: { year: number; districtCode?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'continuing-education centre rows');
    assertYear(a.year);
    if (a.districtCode && !ctx.units.district(a.districtCode)) throw notFound('District', a.districtCode);
    return educationStore(ctx.db).continuingEducationCentres.page({ year: a.year, districtCode: a.districtCode ?? undefined }, a);
  },
  steeringCommittees(ctx: Ctx, a: { level?: SteeringCommitteeLevel | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'steering committees');
    return educationStore(ctx.db).steeringCommittees.page({ level: a.level ?? undefined }, a);
  },
  audit(ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null; after?: string | null }) {
    requireReader(ctx.identity, 'the education audit trail');
    return educationStore(ctx.db).audit.page(a, a);
  },
  periodLocks: (ctx: Ctx, a: { year?: number | null }) => locks(ctx).list(ctx.identity, { year: a.year }),
};

// ---- aggregates on the year entities ----

export const yearFigures = {
  /** The EDU_* list; the year before only when previousValue is asked. */
  indicators: (ctx: Ctx, r: YearRef, info?: GraphQLResolveInfo) => educationIndicatorList(ctx.units, ctx.loaders, r, asksSubfield(info, 'previousValue')),
  preschool: (ctx: Ctx, r: YearRef) => preschool(ctx.units, ctx.loaders, r),
  grade1Entry: async (ctx: Ctx, r: YearRef) => (await educationRates(ctx.units, ctx.loaders, r, { statistics: true })).EDU_GRADE1_AGE6,
  flexibleLearning: (ctx: Ctx, r: YearRef) => flexibleLearning(ctx.units, ctx.loaders, r),
  literacy: (ctx: Ctx, r: YearRef) => literacy(ctx.units, ctx.loaders, r),
  centresAlsoVocational: async (ctx: Ctx, r: YearRef) => (await educationRates(ctx.units, ctx.loaders, r, { centres: true })).EDU_CEC_ALSO_VOCATIONAL,
  communeCommitteesOnTime: async (ctx: Ctx, r: YearRef) => (await educationRates(ctx.units, ctx.loaders, r, { committees: true })).EDU_COMMUNE_COMMITTEE_ON_TIME,
  /** V.11 district committees of a DistrictYear or ProvinceYear (a commune has none). */
  districtCommitteesOnTime: async (ctx: Ctx, r: YearRef) => (await educationRates(ctx.units, ctx.loaders, r, { committees: true })).EDU_DISTRICT_COMMITTEE_ON_TIME,
  async steeringCommittees(ctx: Ctx, r: YearRef): Promise<SteeringCommitteeRow[]> {
    const c = await committeesOf(ctx.units, ctx.loaders, r);
    return [...c.DISTRICT, ...c.COMMUNE].filter((x): x is SteeringCommitteeRow => !!x);
  },
  counts: (ctx: Ctx, r: YearRef) => educationCounts(ctx.units, ctx.loaders, r),
  learningCentres: (ctx: Ctx, r: YearRef) => learningCentreSummary(ctx.units, ctx.loaders, r),
  /** District continuing-education centres of a DistrictYear or ProvinceYear. */
  continuingEducationCentres: async (ctx: Ctx, r: YearRef) => (await centresOf(ctx.units, ctx.loaders, r)).filter((c): c is ContinuingEducationCentreRow => !!c),
  /** Locked over the entity's territory: a whole-province lock, or a lock on each district its communes reported to. */
  async locked(ctx: Ctx, ref: YearRef): Promise<boolean> {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
};

/** What a stored statistics row shows: its counts (one reporting unit) with their source. */
export const statisticsCounts = (r: EducationStatisticsRow) => ({ ...r, reportingUnits: 1, source: sourceOf(r) });

export const committeeFacts = {
  deadline: (c: SteeringCommitteeRow) => STEERING_COMMITTEE_DEADLINES[c.level] ?? null,
  onTime: (c: SteeringCommitteeRow) => establishedOnTime(c),
};

// ---- writing ----


export const writing = {
  recordStatistics: (ctx: Ctx, input: object) => upsert(ctx, educationStatistics, input),
  recordLearningCentre: (ctx: Ctx, input: object) => upsert(ctx, communityLearningCentres, input),
  recordContinuingEducationCentre: (ctx: Ctx, input: object) => upsert(ctx, continuingEducationCentres, input),
  recordSteeringCommittee: (ctx: Ctx, input: object) => upsert(ctx, steeringCommittees, input),
  importStatistics: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, educationStatistics, csv, dryRun, upload),
  importLearningCentres: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, communityLearningCentres, csv, dryRun, upload),
  importContinuingEducationCentres: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, continuingEducationCentres, csv, dryRun, upload),
  importSteeringCommittees: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, steeringCommittees, csv, dryRun, upload),
  deleteStatistics: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, educationStatistics, a),
  deleteLearningCentre: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, communityLearningCentres, a),
  deleteContinuingEducationCentre: (ctx: Ctx, a: { districtCode: string; year: number }) => remove(ctx, continuingEducationCentres, a),
  deleteSteeringCommittee: (ctx: Ctx, a: { level: string; unitCode: string }) => remove(ctx, steeringCommittees, a),
  lock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).unlock(ctx.identity, a, a.note),
};
