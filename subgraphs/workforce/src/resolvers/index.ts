import {
  AuditStore, assertYear, indicatorListAsAsked, isCalendarDate, badInput, requireEditor, requireReader, territoryOf, yearEnd,
  type AdminUnits, type CommuneYearRef, type DistrictYearRef, type ProvinceYearRef, type SubgraphContext,
} from '@lsp/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { WorkforceLoaders } from '../loaders';
import { indicatorList, scopeOf, workforceIndicators, type WorkforceIndicatorCode, type WorkforceIndicatorValues, type WorkforceScope } from '../domain/indicators';
import { auditView, requirePersonalData } from '../domain/privacy';
import { TARGETS } from '../domain/targets';
import {
  importQualificationsCsv, importRosterCsv, importTrainingsCsv, writePositionStandard, writeRoster, writeQualifications, writeTrainings,
} from '../domain/writes';
import { WorkforceStore, type PersonRow, type PositionStandardRow, type PostingRow, type QualificationRow, type TrainingRecordRow, type UnitYearCounts } from '../store';

type Ctx = SubgraphContext<WorkforceLoaders>;
type YearRef = CommuneYearRef | DistrictYearRef | ProvinceYearRef;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEMO_LABEL_PREFIX = 'SYNTHETIC';

function pageSize(first: number | undefined, max = 1000): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return n;
}

function scopeOfRef(units: AdminUnits, ref: YearRef): WorkforceScope {
  assertYear(ref.year);
  const t = territoryOf(units, ref);
  return scopeOf(units, t, { districtCode: 'districtCode' in ref ? ref.districtCode : undefined, provinceCode: 'provinceCode' in ref ? ref.provinceCode : undefined });
}

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

/** Loads the counts of every unit of the scope through the per-request loader (batched across entities). */
async function computeIndicators(ctx: Ctx, ref: YearRef): Promise<WorkforceIndicatorValues> {
  const scope = scopeOfRef(ctx.units, ref);
  const codes = [...scope.communeCodes, ...scope.officeCodes];
  const loaded = await ctx.loaders.countsByUnitYear.loadMany(codes.map((communeCode) => ({ communeCode, year: scope.year })));
  const byUnit = new Map<string, UnitYearCounts | null>();
  loaded.forEach((r, i) => {
    if (r instanceof Error) throw r;
    byUnit.set(codes[i], r);
  });
  return workforceIndicators(ctx.units, scope, (code) => byUnit.get(code) ?? null);
}

const ratio = (code: WorkforceIndicatorCode) => async (ref: YearRef, _: unknown, ctx: Ctx) => {
  const v = (await indicatorsOf(ctx, ref))[code];
  return { numerator: v.numerator, denominator: v.denominator, value: v.value, target: TARGETS[code].target, targetYear: TARGETS[code].year };
};

/** A keyset page from up to first + 1 rows in personCode order (the extra row only says that a next page exists). */
function personPage(rows: PersonRow[], first: number, totalCount: number) {
  const nodes = rows.slice(0, first);
  return { nodes, endCursor: nodes.length ? nodes[nodes.length - 1].personCode : null, hasNextPage: rows.length > first, totalCount };
}

const yearFields = {
  workforceIndicators: (ref: YearRef, _: unknown, ctx: Ctx, info?: GraphQLResolveInfo) => indicatorListAsAsked(ref, info, async (r) => indicatorList(await indicatorsOf(ctx, r))),
  workforce: (ref: YearRef) => ref,
};

