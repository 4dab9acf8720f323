import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type EntitySchema, type ObjectLiteral } from 'typeorm';
import { AuditRecordEntity, nowIso, sameValue, type AuditRecord, type InputProblem, type UpsertSpec, type WriteOutcome } from '@lsp/shared';
import { bulkInsert } from './workforce-store';

/**
 * The semantics of shared upsertAll (all-or-nothing, idempotent on the natural key, one audit record per changed
 * row and one per attempt, refused attempts audited too) with multi-row INSERTs for new rows and audit records:
 * a 50,000-row roster is a few dozen statements in one transaction instead of TypeORM's per-entity inserts. A batch
 * may upsert several entities (people and their postings) in the same transaction.
 */
export type RowStatus = 'inserted' | 'updated' | 'unchanged';

export interface BatchContext {
  m: EntityManager;
  dryRun: boolean;
  /** Builds an audit record of this batch. */
  record: (action: string, entity: string, entityKey: string, before: unknown, after: unknown) => AuditRecord;
  audit: AuditRecord[];
}

export const keyOf = <Row extends ObjectLiteral>(row: Row, fields: string[]) => fields.map((f) => String(row[f])).join('|');

/** Upserts rows of one entity inside a batch; returns the status of every natural key. */
export async function upsertIn<Row extends ObjectLiteral>(ctx: BatchContext, spec: UpsertSpec<Row>, rows: Row[]): Promise<Map<string, RowStatus>> {
  const repo = ctx.m.getRepository(spec.entity as EntitySchema<Row>);
  const existing = new Map<string, Row>();
  const first = spec.keyFields[0];
  const firstValues = [...new Set(rows.map((r) => r[first]))];
  for (let i = 0; i < firstValues.length; i += 1000) {
    for (const row of await repo.find({ where: { [first]: In(firstValues.slice(i, i + 1000)) } as never })) existing.set(keyOf(row, spec.keyFields), row);
  }
  const status = new Map<string, RowStatus>();
  const toInsert: Row[] = [];
  for (const row of rows) {
    const k = keyOf(row, spec.keyFields);
    const before = existing.get(k);
    const fields = spec.compareFields ?? (Object.keys(row) as Array<keyof Row & string>);
    if (!before) {
      toInsert.push(row);
      ctx.audit.push(ctx.record('insert', spec.auditEntity, k, null, row));
      status.set(k, 'inserted');
    } else if (fields.some((f) => !sameValue(before[f], row[f]))) {
      if (!ctx.dryRun) await repo.update(Object.fromEntries(spec.keyFields.map((f) => [f, row[f]])) as never, row as never);
      ctx.audit.push(ctx.record('update', spec.auditEntity, k, before, row));
      status.set(k, 'updated');
    } else status.set(k, 'unchanged');
  }
  if (!ctx.dryRun) await bulkInsert(ctx.m, spec.entity as EntitySchema<Row>, toInsert);
  return status;
}

/**
 * Runs a write batch: refused (with problems) = only the attempt is audited; otherwise `body` upserts inside one
 * transaction and reports the status of each input row; a dry run rolls nothing forward.
 */
export async function writeBatch(
  db: DataSource,
  opts: { actor: string; auditEntity: string; rows: number; problems: InputProblem[]; dryRun?: boolean; note?: string },
  body: (ctx: BatchContext) => Promise<RowStatus[]>,
): Promise<WriteOutcome> {
  const batchId = randomUUID();
  const { problems } = opts;
  const outcome: WriteOutcome = { ok: problems.length === 0, dryRun: !!opts.dryRun, batchId, rows: opts.rows, inserted: 0, updated: 0, unchanged: 0, problems };
  const at = nowIso();
  const record = (action: string, entity: string, entityKey: string, before: unknown, after: unknown): AuditRecord => ({
    at, actor: opts.actor, action, entity, entityKey, batchId, note: opts.note ?? null,
    before: before === null || before === undefined ? null : JSON.stringify(before),
    after: after === null || after === undefined ? null : JSON.stringify(after),
  });
  const attempt = (result: string) => record('import', opts.auditEntity, batchId, null, {
    result, rows: opts.rows, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, problems: problems.length, dryRun: !!opts.dryRun,
  });
  if (problems.length > 0) {
    await db.transaction((m) => bulkInsert(m, AuditRecordEntity, [attempt('refused')]));
    return outcome;
  }
  await db.transaction(async (m) => {
    const ctx: BatchContext = { m, dryRun: !!opts.dryRun, record, audit: [] };
    for (const s of await body(ctx)) outcome[s] += 1;
    if (opts.dryRun) return;
    ctx.audit.push(attempt('applied'));
    await bulkInsert(m, AuditRecordEntity, ctx.audit);
  });
  return outcome;
}

/** One entity, one status per row: the shape of shared upsertAll. */
export function bulkUpsert<Row extends ObjectLiteral>(
  db: DataSource,
  spec: UpsertSpec<Row>,
  rows: Row[],
  opts: {
    actor: string; problems?: InputProblem[]; dryRun?: boolean; note?: string;
    /** Runs in the same transaction after the rows are written (with the inserted and updated rows). */
    afterWrite?: (m: EntityManager, changed: Row[]) => Promise<void>;
  },
): Promise<WriteOutcome> {
  return writeBatch(db, { actor: opts.actor, auditEntity: spec.auditEntity, rows: rows.length, problems: opts.problems ?? [], dryRun: opts.dryRun, note: opts.note }, async (ctx) => {
    const status = await upsertIn(ctx, spec, rows);
    const changed = rows.filter((r) => status.get(keyOf(r, spec.keyFields)) !== 'unchanged');
    if (!ctx.dryRun && opts.afterWrite && changed.length) await opts.afterWrite(ctx.m, changed);
    return rows.map((r) => status.get(keyOf(r, spec.keyFields))!);
  });
}


