import type { DataSource } from 'typeorm';
import type { AdminUnits } from '../admin-units';
import { requireReader, type Department, type Identity } from '../identity';
import type { Dataset } from './dataset';
import { describeDataset, dueDate } from './describe';
import { ReportingWorkflow, reportingStates, type ReportingPeriodView } from './reporting';
import { checkPeriod } from './locks';
import { communesOfReportingUnit, reportingUnit, reportingUnitsOfYear } from './reporting-units';
import { submissionChanges } from './submission-changes';

/**
 * What every department with datasets publishes for intake (docs/intake-contract.md), generated here from its
 * dataset definitions so that no department writes it by hand and the gateway imports no department code:
 * `<dept>Datasets` (descriptions for templates and the page), the reporting workflow (`<dept>ReportingPeriods`,
 * `submit/approve/return/unapprove<Dept>Period`) and the reporting rates on DistrictYear and ProvinceYear
 * (`<dept>Reporting`). The SDL below is declared verbatim in the department's schema.graphql (a contract test
 * checks it) and the resolvers are added by the subgraph bootstrap (SubgraphDefinition.intake).
 */
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export function intakeSdl(department: Department): string {
  const D = cap(department);
  return `extend type Query {
  "The ${department} datasets as the intake templates and page need them (columns, keys, labels, template version). Open to every caller: it is metadata."
  ${department}Datasets: [DatasetDescription!]!
  "Where each reporting unit of a year stands in the ${department} reporting workflow (OPEN when untouched); one unit with unitCode. Needs a signed-in role."
  ${department}ReportingPeriods(year: Int!, unitCode: String): [ReportingPeriod!]!
  "What a reporting unit changed in one ${department} dataset of a year since the period was last approved, per row and field (before → after, from the audit trail); paged, newest first. Needs a signed-in role."
  ${department}SubmissionChanges(dataset: String!, year: Int!, unitCode: String!, "Page size, 1–500." first: Int = 100, "pageInfo.endCursor of the previous page." after: String): SubmissionChangeConnection!
}

extend type Mutation {
  "Submits a reporting unit's ${department} data of a year for approval (role reporter:${department}:<unitCode> or editor:${department}); refused with HAS_ERRORS while its stored rows have problems. Freezes the unit's writes (PERIOD_SUBMITTED)."
  submit${D}Period(year: Int!, unitCode: String!, comment: String, "Data-quality warnings acknowledged (audited with the submission; needs a comment)." acknowledgedWarnings: [String!]): ReportingResult!
  "Approves a submitted unit-year (role approver:${department}): this locks the period (PERIOD_LOCKED)."
  approve${D}Period(year: Int!, unitCode: String!, comment: String): ReportingResult!
  "Returns a submitted unit-year to its reporter with a comment (role approver:${department}): the unit may edit and submit again."
  return${D}Period(year: Int!, unitCode: String!, comment: String!): ReportingResult!
  "Unapproves an approved unit-year (role admin only): removes its lock, OPEN again."
  unapprove${D}Period(year: Int!, unitCode: String!, comment: String): ReportingResult!
}

extend type DistrictYear {
  "Reporting rates of the ${department} datasets for this district and year (DHIS2 completeness and timeliness); empty when the district did not report that year."
  ${department}Reporting: [DatasetReporting!]!
}

extend type ProvinceYear {
  "Reporting rates of the ${department} datasets for every reporting unit of the year (districts until 2024, communes from 2025)."
  ${department}Reporting: [DatasetReporting!]!
}`;
}

export interface DatasetReportingView {
  department: string;
  dataset: string;
  kebabName: string;
  year: number;
  unitCode: string;
  unitName: string;
  unitsExpected: number;
  unitsReporting: number;
  completeness: number;
  state: string;
  dueDate: string;
  submittedAt: string | null;
  timeliness: 'ON_TIME' | 'LATE' | 'PENDING';
}

export function timelinessOf(submittedAt: string | null, due: string, now = new Date().toISOString()): DatasetReportingView['timeliness'] {
  const deadline = `${due}T23:59:59.999Z`;
  if (submittedAt) return submittedAt <= deadline ? 'ON_TIME' : 'LATE';
  return now > deadline ? 'LATE' : 'PENDING';
}

/** The units (communes or districts) holding at least one row of a dataset for a year: one statement. */
async function unitsWithRows(db: DataSource, ds: Dataset<any>, year: number): Promise<Set<string>> {
  const fact = [...ds.tables].reverse().find((t) => Object.values(t.fields).includes(ds.unitField!))!;
  const propOf = (field: string) => Object.entries(fact.fields).find(([, f]) => f === field)?.[0];
  const meta = db.getMetadata(fact.entity);
  const col = (prop: string) => meta.findColumnWithPropertyName(prop)!.databaseName;
  const rows: Array<{ unit: string }> = await db.getRepository(fact.entity).createQueryBuilder('t')
    .select(`DISTINCT t.${col(propOf(ds.unitField!)!)}`, 'unit')
    .where(`t.${col(propOf(ds.yearField!)!)} = :year`, { year }).getRawMany();
  return new Set(rows.map((r) => String(r.unit)));
}

