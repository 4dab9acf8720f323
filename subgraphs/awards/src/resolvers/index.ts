import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, forbidden, canReadAggregates, requireEditor, requireReader, territoryOf,
  indicatorListAsAsked, type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type SubgraphContext, type Territory, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { listsOfTerritory, type AwardsLoaders } from '../loaders';
import { AssessmentStore, CommendationStore, RecognitionCountStore, type AssessmentRow, type CommendationRow, type RecognitionCountRow } from '../store';
import {
  CRITERIA_SETS, TITLES, criteriaSetByCode, criteriaSetFor, criteriaSetsOf, coversYear, titleByCode, titlesOfIndicator,
  type AwardsIndicatorCode, type CriteriaSet, type EmulationTitle, type TitleSubject,
} from '../domain/catalogue';
import { awardsIndicators, commendationSummary, gradeCounts, indicatorShare, titleShare, type RecognitionShare, type TerritoryRows } from '../domain/indicators';
import { importCsv, writeOne, type ImportKind } from '../domain/imports';

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
  awardsIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, async (r) => awardsIndicators(await territoryRows(ctx, r))),
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

function assessmentCursor(after: string | undefined | null): { subjectCode: string; titleCode: string } | undefined {
  if (!after) return undefined;
  const [subjectCode, titleCode] = after.split('|');
  if (!subjectCode || !titleCode) throw badInput('after must be the cursor of an assessment ("<subjectCode>|<titleCode>")', { field: 'after' });
  return { subjectCode, titleCode };
}
const commendationView = (r: CommendationRow) => ({ ...r, dataLabel: dataLabel(r) });

async function mutate(ctx: Ctx, kind: ImportKind, input: Record<string, unknown>) {
  requireEditor(ctx.identity, 'awards');
  return writeOne(ctx.db, ctx.units, kind, input, { actor: ctx.identity.sub });
}

async function importFile(ctx: Ctx, kind: ImportKind, a: { csv: string; dryRun?: boolean }) {
  requireEditor(ctx.identity, 'awards');
  return importCsv(ctx.db, ctx.units, kind, a.csv, { actor: ctx.identity.sub, dryRun: a.dryRun ?? false });
}

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
    recognitionCounts: async (_: unknown, a: { year: number; titleCode?: string; communeCode?: string; districtCode?: string }, ctx: Ctx) => {
      readAggregates(ctx);
      assertYear(a.year);
      return new RecognitionCountStore(ctx.db).list({ year: a.year, titleCode: a.titleCode?.toUpperCase(), communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) });
    },
    assessments: async (_: unknown, a: { year: number; titleCode?: string; communeCode?: string; districtCode?: string; first?: number; after?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'assessments');
      assertYear(a.year);
      const rows = await new AssessmentStore(ctx.db).list({
        year: a.year, titleCode: a.titleCode, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode), after: assessmentCursor(a.after), first: pageSize(a.first),
      });
      return rows.map(assessmentView);
    },
    commendations: async (
      _: unknown,
      a: { year: number; communeCode?: string; districtCode?: string; level?: string; learningSocietyCriterion?: boolean; first?: number; after?: string },
      ctx: Ctx,
    ) => {
      requireReader(ctx.identity, 'commendations');
      assertYear(a.year);
      const rows = await new CommendationStore(ctx.db).list({
        year: a.year, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode), level: a.level,
        learningSocietyCriterion: a.learningSocietyCriterion ?? undefined, after: a.after, first: pageSize(a.first),
      });
      return rows.map(commendationView);
    },
    awardsAudit: (_: unknown, a: { entityKey?: string; batchId?: string; first?: number }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the awards audit trail');
      return new AuditStore(ctx.db).list({ entityKey: a.entityKey, batchId: a.batchId, first: pageSize(a.first ?? 50) });
    },
  },

  Mutation: {
    recordRecognitionCount: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => mutate(ctx, 'recognition-counts', a.input),
    recordAssessment: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => mutate(ctx, 'assessments', a.input),
    recordCommendation: (_: unknown, a: { input: Record<string, unknown> }, ctx: Ctx) => mutate(ctx, 'commendations', a.input),
    importRecognitionCountsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => importFile(ctx, 'recognition-counts', a),
    importAssessmentsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => importFile(ctx, 'assessments', a),
    importCommendationsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => importFile(ctx, 'commendations', a),
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
