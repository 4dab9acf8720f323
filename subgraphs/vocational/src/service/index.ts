import { type ImportUpload,
  auditPage, departmentWrites, AuditStore, assertYear, notFound, pageSize, requireReader, rowsOfTerritory,
  indicatorListAsAsked, territoryLocked, territoryOf, withPreviousYear, type ConnectionArgs, type UnitYearFacts, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { VocationalContext } from '../resolvers/context';
import { labourForce, trainingProviders, vocationalCourses } from '../datasets';
import { labourForceFigures, labourIndicators, trainingFigures, vocationalIndicators, type TerritoryRows } from '../indicators';
import { vocationalStore } from '../store';

/**
 * The vocational department's rules in one place: who may read what, who may write, and how. Aggregates on the
 * year entities are open to every caller the gateway lets in; row-level lists need a signed-in role; writes need
 * editor:vocational (unlocking: admin). The department holds no personal data (trainees are counted, not named).
 * Writing is the shared kit driven by the datasets of src/datasets.
 */
type Ctx = VocationalContext;

const { locks, upsert, remove, importCsv } = departmentWrites('vocational');

function communesOfDistrict(ctx: Ctx, districtCode: string | null | undefined, year: number): string[] | undefined {
  if (!districtCode) return undefined;
  if (!ctx.units.district(districtCode)) throw notFound('District', districtCode);
  return ctx.units.districtTerritory(districtCode, year);
}

// ---- row-level reading ----

export const reading = {
  providers(ctx: Ctx, a: { districtCode?: string | null; kind?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'training providers');
    return vocationalStore(ctx.db).providers.page({ districtCode: a.districtCode, kind: a.kind }, a);
  },
  provider(ctx: Ctx, code: string) {
    requireReader(ctx.identity, 'training providers');
    return ctx.loaders.providerByCode.load(code);
  },
  async courses(ctx: Ctx, a: { year: number; providerCode?: string | null; districtCode?: string | null; level?: string | null; ruralLabourProgramme?: boolean | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'vocational courses');
    assertYear(a.year);
    pageSize(a.first);
    const store = vocationalStore(ctx.db);
    let providerCodes: string[] | undefined;
    if (a.districtCode) providerCodes = await store.providers.codesOfDistrict(a.districtCode);
    if (a.providerCode) providerCodes = providerCodes ? providerCodes.filter((c) => c === a.providerCode) : [a.providerCode];
    return store.courses.page({ year: a.year, providerCodes, level: a.level, ruralLabourProgramme: a.ruralLabourProgramme }, a);
  },
  async course(ctx: Ctx, code: string) {
    requireReader(ctx.identity, 'vocational courses');
    return (await vocationalStore(ctx.db).courses.byCodes([code]))[0] ?? null;
  },
  enrolmentRows(ctx: Ctx, a: { year: number; districtCode?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'course enrolment rows');
    assertYear(a.year);
    return vocationalStore(ctx.db).courses.enrolmentPage({ year: a.year, communeCodes: communesOfDistrict(ctx, a.districtCode, a.year) }, a);
  },
  labourForceRows(ctx: Ctx, a: { year: number; districtCode?: string | null } & ConnectionArgs) {
    requireReader(ctx.identity, 'labour-force rows');
    assertYear(a.year);
    return vocationalStore(ctx.db).labourForce.page({ year: a.year, communeCodes: communesOfDistrict(ctx, a.districtCode, a.year) }, a);
  },
  audit(ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null; beforeId?: number | null }) {
    requireReader(ctx.identity, 'the vocational audit trail');
    return new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, after: a.beforeId ?? undefined, first: pageSize(a.first ?? 50) });
  },
  auditTrail(ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null; after?: string | null }) {
    requireReader(ctx.identity, 'the vocational audit trail');
    return auditPage(ctx.db, a, a);
  },
  periodLocks(ctx: Ctx, a: { year?: number | null }) {
    return locks(ctx).list(ctx.identity, { year: a.year });
  },
};

