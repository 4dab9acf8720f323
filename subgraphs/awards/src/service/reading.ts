import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, forbidden, canReadAggregates, requireReader, territoryLocked, territoryOf,
  indicatorListAsAsked, type ConnectionArgs, type SubgraphContext, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { listsOfTerritory, type AwardsLoaders } from '../loaders';
import { AssessmentStore, CommendationStore, RecognitionCountStore, type AssessmentRow, type CommendationRow } from '../store';
import {
  CRITERIA_SETS, TITLES, coversYear, titleByCode,
  type AwardsIndicatorCode, type TitleSubject,
} from '../datasets/titles';
import { awardsIndicators, commendationSummary, gradeCounts, indicatorShare, titleShare, type RecognitionShare, type TerritoryFacts, type TerritoryRows } from '../indicators';

/**
 * Who may read what in awards, and how it is read: aggregates on the year entities for every caller the gateway
 * lets in (anonymous included when allowed), row-level lists (assessments, commendations, the audit trail) for
 * signed-in roles. Awards holds no personal data beyond the names of commended people and collectives, which are
 * published decisions. Writing rules are in ./writing.ts.
 */
type Ctx = SubgraphContext<AwardsLoaders>;

const IMPORTED_LABEL = 'IMPORTED: entered through the awards mutations or CSV import';
const dataLabel = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : IMPORTED_LABEL);

function readAggregates(ctx: Ctx): void {
  if (!canReadAggregates(ctx.identity)) throw forbidden('Reading awards figures needs a role');
}

// ---- year entities: facts, or rows, of the territory through the per-request loaders ----

/** The indicator facts of the reporting communes of a year entity (batched across entities: one statement). */
async function territoryFacts(ctx: Ctx, ref: YearRef): Promise<TerritoryFacts> {
  readAggregates(ctx);
  const territory = territoryOf(ctx.units, ref);
  // load() per key, not loadMany(): a failed batch must fail the answer, not read as "no data" (see rowsOfTerritory).
  const facts = await Promise.all(territory.communeCodes.map((unitCode) => ctx.loaders.factsByUnitYear.load({ unitCode, year: territory.year })));
  return { year: ref.year, facts };
}

/** The recognition counts of the reporting communes of a year entity, one list per commune (fields needing the rows). */
export async function territoryCounts(ctx: Ctx, ref: YearRef): Promise<Pick<TerritoryRows, 'year' | 'counts'>> {
  readAggregates(ctx);
  return { year: ref.year, counts: await listsOfTerritory(ctx.loaders.recognitionCountsByCommuneYear, territoryOf(ctx.units, ref)) };
}

/** The assessments of the reporting communes of a year entity, one list per commune (grades and the row lists). */
async function territoryAssessments(ctx: Ctx, ref: YearRef): Promise<TerritoryRows['assessments']> {
  readAggregates(ctx);
  return listsOfTerritory(ctx.loaders.assessmentsByCommuneYear, territoryOf(ctx.units, ref));
}

/**
 * The share's data label says whether the rows behind it are SYNTHETIC, imported, or both: its provenance (all
 * rows synthetic: SYNTHETIC, none: IMPORTED, else MIXED; no rows: none).
 */
function withLabel(share: RecognitionShare) {
  const p = share.provenance;
  const label = p === null ? 'No data' : p === 'SYNTHETIC' ? SYNTHETIC_LABEL : p === 'MIXED' ? `Mixed: ${SYNTHETIC_LABEL}; and imported rows` : IMPORTED_LABEL;
  return { ...share, dataLabel: label };
}

/** A share of the uniform list: the indicator's facts, with the title and criteria set in use and the targets. */
async function indicatorShareOf(ctx: Ctx, ref: YearRef, code: AwardsIndicatorCode) {
  return withLabel(indicatorShare(code, await territoryFacts(ctx, ref)));
}

