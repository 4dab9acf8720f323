import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, forbidden, canReadAggregates, requireReader, territoryOf,
  withPreviousYear, type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type SubgraphContext, type Territory, type YearRef,
  territoryLocked,
  type ConnectionArgs,
} from '@lsp/shared';
import { listsOfTerritory, type AwardsLoaders } from '../loaders';
import { AssessmentStore, CommendationStore, RecognitionCountStore, type AssessmentRow, type CommendationRow, type RecognitionCountRow } from '../store';
import {
  CRITERIA_SETS, TITLES, criteriaSetByCode, criteriaSetFor, criteriaSetsOf, coversYear, titleByCode, titlesOfIndicator,
  type AwardsIndicatorCode, type CriteriaSet, type EmulationTitle, type TitleSubject,
} from '../domain/catalogue';
import { awardsIndicators, commendationSummary, gradeCounts, indicatorShare, titleShare, type RecognitionShare, type TerritoryRows } from '../domain/indicators';
import { writing } from '../service/writing';

type Ctx = SubgraphContext<AwardsLoaders>;

const IMPORTED_LABEL = 'IMPORTED: entered through the awards mutations or CSV import';
const dataLabel = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : IMPORTED_LABEL);

function readAggregates(ctx: Ctx): void {
  if (!canReadAggregates(ctx.identity)) throw forbidden('Reading awards figures needs a role');
}

// ---- year entities: rows of the territory through the per-request loaders ----

async function territoryRows(ctx: Ctx, ref: YearRef): Promise<TerritoryRows & { territory: Territory }> {
  readAggregates(ctx);
  const territory = territoryOf(ctx.units, ref);
  const [counts, assessments] = await Promise.all([
    listsOfTerritory(ctx.loaders.recognitionCountsByCommuneYear, territory),
    listsOfTerritory(ctx.loaders.assessmentsByCommuneYear, territory),
  ]);
  return { year: ref.year, counts, assessments, territory };
}

/** The share's data label says whether the rows behind it are SYNTHETIC, imported, or both. */
function withLabel(share: RecognitionShare, flat: Array<{ synthetic: boolean }>) {
  const label = flat.length === 0 ? 'No data' : flat.every((r) => r.synthetic) ? SYNTHETIC_LABEL : flat.some((r) => r.synthetic) ? `Mixed: ${SYNTHETIC_LABEL}; and imported rows` : IMPORTED_LABEL;
  return { ...share, dataLabel: label };
}

async function indicatorShareOf(ctx: Ctx, ref: YearRef, code: AwardsIndicatorCode) {
  const t = await territoryRows(ctx, ref);
  const titles = titlesOfIndicator(code).map((x) => x.code);
  const rows = code === 'AW_LEARNING_UNITS' ? t.assessments.flat() : t.counts.flat();
  return withLabel(indicatorShare(code, t), rows.filter((r) => titles.includes(r.titleCode)));
}

const yearEntityFields = {
  awardsLocked: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
  awardsIndicators: (ref: YearRef, _: unknown, ctx: Ctx) => withPreviousYear(ref, async (r) => awardsIndicators(await territoryRows(ctx, r))),
  studiousFamilies: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_STUDIOUS_FAMILIES'),
  learningClans: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_CLANS'),
  learningVillages: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_VILLAGES'),
  learningUnits: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_UNITS'),
  cultureHealthLearningVillages: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const t = await territoryRows(ctx, ref);
    return withLabel(titleShare('BAN_VAN_HOA_SUC_KHOE_HOC_TAP', t), t.counts.flat().filter((r) => r.titleCode === 'BAN_VAN_HOA_SUC_KHOE_HOC_TAP'));
  },
  assessmentGrades: async (ref: YearRef, a: { titleCode?: string }, ctx: Ctx) => gradeCounts((await territoryRows(ctx, ref)).assessments, a.titleCode ?? 'CONG_DONG_HOC_TAP_XA'),
  commendations: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    readAggregates(ctx);
    return commendationSummary(await listsOfTerritory(ctx.loaders.commendationsByCommuneYear, territoryOf(ctx.units, ref)));
  },
};

// ---- views of catalogue entries and rows ----

const assessmentView = (r: AssessmentRow) => ({ ...r, subject: titleByCode(r.titleCode)?.subject ?? 'UNIT', cursor: `${r.subjectCode}|${r.titleCode}`, dataLabel: dataLabel(r) });

const commendationView = (r: CommendationRow) => ({ ...r, dataLabel: dataLabel(r) });

function pageSize(first: number | undefined, max = 1000): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return n;
}

/** Reporting communes of a year selected by commune or district code (undefined = no filter). */
function communeFilter(ctx: Ctx, year: number, communeCode?: string, districtCode?: string): string[] | undefined {
  if (communeCode) return [communeCode];
  if (districtCode) {
    if (!ctx.units.district(districtCode)) throw badInput(`District ${districtCode} is not a Sơn La district`, { field: 'districtCode' });
    return ctx.units.districtTerritory(districtCode, year);
  }
  return undefined;
}

