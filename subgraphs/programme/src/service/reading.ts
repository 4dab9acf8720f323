import {
  AuditStore, SYNTHETIC_LABEL, assertYear, badInput, canReadAggregates, combineProvenance, forbidden, requireReader, rowProvenance, territoryLocked, territoryOf,
  type ConnectionArgs, type DistrictYearRef, type Provenance, type ProvinceYearRef, type SubgraphContext,
} from '@lsp/shared';
import { AGENCIES, TASKS, dueIn, overdueAt, type ProgrammeTask } from '../catalogue';
import type { ProgrammeLoaders } from '../loaders';
import { FUNDING_SOURCES, ProgrammeStore, RESPONDENT_GROUPS, SURVEY_TOPICS, TRAINEE_ROLES, type Activities, type FundingRow, type TaskReportRow } from '../store';

/**
 * Who may read what in programme, and how: the agencies and tasks of section V are a published catalogue (open);
 * on the year entities, the task standings and the money by source are aggregates (every caller with a role); the
 * flat tables and the audit trail need a signed-in role. Writing rules are in ./writing.ts.
 */
type Ctx = SubgraphContext<ProgrammeLoaders>;
type Ref = DistrictYearRef | ProvinceYearRef;

const IMPORTED_LABEL = 'IMPORTED: entered through the programme mutations or CSV import';
export const dataLabel = (row: { synthetic: boolean }) => (row.synthetic ? SYNTHETIC_LABEL : IMPORTED_LABEL);
const provenanceLabel = (p: Provenance | null) => (p === null ? 'No data' : p === 'SYNTHETIC' ? SYNTHETIC_LABEL : p === 'MIXED' ? `Mixed: ${SYNTHETIC_LABEL}; and imported rows` : IMPORTED_LABEL);

function readAggregates(ctx: Ctx): void {
  if (!canReadAggregates(ctx.identity)) throw forbidden('Reading programme figures needs a role');
}

/** One task's standing at the end of a year: its report of that year, when it fell due, whether it is overdue. */
export interface TaskStanding {
  task: ProgrammeTask;
  year: number;
  due: string | null;
  status: string;
  overdue: boolean;
  report: TaskReportRow | null;
}

export function standings(year: number, reports: TaskReportRow[]): TaskStanding[] {
  return TASKS.map((task) => {
    const own = reports.filter((r) => r.taskId === task.id);
    const report = own.find((r) => r.year === year) ?? null;
    return { task, year, due: dueIn(task, year), status: report?.status ?? 'NOT_REPORTED', overdue: overdueAt(task, year, own), report };
  });
}

/** Money by source over some funding rows (the unit's own, or the province's and every district's). */
export function fundingTotals(rows: FundingRow[]) {
  return FUNDING_SOURCES.map((source) => {
    const of = rows.filter((r) => r.source === source);
    const sum = (f: (r: FundingRow) => number) => (of.length ? of.reduce((s, r) => s + f(r), 0) : null);
    const provenance = combineProvenance(of.map((r) => rowProvenance(r.synthetic)));
    return { source, planned: sum((r) => r.planned), allocated: sum((r) => r.allocated), spent: sum((r) => r.spent), unitsReporting: new Set(of.map((r) => r.unitCode)).size, provenance, dataLabel: provenanceLabel(provenance) };
  });
}

/** The units whose money a year entity sums: a district's own rows; for the province, its own ("14") and every district's of the year. */
function fundingUnits(ctx: Ctx, ref: Ref): string[] {
  if ('districtCode' in ref) return [ref.districtCode];
  return [ref.provinceCode, ...(ref.year <= 2024 ? ctx.units.reportingDistricts(ref.year).map((d) => d.code) : [])];
}

async function fundingRows(ctx: Ctx, ref: Ref): Promise<FundingRow[]> {
  readAggregates(ctx);
  return (await Promise.all(fundingUnits(ctx, ref).map((unitCode) => ctx.loaders.fundingByUnitYear.load({ unitCode, year: ref.year })))).flat();
}

async function yearStandings(ctx: Ctx, year: number): Promise<TaskStanding[]> {
  readAggregates(ctx);
  return standings(year, await ctx.loaders.reportsUpTo.load(year));
}

/** The districts whose activities a year entity sums (a district itself; the province, every district of the year). */
function activityDistricts(ctx: Ctx, ref: Ref): string[] {
  if ('districtCode' in ref) return [ref.districtCode];
  return ref.year <= 2024 ? ctx.units.reportingDistricts(ref.year).map((d) => d.code) : [];
}

async function activities(ctx: Ctx, ref: Ref): Promise<Activities[]> {
  readAggregates(ctx);
  return Promise.all(activityDistricts(ctx, ref).map((unitCode) => ctx.loaders.activitiesByDistrictYear.load({ unitCode, year: ref.year })));
}

