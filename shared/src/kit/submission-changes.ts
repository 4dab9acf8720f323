import type { DataSource } from 'typeorm';
import { AuditRecordEntity } from '../audit';
import type { AdminUnits } from '../admin-units';
import { badInput } from '../errors';
import type { Dataset } from './dataset';
import { communesOfReportingUnit } from './reporting-units';
import { reportingKey } from './reporting';

/**
 * What an approver opens: the changes a reporting unit made to one dataset of a year since the period was last
 * approved, per row and per field, before → after, read back from the audit trail the writer already keeps
 * (one record per changed row of the dataset's fact table, with the row's values before and after). Bounded:
 * at most SCAN_LIMIT audit records of the fact table are read (newest first, `truncated` says the rest were not),
 * and the answer is paged (`first`, at most 500; `after` the endCursor of the previous page). Two statements
 * per call whatever the number of communes: the unit's last approval, and the fact table's audit records after
 * it (narrowed by the unit's codes in the natural key, or in the audited row when the key does not hold the
 * unit), nothing per row.
 */
export interface SubmissionFieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface SubmissionChange {
  id: number;
  at: string;
  actor: string;
  action: string;
  batchId: string | null;
  key: string;
  fields: SubmissionFieldChange[];
}

export interface SubmissionChangesView {
  department: string;
  dataset: string;
  year: number;
  unitCode: string;
  since: string | null;
  totalCount: number;
  truncated: boolean;
  nodes: SubmissionChange[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const SCAN_LIMIT = 5000;
const MAX_FIRST = 500;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'boolean' ? String(v) : String(v));
const same = (a: unknown, b: unknown) => text(a) === text(b) || (a !== null && b !== null && a !== undefined && b !== undefined && a !== '' && b !== '' && Number(a) === Number(b) && !Number.isNaN(Number(a)));

export async function submissionChanges(
  db: DataSource, department: string, units: AdminUnits, datasets: Array<Dataset<any>>,
  args: { dataset: string; year: number; unitCode: string; first?: number | null; after?: string | null },
): Promise<SubmissionChangesView> {
  const ds = datasets.find((d) => d.name === args.dataset || d.kebabName === args.dataset);
  if (!ds) throw badInput(`no ${department} dataset "${args.dataset}" (see ${department}Datasets)`, { field: 'dataset' });
  if (!ds.unitField || !ds.period) throw badInput(`${ds.name} has no reporting unit: its changes are not a unit's submission`, { field: 'dataset' });
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw badInput(`first must be between 1 and ${MAX_FIRST}`, { field: 'first' });
  let afterId: number | null = null;
  if (args.after) {
    afterId = /^\d+$/.test(args.after) ? Number(args.after) : NaN;
    if (!Number.isFinite(afterId)) throw badInput(`after "${args.after}" is not a cursor of this list (pass pageInfo.endCursor)`, { field: 'after' });
  }
  const audit = db.getRepository(AuditRecordEntity);
  const approval = await audit.findOne({
    where: { entity: 'ReportingPeriod', entityKey: reportingKey(department, args.year, args.unitCode), action: 'approve' }, order: { id: 'DESC' },
  });
  const sinceId = approval ? Number(approval.id) : 0;
  const fact = [...ds.tables].reverse().find((t) => Object.values(t.fields).includes(ds.unitField!))!;
  // Narrow by the unit's codes in the natural key where the key holds the unit (a LIKE per code, one statement);
  // the row's period (year and unit, the dataset's own rule) decides below.
  const unitProp = Object.entries(fact.fields).find(([, f]) => f === ds.unitField)![0];
  const at = fact.key.indexOf(unitProp);
  const codes = [...new Set([...communesOfReportingUnit(units, args.year, args.unitCode), args.unitCode])];
  const qb = audit.createQueryBuilder('a').where('a.entity = :entity', { entity: fact.auditEntity }).andWhere('a.id > :since', { since: sinceId })
    .andWhere('a.action IN (:...actions)', { actions: ['insert', 'update', 'delete'] });
  if (at >= 0 && codes.length <= 200) {
    const like = codes.map((_, i) => `a.entity_key LIKE :k${i}`).join(' OR ');
    qb.andWhere(`(${like})`, Object.fromEntries(codes.map((c, i) => [`k${i}`, fact.key.map((_, j) => (j === at ? c : '%')).join('|')])));
  } else if (codes.length <= 200) {
    // The unit is not in the key (a roster posting: person and start date): narrow by the unit's value in the
    // audited row (the writer's JSON of the row, `"unitCode":"03682"`), before or after.
    const like = codes.map((_, i) => `a.after_json LIKE :j${i} OR a.before_json LIKE :j${i}`).join(' OR ');
    qb.andWhere(`(${like})`, Object.fromEntries(codes.map((c, i) => [`j${i}`, `%${JSON.stringify(unitProp)}:${JSON.stringify(c)}%`])));
  }
  const records = await qb.orderBy('a.id', 'DESC').take(SCAN_LIMIT + 1).getMany();
  const truncated = records.length > SCAN_LIMIT;
  const fieldOf = (prop: string) => fact.fields[prop];
  const mine: SubmissionChange[] = [];
  for (const r of records.slice(0, SCAN_LIMIT)) {
    const before = r.before ? JSON.parse(r.before) as Record<string, unknown> : null;
    const after = r.after ? JSON.parse(r.after) as Record<string, unknown> : null;
    const row = after ?? before ?? {};
    const record = Object.fromEntries(Object.entries(fact.fields).map(([prop, f]) => [f, row[prop]]));
    let period: ReturnType<NonNullable<typeof ds.period>> = null;
    try {
      period = ds.period(record as never, units);
    } catch {
      period = null;
    }
    if (!period || period.year !== args.year || period.unitCode !== args.unitCode) continue;
    const fields: SubmissionFieldChange[] = [];
    for (const prop of Object.keys(fact.fields)) {
      if (fact.key.includes(prop)) continue;
      const b = before ? before[prop] : null;
      const a = after ? after[prop] : null;
      if (before && after && same(b, a)) continue;
      if (!before && (a === null || a === undefined)) continue;
      fields.push({ field: fieldOf(prop), before: text(b), after: text(a) });
    }
    mine.push({ id: Number(r.id), at: r.at, actor: r.actor, action: r.action.toUpperCase(), batchId: r.batchId, key: r.entityKey, fields });
  }
  const start = afterId === null ? 0 : mine.findIndex((c) => c.id < afterId!);
  const rest = start < 0 ? [] : mine.slice(start);
  const nodes = rest.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    department, dataset: ds.name, year: args.year, unitCode: args.unitCode, since: approval?.at ?? null, totalCount: mine.length, truncated,
    nodes, pageInfo: { endCursor: last ? String(last.id) : (args.after ?? null), hasNextPage: rest.length > first },
  };
}