export const resolvers = {
  Query: {
    emulationTitles: (_: unknown, a: { subject?: TitleSubject }) => TITLES.filter((t) => !a.subject || t.subject === a.subject),
    emulationTitle: (_: unknown, a: { code: string }) => titleByCode(a.code) ?? null,
    criteriaSet: (_: unknown, a: { code: string }) => criteriaSetByCode(a.code) ?? null,
    criteriaSets: (_: unknown, a: { titleCode?: string; year?: number }) =>
      CRITERIA_SETS.filter((s) => (!a.titleCode || s.titleCode === a.titleCode) && (a.year === undefined || a.year === null || coversYear(s, a.year)))
        .slice()
        .sort((x, y) => x.validFromYear - y.validFromYear || x.code.localeCompare(y.code)),
    recognitionCounts: async (_: unknown, a: { year: number; titleCode?: string; communeCode?: string; districtCode?: string } & ConnectionArgs, ctx: Ctx) => {
      readAggregates(ctx);
      assertYear(a.year);
      return new RecognitionCountStore(ctx.db).page({ year: a.year, titleCode: a.titleCode?.toUpperCase(), communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
    },
    assessments: async (_: unknown, a: { year: number; titleCode?: string; communeCode?: string; districtCode?: string } & ConnectionArgs, ctx: Ctx) => {
      requireReader(ctx.identity, 'assessments');
      assertYear(a.year);
      const page = await new AssessmentStore(ctx.db).page({ year: a.year, titleCode: a.titleCode?.toUpperCase(), communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
      return { ...page, nodes: page.nodes.map(assessmentView) };
    },
    commendations: async (
      _: unknown,
      a: { year: number; communeCode?: string; districtCode?: string; level?: string; learningSocietyCriterion?: boolean } & ConnectionArgs,
      ctx: Ctx,
    ) => {
      requireReader(ctx.identity, 'commendations');
      assertYear(a.year);
      const page = await new CommendationStore(ctx.db).page({
        year: a.year, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode), level: a.level, learningSocietyCriterion: a.learningSocietyCriterion ?? undefined,
      }, a);
      return { ...page, nodes: page.nodes.map(commendationView) };
    },
    awardsAudit: (_: unknown, a: { entityKey?: string; batchId?: string; first?: number }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the awards audit trail');
      return new AuditStore(ctx.db).list({ entityKey: a.entityKey, batchId: a.batchId, first: pageSize(a.first ?? 50) });
    },
    awardsPeriodLocks: (_: unknown, a: { year?: number | null }, ctx: Ctx) => writing.periodLocks(ctx, a.year),
  },

  Mutation: {
    recordRecognitionCount: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordRecognitionCount(ctx, a.input),
    recordAssessment: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordAssessment(ctx, a.input),
    recordCommendation: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => writing.recordCommendation(ctx, a.input),
    importRecognitionCountsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => writing.importRecognitionCounts(ctx, a.csv, a.dryRun),
    importAssessmentsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => writing.importAssessments(ctx, a.csv, a.dryRun),
    importCommendationsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => writing.importCommendations(ctx, a.csv, a.dryRun),
    deleteRecognitionCount: (_: unknown, a: { communeCode: string; year: number; titleCode: string }, ctx: Ctx) => writing.deleteRecognitionCount(ctx, a),
    deleteAssessment: (_: unknown, a: { subjectCode: string; year: number; titleCode: string }, ctx: Ctx) => writing.deleteAssessment(ctx, a),
    deleteCommendation: (_: unknown, a: { reference: string }, ctx: Ctx) => writing.deleteCommendation(ctx, a.reference),
    lockAwardsPeriod: (_: unknown, a: { year: number; districtCode?: string | null; note?: string | null }, ctx: Ctx) => writing.lock(ctx, a),
    unlockAwardsPeriod: (_: unknown, a: { year: number; districtCode?: string | null; note?: string | null }, ctx: Ctx) => writing.unlock(ctx, a),
  },

  EmulationTitle: {
    criteriaSets: (t: EmulationTitle) => criteriaSetsOf(t.code),
    criteriaSetFor: (t: EmulationTitle, a: { year: number }) => criteriaSetFor(t.code, a.year) ?? null,
  },

  TitleCriteriaSet: {
    title: (s: CriteriaSet) => titleByCode(s.titleCode),
  },

  RecognitionCount: {
    title: (r: RecognitionCountRow) => titleByCode(r.titleCode),
    criteriaSet: (r: RecognitionCountRow) => criteriaSetByCode(r.criteriaSetCode),
    dataLabel: (r: RecognitionCountRow) => dataLabel(r),
  },

  Assessment: {
    title: (r: AssessmentRow) => titleByCode(r.titleCode),
    criteriaSet: (r: AssessmentRow) => criteriaSetByCode(r.criteriaSetCode),
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    ...yearEntityFields,
    recognitionCounts: async (ref: CommuneYearRef, _: unknown, ctx: Ctx) => (await territoryRows(ctx, ref)).counts.flat(),
    assessments: async (ref: CommuneYearRef, a: { titleCode?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'assessments');
      return (await territoryRows(ctx, ref)).assessments.flat().filter((r) => !a.titleCode || r.titleCode === a.titleCode).map(assessmentView);
    },
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