/**
 * Completeness and timeliness of a department for a year: per counted dataset and reporting unit, the units
 * expected (the communes the unit had that year, or the district itself), those with rows, and the workflow
 * state with its submission against the dataset's due date. A few statements per year, whatever the number of units.
 */
export async function reportingRates(db: DataSource, department: Department, units: AdminUnits, datasets: Array<Dataset<any>>, year: number): Promise<DatasetReportingView[]> {
  const states = new Map((await reportingStates(db, department, units, year)).map((s) => [s.unitCode, s]));
  const out: DatasetReportingView[] = [];
  const reporting = reportingUnitsOfYear(units, year);
  for (const ds of datasets) {
    if (ds.counts === 'NONE') continue;
    if (ds.counts === 'DISTRICT' && reporting.some((u) => u.level !== 'DISTRICT')) continue;
    const received = await unitsWithRows(db, ds, year);
    const due = dueDate(ds, year);
    for (const u of reporting) {
      const expected = ds.counts === 'DISTRICT' ? [u.code] : communesOfReportingUnit(units, year, u.code);
      const got = expected.filter((c) => received.has(c)).length;
      const s = states.get(u.code) as ReportingPeriodView;
      out.push({
        department, dataset: ds.name, kebabName: ds.kebabName, year, unitCode: u.code, unitName: u.name,
        unitsExpected: expected.length, unitsReporting: got,
        completeness: expected.length ? Math.round((got / expected.length) * 1000) / 10 : 0,
        state: s.state, dueDate: due, submittedAt: s.submittedAt, timeliness: timelinessOf(s.submittedAt, due),
      });
    }
  }
  return out;
}

interface Ctx {
  db: DataSource;
  units: AdminUnits;
  identity: Identity;
}

/** Per-request memo of a year's rates (DistrictYear entities of one request share one computation per year). */
const ratesMemo = new WeakMap<object, Map<number, Promise<DatasetReportingView[]>>>();
function ratesOf(ctx: Ctx & { loaders?: object }, department: Department, datasets: Array<Dataset<any>>, year: number) {
  const key = (ctx.loaders ?? ctx) as object;
  let byYear = ratesMemo.get(key);
  if (!byYear) ratesMemo.set(key, (byYear = new Map()));
  let p = byYear.get(year);
  if (!p) byYear.set(year, (p = reportingRates(ctx.db, department, ctx.units, datasets, year)));
  return p;
}

/** The resolvers of intakeSdl(department), for the subgraph bootstrap. */
export function intakeResolvers(department: Department, datasets: Array<Dataset<any>>) {
  const D = cap(department);
  const flow = (ctx: Ctx) => new ReportingWorkflow(ctx.db, department, ctx.units, datasets);
  type A = { year: number; unitCode: string; comment?: string | null; acknowledgedWarnings?: string[] | null };
  type C = { dataset: string; year: number; unitCode: string; first?: number | null; after?: string | null };
  return {
    Query: {
      [`${department}Datasets`]: () => datasets.map((ds) => describeDataset(ds)),
      [`${department}ReportingPeriods`]: (_: unknown, a: { year: number; unitCode?: string | null }, ctx: Ctx) => flow(ctx).periods(ctx.identity, a.year, a.unitCode),
      [`${department}SubmissionChanges`]: (_: unknown, a: C, ctx: Ctx) => {
        requireReader(ctx.identity, 'submission changes');
        checkPeriod(ctx.units, { year: a.year, unitCode: a.unitCode });
        return submissionChanges(ctx.db, department, ctx.units, datasets, a);
      },
    },
    Mutation: {
      [`submit${D}Period`]: (_: unknown, a: A, ctx: Ctx) => flow(ctx).submit(ctx.identity, a.year, a.unitCode, a.comment, a.acknowledgedWarnings),
      [`approve${D}Period`]: (_: unknown, a: A, ctx: Ctx) => flow(ctx).approve(ctx.identity, a.year, a.unitCode, a.comment),
      [`return${D}Period`]: (_: unknown, a: A, ctx: Ctx) => flow(ctx).return(ctx.identity, a.year, a.unitCode, a.comment ?? ''),
      [`unapprove${D}Period`]: (_: unknown, a: A, ctx: Ctx) => flow(ctx).unapprove(ctx.identity, a.year, a.unitCode, a.comment),
    },
    DistrictYear: {
      [`${department}Reporting`]: async (ref: { districtCode: string; year: number }, _: unknown, ctx: Ctx) => {
        const year = Number(ref.year);
        if (!reportingUnit(ctx.units, year, ref.districtCode)) return [];
        return (await ratesOf(ctx, department, datasets, year)).filter((r) => r.unitCode === ref.districtCode);
      },
    },
    ProvinceYear: {
      [`${department}Reporting`]: (ref: { year: number }, _: unknown, ctx: Ctx) => ratesOf(ctx, department, datasets, Number(ref.year)),
    },
    DatasetDescription: {
      dueDate: (d: { name: string }, a: { year: number }) => dueDate(datasets.find((ds) => ds.name === d.name)!, a.year),
    },
    ReportingPeriod: {
      history: (p: ReportingPeriodView, _: unknown, ctx: Ctx) => flow(ctx).history(p.year, p.unitCode),
    },
  };
}