const labelOf = (rows: Array<{ synthetic: boolean }>) => provenanceLabel(combineProvenance(rows.map((r) => rowProvenance(r.synthetic))));

/** The Lifelong Learning Week summed over the districts that reported it; null counts when none did (never zero). */
export function learningWeekTotal(list: Activities[], expected: number) {
  const rows = list.flatMap((a) => a.weeks);
  const sum = (f: (r: Activities['weeks'][number]) => number) => (rows.length ? rows.reduce((s, r) => s + f(r), 0) : null);
  return {
    events: sum((r) => r.events), participantsPupils: sum((r) => r.participantsPupils), participantsCadres: sum((r) => r.participantsCadres),
    participantsWorkers: sum((r) => r.participantsWorkers), participantsOther: sum((r) => r.participantsOther),
    participants: sum((r) => r.participantsPupils + r.participantsCadres + r.participantsWorkers + r.participantsOther),
    unitsReporting: rows.length, unitsExpected: expected, dataLabel: labelOf(rows),
  };
}

/** Respondents by group and topic, over the districts that surveyed (only the pairs someone answered). */
export function learningNeedTotals(list: Activities[]) {
  const rows = list.flatMap((a) => a.needs);
  return RESPONDENT_GROUPS.flatMap((respondentGroup) => SURVEY_TOPICS.map((topic) => {
    const of = rows.filter((r) => r.respondentGroup === respondentGroup && r.topic === topic);
    return of.length ? { respondentGroup, topic, respondents: of.reduce((s, r) => s + r.respondents, 0), unitsReporting: of.length, dataLabel: labelOf(of) } : null;
  })).filter((x): x is NonNullable<typeof x> => x !== null);
}

/** Trainings by role of the trainees, over the districts that reported them. */
export function trainingTotals(list: Activities[]) {
  const rows = list.flatMap((a) => a.trainings);
  return TRAINEE_ROLES.map((traineeRole) => {
    const of = rows.filter((r) => r.traineeRole === traineeRole);
    return { traineeRole, sessions: of.length ? of.reduce((s, r) => s + r.sessions, 0) : null, trainees: of.length ? of.reduce((s, r) => s + r.trainees, 0) : null, unitsReporting: of.length, dataLabel: labelOf(of) };
  });
}

export const yearEntityFields = {
  lifelongLearningWeek: async (ref: Ref, _: unknown, ctx: Ctx) => learningWeekTotal(await activities(ctx, ref), activityDistricts(ctx, ref).length),
  learningNeeds: async (ref: Ref, _: unknown, ctx: Ctx) => learningNeedTotals(await activities(ctx, ref)),
  clcTrainings: async (ref: Ref, _: unknown, ctx: Ctx) => trainingTotals(await activities(ctx, ref)),
  programmeLocked: async (ref: Ref, _: unknown, ctx: Ctx) => {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
  programmeFunding: async (ref: Ref, _: unknown, ctx: Ctx) => fundingTotals(await fundingRows(ctx, ref)),
  clcSupportSpent: async (ref: Ref, _: unknown, ctx: Ctx) => fundingTotals(await fundingRows(ctx, ref)).find((f) => f.source === 'TT96_CLC_SUPPORT')!.spent,
};

export const provinceFields = {
  programmeTasks: (ref: ProvinceYearRef, a: { agencyCode?: string | null }, ctx: Ctx) =>
    yearStandings(ctx, ref.year).then((list) => list.filter((s) => !a.agencyCode || s.task.agencyCode === a.agencyCode)),
  overdueProgrammeTasks: (ref: ProvinceYearRef, _: unknown, ctx: Ctx) => yearStandings(ctx, ref.year).then((list) => list.filter((s) => s.overdue)),
};

export const reading = {
  agencies: () => [...AGENCIES],
  tasks: (a: { clause?: string | null; agencyCode?: string | null }) => TASKS.filter((t) => (!a.clause || t.clause === a.clause) && (!a.agencyCode || t.agencyCode === a.agencyCode)),
  taskReports: (ctx: Ctx, a: { year: number; taskId?: string | null } & ConnectionArgs) => {
    requireReader(ctx.identity, 'task reports');
    assertYear(a.year);
    return new ProgrammeStore(ctx.db).reportPage({ year: a.year, taskId: a.taskId?.toUpperCase() ?? undefined }, a);
  },
  funding: (ctx: Ctx, a: { year: number; unitCode?: string | null; source?: string | null } & ConnectionArgs) => {
    requireReader(ctx.identity, 'programme funding');
    assertYear(a.year);
    return new ProgrammeStore(ctx.db).fundingPage({ year: a.year, unitCode: a.unitCode ?? undefined, source: a.source ?? undefined }, a);
  },
  audit: (ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null }) => {
    requireReader(ctx.identity, 'the programme audit trail');
    const first = a.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw badInput('first must be between 1 and 1000', { field: 'first' });
    return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, first });
  },
};