export const resolvers = {
  Query: {
    people: async (_: unknown, args: { filter?: { unitCode?: string; districtCode?: string; position?: string; postedOn?: string }; first?: number; after?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the cadre roster');
      const f = args.filter ?? {};
      const first = pageSize(args.first);
      if (f.postedOn && (!DATE.test(f.postedOn) || !isCalendarDate(f.postedOn))) throw badInput(`filter.postedOn must be a date YYYY-MM-DD, got "${f.postedOn}"`, { field: 'filter.postedOn' });
      let unitCodes: string[] | undefined;
      if (f.unitCode) unitCodes = [f.unitCode];
      if (f.districtCode) {
        if (!ctx.units.district(f.districtCode)) throw badInput(`"${f.districtCode}" is not a district code`, { field: 'filter.districtCode' });
        const inDistrict = [f.districtCode, ...new Set(ctx.units.communesValidOn().filter((c) => c.parentCode === f.districtCode).map((c) => c.code))];
        unitCodes = unitCodes ? unitCodes.filter((c) => inDistrict.includes(c)) : inDistrict;
      }
      const { rows, total } = await new WorkforceStore(ctx.db).listPeople({ unitCodes, position: f.position, postedOn: f.postedOn }, first + 1, args.after);
      return personPage(rows, first, total);
    },
    person: async (_: unknown, { personCode }: { personCode: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the cadre roster');
      const [row] = await new WorkforceStore(ctx.db).peopleByCodes([personCode]);
      return row ?? null;
    },
    positionStandards: (_: unknown, __: unknown, ctx: Ctx) => new WorkforceStore(ctx.db).positionStandards(),
    workforceAudit: async (_: unknown, args: { entityKey?: string; batchId?: string; first?: number }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the workforce audit trail');
      const records = await new AuditStore(ctx.db).list({ entityKey: args.entityKey, batchId: args.batchId, first: pageSize(args.first) });
      return auditView(ctx.identity, records);
    },
  },

  Mutation: {
    upsertPerson: (_: unknown, { input }: { input: Record<string, unknown> }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return writeRoster(ctx.db, ctx.units, [{ row: null, values: input }], { actor: ctx.identity.sub, source: `written by ${ctx.identity.sub}` });
    },
    recordQualification: (_: unknown, { input }: { input: Record<string, unknown> }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return writeQualifications(ctx.db, [{ row: null, values: input }], { actor: ctx.identity.sub, source: `written by ${ctx.identity.sub}` });
    },
    recordTraining: (_: unknown, { input }: { input: Record<string, unknown> }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return writeTrainings(ctx.db, [{ row: null, values: input }], { actor: ctx.identity.sub, source: `written by ${ctx.identity.sub}` });
    },
    importRosterCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return importRosterCsv(ctx.db, ctx.units, a.csv, { actor: ctx.identity.sub, dryRun: !!a.dryRun, source: `roster import by ${ctx.identity.sub}` });
    },
    importQualificationsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return importQualificationsCsv(ctx.db, a.csv, { actor: ctx.identity.sub, dryRun: !!a.dryRun, source: `qualifications import by ${ctx.identity.sub}` });
    },
    importTrainingRecordsCsv: (_: unknown, a: { csv: string; dryRun?: boolean }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return importTrainingsCsv(ctx.db, a.csv, { actor: ctx.identity.sub, dryRun: !!a.dryRun, source: `training import by ${ctx.identity.sub}` });
    },
    setPositionStandard: (_: unknown, { input }: { input: PositionStandardRow }, ctx: Ctx) => {
      requireEditor(ctx.identity, 'workforce');
      return writePositionStandard(ctx.db, { ...input }, ctx.identity.sub);
    },
  },

  Person: {
    fullName: (p: PersonRow, _: unknown, ctx: Ctx) => {
      requirePersonalData(ctx.identity, 'fullName');
      return p.fullName;
    },
    dateOfBirth: (p: PersonRow, _: unknown, ctx: Ctx) => {
      requirePersonalData(ctx.identity, 'dateOfBirth');
      return p.dateOfBirth;
    },
    postings: (p: PersonRow, _: unknown, ctx: Ctx) => ctx.loaders.postingsByPerson.load(p.personCode),
    qualifications: (p: PersonRow, _: unknown, ctx: Ctx) => ctx.loaders.qualificationsByPerson.load(p.personCode),
    trainings: (p: PersonRow, _: unknown, ctx: Ctx) => ctx.loaders.trainingsByPerson.load(p.personCode),
    dataLabel: (p: PersonRow) => p.source,
  },
  Posting: {
    dataLabel: (p: PostingRow) => p.source,
  },
  Qualification: {
    language: (q: QualificationRow) => q.language || null,
    supplementary: (q: QualificationRow) => Boolean(q.supplementary),
    dataLabel: (q: QualificationRow) => q.source,
  },
  TrainingRecord: {
    dataLabel: (t: TrainingRecordRow) => t.source,
  },
  PositionStandard: {
    requiresManagement: (s: PositionStandardRow) => Boolean(s.requiresManagement),
    requiresIt: (s: PositionStandardRow) => Boolean(s.requiresIt),
    requiresForeignLanguage: (s: PositionStandardRow) => Boolean(s.requiresForeignLanguage),
  },

  WorkforceFigures: {
    asOf: (ref: YearRef) => yearEnd(ref.year),
    villageLeadersLowerSecondary: ratio('WF_VILLAGE_LEADERS_LOWER_SECONDARY'),
    villageLeadersManagementAndPolitical: ratio('WF_VILLAGE_LEADERS_MANAGEMENT_POLITICAL'),
    keyCadresLowerSecondary: ratio('WF_KEY_CADRES_LOWER_SECONDARY'),
    keyCadresUpperSecondary: ratio('WF_KEY_CADRES_UPPER_SECONDARY'),
    keyCadresCollegeOrMore: ratio('WF_KEY_CADRES_COLLEGE'),
    cadresEthnicLanguage: ratio('WF_CADRES_ETHNIC_LANGUAGE'),
    civilServantsMeetingStandard: ratio('WF_CIVIL_SERVANTS_STANDARD'),
    dataLabel: () => `${DEMO_LABEL_PREFIX} demo roster unless imported: counts come from the roster of Sở Nội vụ as stored in this subgraph`,
  },

  CommuneYear: {
    __resolveReference: (ref: CommuneYearRef) => ref,
    ...yearFields,
    workforcePeople: async (ref: CommuneYearRef, args: { position?: string; first?: number; after?: string }, ctx: Ctx) => {
      requireReader(ctx.identity, 'the cadre roster');
      const first = pageSize(args.first);
      assertYear(ref.year);
      const t = territoryOf(ctx.units, ref);
      const lists = await ctx.loaders.postingsByUnitYear.loadMany(t.communeCodes.map((unitCode) => ({ unitCode, year: ref.year })));
      // A person holding two posts there (e.g. party cell secretary and village head) is listed once.
      const people = new Map<string, PersonRow>();
      for (const l of lists) {
        if (l instanceof Error) throw l;
        for (const p of l) if (!args.position || p.position === args.position) people.set(p.personCode, p.person);
      }
      const all = [...people.values()].sort((a, b) => (a.personCode < b.personCode ? -1 : a.personCode > b.personCode ? 1 : 0));
      const rest = args.after ? all.filter((p) => p.personCode > args.after!) : all;
      return personPage(rest.slice(0, first + 1), first, all.length);
    },
  },
  DistrictYear: {
    __resolveReference: (ref: DistrictYearRef) => ref,
    ...yearFields,
  },
  ProvinceYear: {
    __resolveReference: (ref: ProvinceYearRef) => ref,
    ...yearFields,
  },
};
