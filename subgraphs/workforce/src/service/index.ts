import { type ImportUpload,
  departmentWrites, AuditStore, assertYear, badInput, col, connectionOfList, parseValue, locksCover, pageSize, requireReader,
  indicatorListAsAsked, territoryLocked, territoryOf, yearEnd,
  type ConnectionArgs, type Dataset, type WriteOutcome, type YearRef,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { WorkforceContext } from '../resolvers/context';
import { positionStandards, qualifications, roster, trainingRecords } from '../datasets';
import { indicatorList, scopeOf, workforceIndicators, type WorkforceIndicatorCode, type WorkforceIndicatorValues } from '../indicators';
import { TARGETS } from '../indicators/targets';
import { KINDS_WITH_LANGUAGE } from '../datasets/reference-lists';
import { workforceStore, type PersonRow } from '../store';
import { PERSONAL_FIELDS, auditView, requirePersonalData } from './privacy';

/**
 * The workforce department's rules in one place: who may read what, who may write, and how. Aggregates on the
 * year entities are open to every caller the gateway lets in; the roster, its rows and the audit trail need a
 * signed-in role; a person's fullName and dateOfBirth need workforce:pii (refused on that field only, the rest of
 * the answer stands), and the audit trail masks them without it; writes need editor:workforce (unlocking: admin).
 * Writing is the shared kit driven by the datasets of src/datasets.
 */
type Ctx = WorkforceContext;

const DEMO_LABEL = 'SYNTHETIC demo roster unless imported: counts come from the roster of Sở Nội vụ as stored in this subgraph';

const kit = departmentWrites('workforce');
const { locks } = kit;
const rosterReader = (ctx: Ctx) => requireReader(ctx.identity, 'the cadre roster');

/** Posting units of a filter: one unit, or a district's office and its communes. */
function unitCodesOf(ctx: Ctx, f: { unitCode?: string | null; districtCode?: string | null }): string[] | undefined {
  let unitCodes: string[] | undefined;
  if (f.unitCode) unitCodes = [f.unitCode];
  if (f.districtCode) {
    if (!ctx.units.district(f.districtCode)) throw badInput(`"${f.districtCode}" is not a district code`, { field: 'filter.districtCode' });
    const inDistrict = [f.districtCode, ...new Set(ctx.units.communesValidOn().filter((c) => c.parentCode === f.districtCode).map((c) => c.code))];
    unitCodes = unitCodes ? unitCodes.filter((c) => inDistrict.includes(c)) : inDistrict;
  }
  return unitCodes;
}

// ---- row-level reading (roster, its rows, audit) ----

export const reading = {
  people(ctx: Ctx, a: { filter?: { unitCode?: string | null; districtCode?: string | null; position?: string | null; postedOn?: string | null } | null } & ConnectionArgs) {
    rosterReader(ctx);
    const f = a.filter ?? {};
    pageSize(a.first);
    if (f.postedOn && !parseValue(col.date({ allowFuture: true }), f.postedOn).ok) throw badInput(`filter.postedOn must be a calendar date YYYY-MM-DD, got "${f.postedOn}"`, { field: 'filter.postedOn' });
    return workforceStore(ctx.db).people.page({ unitCodes: unitCodesOf(ctx, f), position: f.position, postedOn: f.postedOn }, a);
  },
  async person(ctx: Ctx, personCode: string) {
    rosterReader(ctx);
    return (await workforceStore(ctx.db).people.byCodes([personCode]))[0] ?? null;
  },
  postings(ctx: Ctx, a: { unitCode?: string | null; districtCode?: string | null; position?: string | null } & ConnectionArgs) {
    rosterReader(ctx);
    pageSize(a.first);
    return workforceStore(ctx.db).postings.page({ unitCodes: unitCodesOf(ctx, a), position: a.position }, a);
  },
  qualifications(ctx: Ctx, a: { personCode?: string | null; kind?: string | null } & ConnectionArgs) {
    rosterReader(ctx);
    return workforceStore(ctx.db).qualifications.page(a, a);
  },
  trainingRecords(ctx: Ctx, a: { personCode?: string | null } & ConnectionArgs) {
    rosterReader(ctx);
    return workforceStore(ctx.db).trainings.page(a, a);
  },
  positionStandards(ctx: Ctx) {
    return workforceStore(ctx.db).standards.all();
  },
  /** A person's personal field: FORBIDDEN without workforce:pii (GraphQL nulls that field only). */
  personal(ctx: Ctx, p: PersonRow, field: 'fullName' | 'dateOfBirth') {
    requirePersonalData(ctx.identity, field);
    return p[field];
  },
  postingsOf: (ctx: Ctx, personCode: string) => ctx.loaders.postingsByPerson.load(personCode),
  qualificationsOf: (ctx: Ctx, personCode: string) => ctx.loaders.qualificationsByPerson.load(personCode),
  trainingsOf: (ctx: Ctx, personCode: string) => ctx.loaders.trainingsByPerson.load(personCode),
  async audit(ctx: Ctx, a: { entityKey?: string | null; batchId?: string | null; first?: number | null; beforeId?: number | null }) {
    requireReader(ctx.identity, 'the workforce audit trail');
    const records = await new AuditStore(ctx.db).list({ entityKey: a.entityKey ?? undefined, batchId: a.batchId ?? undefined, after: a.beforeId ?? undefined, first: pageSize(a.first ?? 50) });
    return auditView(ctx.identity, records);
  },
  periodLocks(ctx: Ctx, a: { year?: number | null }) {
    return locks(ctx).list(ctx.identity, { year: a.year });
  },
};

// ---- aggregates on the year entities ----

const entityKey = (ref: YearRef) =>
  'communeCode' in ref ? `C|${ref.communeCode}|${ref.boundaries}|${ref.year}` : 'districtCode' in ref ? `D|${ref.districtCode}|${ref.year}` : `P|${ref.provinceCode}|${ref.year}`;

/** The indicators of a year entity, computed once per request (every typed field and the list share them). */
function indicatorsOf(ctx: Ctx, ref: YearRef): Promise<WorkforceIndicatorValues> {
  const key = entityKey(ref);
  let cached = ctx.loaders.indicatorsByEntity.get(key);
  if (!cached) {
    cached = computeIndicators(ctx, ref);
    ctx.loaders.indicatorsByEntity.set(key, cached);
  }
  return cached;
}

/** Facts of every unit of the scope through the per-request loader (batched across entities: one statement). */
async function computeIndicators(ctx: Ctx, ref: YearRef): Promise<WorkforceIndicatorValues> {
  assertYear(ref.year);
  const scope = scopeOf(ctx.units, territoryOf(ctx.units, ref), {
    districtCode: 'districtCode' in ref ? ref.districtCode : undefined, provinceCode: 'provinceCode' in ref ? ref.provinceCode : undefined,
  });
  const codes = [...scope.communeCodes, ...scope.officeCodes];
  // load() per key, not loadMany(): a failed batch must fail the answer, not read as "no data" (see rowsOfTerritory).
  const loaded = await Promise.all(codes.map((unitCode) => ctx.loaders.factsByUnitYear.load({ unitCode, year: scope.year })));
  const byUnit = new Map(codes.map((c, i) => [c, loaded[i]]));
  return workforceIndicators(ctx.units, scope, (code) => byUnit.get(code) ?? null);
}

export const yearFigures = {
  /** The WF_* list; the year before only when previousValue is asked (the score's @requires does not ask it). */
  indicators: (ctx: Ctx, ref: YearRef, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, async (r) => indicatorList(await indicatorsOf(ctx, r))),
  async ratio(ctx: Ctx, ref: YearRef, code: WorkforceIndicatorCode) {
    const v = (await indicatorsOf(ctx, ref))[code];
    return { numerator: v.numerator, denominator: v.denominator, value: v.value, target: TARGETS[code].target, targetYear: TARGETS[code].year };
  },
  asOf: (ref: YearRef) => yearEnd(ref.year),
  dataLabel: () => DEMO_LABEL,
  /**
   * Locked over the entity's territory: a whole-province lock, or a lock on each district its communes reported to.
   * The province's figures also count the provincial offices, which only a whole-province lock covers.
   */
  async locked(ctx: Ctx, ref: YearRef): Promise<boolean> {
    const t = territoryOf(ctx.units, ref);
    const locks = await ctx.loaders.periodLocksByYear.load(t.year);
    return 'provinceCode' in ref ? locksCover(locks, []) : territoryLocked(ctx.units, t, locks);
  },
  /** People posted in the commune-year's units on 31 December, each once, in personCode order, paged. */
  async people(ctx: Ctx, ref: YearRef & { communeCode: string }, a: { position?: string | null; first?: number | null; after?: string | null }) {
    rosterReader(ctx);
    pageSize(a.first);
    assertYear(ref.year);
    const t = territoryOf(ctx.units, ref);
    const lists = await ctx.loaders.postingsByUnitYear.loadMany(t.communeCodes.map((unitCode) => ({ unitCode, year: ref.year })));
    // A person holding two posts there (e.g. party cell secretary and village head) is listed once.
    const people = new Map<string, PersonRow>();
    for (const l of lists) {
      if (l instanceof Error) throw l;
      for (const p of l) if (!a.position || p.position === a.position) people.set(p.personCode, p.person);
    }
    return connectionOfList([...people.values()], a, (p) => [p.personCode]);
  },
};

// ---- writing ----

/**
 * Problems about a personal field do not repeat its value (an editor need not hold workforce:pii): the kit's
 * messages quote what was sent (a bad date, a conflicting name), so they are replaced by a neutral one here.
 */
function withoutPersonalValues(outcome: WriteOutcome): WriteOutcome {
  const personal = (p: { field: string }) => (PERSONAL_FIELDS as readonly string[]).includes(p.field);
  // The preview's changes never repeat personal values either (the field is named, the values are not).
  const changes = outcome.changes.map((c) => ({ ...c, fields: c.fields.map((f) => (personal(f) ? { ...f, before: f.before === null ? null : '(personal data)', after: f.after === null ? null : '(personal data)' } : f)) }));
  if (!outcome.problems.some(personal)) return { ...outcome, changes };
  return { ...outcome, changes, problems: outcome.problems.map((p) => (personal(p) ? { ...p, message: `${p.code}: the value is personal data and is not repeated here` } : p)) };
}

const upsert = (ctx: Ctx, ds: Dataset<any>, input: object) => kit.upsert(ctx, ds, input).then(withoutPersonalValues);
const remove = kit.remove;
const importCsv = (ctx: Ctx, ds: Dataset<any>, csv: string, dryRun: boolean | null | undefined, upload?: ImportUpload) => kit.importCsv(ctx, ds, csv, dryRun, upload).then(withoutPersonalValues);

export const writing = {
  upsertPerson: (ctx: Ctx, input: object) => upsert(ctx, roster, input),
  recordQualification: (ctx: Ctx, input: object) => upsert(ctx, qualifications, input),
  recordTraining: (ctx: Ctx, input: object) => upsert(ctx, trainingRecords, input),
  setPositionStandard: (ctx: Ctx, input: object) => upsert(ctx, positionStandards, input),
  importRoster: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, roster, csv, dryRun, upload),
  importQualifications: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, qualifications, csv, dryRun, upload),
  importTrainings: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, trainingRecords, csv, dryRun, upload),
  importStandards: (ctx: Ctx, csv: string, dryRun?: boolean | null, upload?: ImportUpload) => importCsv(ctx, positionStandards, csv, dryRun, upload),
  /** The person and their postings (one roster dataset); refused while qualifications or training records remain. */
  deletePerson: (ctx: Ctx, a: { personCode: string }) => remove(ctx, roster, { personCode: a.personCode }),
  deletePosting: (ctx: Ctx, a: { personCode: string; postedFrom: string }) => remove(ctx, roster, { personCode: a.personCode, postedFrom: a.postedFrom }),
  /** The language names one qualification of FOREIGN_LANGUAGE and ETHNIC_LANGUAGE; the other kinds have none. */
  deleteQualification: (ctx: Ctx, a: { personCode: string; kind: string; level: string; language?: string | null }) => {
    if ((KINDS_WITH_LANGUAGE as readonly string[]).includes(a.kind) && !a.language) throw badInput(`language is required to delete a ${a.kind} qualification`, { field: 'language' });
    return remove(ctx, qualifications, { personCode: a.personCode, kind: a.kind, level: a.level, ...(a.language ? { language: a.language } : {}) });
  },
  deleteTrainingRecord: (ctx: Ctx, a: { personCode: string; course: string; startedOn: string }) =>
    remove(ctx, trainingRecords, { personCode: a.personCode, course: a.course, startedOn: a.startedOn }),
  lock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).lock(ctx.identity, a, a.note),
  unlock: (ctx: Ctx, a: { year: number; districtCode?: string | null; unitCode?: string | null; note?: string | null }) => locks(ctx).unlock(ctx.identity, a, a.note),
};