// ---- aggregates on the year entities ----

/** The rows of every reporting commune of a year entity, through the per-request loaders (batched across entities): the figures' source. */
async function territoryRows(ctx: Ctx, ref: YearRef): Promise<TerritoryRows> {
  const t = territoryOf(ctx.units, ref);
  const [labour, training, yearHasCourses] = await Promise.all([
    rowsOfTerritory(ctx.loaders.labourForceByCommuneYear, t),
    rowsOfTerritory(ctx.loaders.trainingGroupsByCommuneYear, t),
    ctx.loaders.yearHasCourses.load(t.year),
  ]);
  return { labour, training: training.map((g) => g ?? []), yearHasCourses };
}

/** The indicator facts of every reporting commune of a year entity: one indexed statement per batch across entities. */
function territoryFacts(ctx: Ctx, ref: YearRef): Promise<Array<UnitYearFacts | null>> {
  const t = territoryOf(ctx.units, ref);
  // load() per key, not loadMany(): a failed batch must fail the answer, not read as "no data" (see rowsOfTerritory).
  return Promise.all(t.communeCodes.map((unitCode) => ctx.loaders.factsByUnitYear.load({ unitCode, year: t.year })));
}

/** The VOC_* list of a year entity from its communes' facts. */
const indicatorsOf = async (ctx: Ctx, ref: YearRef) => vocationalIndicators(await territoryFacts(ctx, ref));

/** The VOC_* list with each value of the year before over the same territory (both years in one loader batch). */
const indicatorsWithPreviousYear = (ctx: Ctx, ref: YearRef) => withPreviousYear(ref, (r) => indicatorsOf(ctx, r));

export const yearFigures = {
  labourForce: async (ctx: Ctx, ref: YearRef) => labourForceFigures(await territoryRows(ctx, ref)),
  training: async (ctx: Ctx, ref: YearRef) => trainingFigures(await territoryRows(ctx, ref)),
  labourIndicators: async (ctx: Ctx, ref: YearRef) => labourIndicators(await indicatorsWithPreviousYear(ctx, ref)),
  /** The VOC_* list; the year before only when previousValue is asked (the score's @requires does not ask it). */
  indicators: (ctx: Ctx, ref: YearRef, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, (r) => indicatorsOf(ctx, r)),
  /** Locked over the entity's territory: a whole-province lock, or a lock on each district its communes reported to. */
  async locked(ctx: Ctx, ref: YearRef): Promise<boolean> {
    const t = territoryOf(ctx.units, ref);
    return territoryLocked(ctx.units, t, await ctx.loaders.periodLocksByYear.load(t.year));
  },
};

// ---- writing ----


export const writing = {
  upsertProvider: (ctx: Ctx, input: object) => upsert(ctx, trainingProviders, input),
  upsertCourse: (ctx: Ctx, input: object) => upsert(ctx, vocationalCourses, input),
  upsertLabourForce: (ctx: Ctx, input: object) => upsert(ctx, labourForce, input),
  deleteCourse: (ctx: Ctx, code: string) => remove(ctx, vocationalCourses, { code }),
  deleteEnrolment: (ctx: Ctx, a: { courseCode: string; communeCode: string; sex: string; ethnicGroup: string }) =>
    remove(ctx, vocationalCourses, { code: a.courseCode, communeCode: a.communeCode, sex: a.sex, ethnicGroup: a.ethnicGroup }),
  deleteLabourForce: (ctx: Ctx, a: { communeCode: string; year: number }) => remove(ctx, labourForce, a),
  importProviders: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, trainingProviders, csv, dryRun, upload),
  importCourses: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, vocationalCourses, csv, dryRun, upload),
  importLabourForce: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, labourForce, csv, dryRun, upload),
  lock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).unlock(ctx.identity, a, a.note),
};