export const yearEntityFields = {
  awardsLocked: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
  awardsIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, async (r) => awardsIndicators(await territoryFacts(ctx, r))),
  studiousFamilies: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_STUDIOUS_FAMILIES'),
  learningClans: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_CLANS'),
  learningVillages: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_VILLAGES'),
  learningUnits: (ref: YearRef, _: unknown, ctx: Ctx) => indicatorShareOf(ctx, ref, 'AW_LEARNING_UNITS'),
  // A title outside the uniform list: no fact; its share is computed from the rows by the same rules.
  cultureHealthLearningVillages: async (ref: YearRef, _: unknown, ctx: Ctx) => withLabel(titleShare('BAN_VAN_HOA_SUC_KHOE_HOC_TAP', await territoryCounts(ctx, ref))),
  assessmentGrades: async (ref: YearRef, a: { titleCode?: string }, ctx: Ctx) => gradeCounts(await territoryAssessments(ctx, ref), a.titleCode ?? 'CONG_DONG_HOC_TAP_XA'),
  commendations: async (ref: YearRef, _: unknown, ctx: Ctx) => {
    readAggregates(ctx);
    return commendationSummary(await listsOfTerritory(ctx.loaders.commendationsByCommuneYear, territoryOf(ctx.units, ref)));
  },
};

// ---- views of catalogue entries and rows ----

export const assessmentView = (r: AssessmentRow) => ({ ...r, subject: titleByCode(r.titleCode)?.subject ?? 'UNIT', cursor: `${r.subjectCode}|${r.titleCode}`, dataLabel: dataLabel(r) });

export const commendationView = (r: CommendationRow) => ({ ...r, dataLabel: dataLabel(r) });

function pageSize(first: number | null | undefined, max = 1000): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return n;
}

/** Reporting communes of a year selected by commune or district code (undefined = no filter). */
function communeFilter(ctx: Ctx, year: number, communeCode?: string | null, districtCode?: string | null): string[] | undefined {
  if (communeCode) return [communeCode];
  if (districtCode) {
    if (!ctx.units.district(districtCode)) throw badInput(`District ${districtCode} is not a Sơn La district`, { field: 'districtCode' });
    return ctx.units.districtTerritory(districtCode, year);
  }
  return undefined;
}


export const reading = {
  titles: (subject?: TitleSubject | null) => TITLES.filter((t) => !subject || t.subject === subject),
  criteriaSets: (a: { titleCode?: string | null; year?: number | null }) =>
    CRITERIA_SETS.filter((s) => (!a.titleCode || s.titleCode === a.titleCode) && (a.year === undefined || a.year === null || coversYear(s, a.year)))
      .slice()
      .sort((x, y) => x.validFromYear - y.validFromYear || x.code.localeCompare(y.code)),
  recognitionCounts: async (ctx: Ctx, a: { year: number; titleCode?: string | null; communeCode?: string | null; districtCode?: string | null } & ConnectionArgs) => {
    readAggregates(ctx);
    assertYear(a.year);
    return new RecognitionCountStore(ctx.db).page({ year: a.year, titleCode: a.titleCode?.toUpperCase(), communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
  },
  assessments: async (ctx: Ctx, a: { year: number; titleCode?: string | null; communeCode?: string | null; districtCode?: string | null } & ConnectionArgs) => {
    requireReader(ctx.identity, 'assessments');
    assertYear(a.year);
    const page = await new AssessmentStore(ctx.db).page({ year: a.year, titleCode: a.titleCode?.toUpperCase(), communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode) }, a);
    return { ...page, nodes: page.nodes.map(assessmentView) };
  },
  commendations: async (ctx: Ctx, a: { year: number; communeCode?: string | null; districtCode?: string | null; level?: string | null; learningSocietyCriterion?: boolean | null } & ConnectionArgs) => {
    requireReader(ctx.identity, 'commendations');
    assertYear(a.year);
    const page = await new CommendationStore(ctx.db).page({
      year: a.year, communeCodes: communeFilter(ctx, a.year, a.communeCode, a.districtCode), level: a.level ?? undefined, learningSocietyCriterion: a.learningSocietyCriterion ?? undefined,
    }, a);
    return { ...page, nodes: page.nodes.map(commendationView) };
  },
  audit: (ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null }) => {
    requireReader(ctx.identity, 'the awards audit trail');
    return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, first: pageSize(a.first ?? 50) });
  },
  /** A commune's own assessments on CommuneYear: row-level, so signed-in roles only. */
  async communeAssessments(ctx: Ctx, ref: YearRef, titleCode?: string | null) {
    requireReader(ctx.identity, 'assessments');
    return (await territoryAssessments(ctx, ref)).flat().filter((r) => !titleCode || r.titleCode === titleCode).map(assessmentView);
  },
  dataLabel,
};
