import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type EntitySchema, type ObjectLiteral } from 'typeorm';
import { AuditRecordEntity, nowIso, type AuditRecord, type InputProblem, type UpsertSpec, type WriteOutcome } from '@lsp/shared';
import { bulkInsert } from './workforce-store';

/**
 * The semantics of shared upsertAll (all-or-nothing, idempotent on the natural key, one audit record per changed
 * row and one per attempt, refused attempts audited too) with multi-row INSERTs for new rows and audit records:
 * a 50,000-row roster is a few hundred statements in one transaction instead of TypeORM's per-entity inserts.
 */
export async function bulkUpsert<Row extends ObjectLiteral>(
  db: DataSource,
  spec: UpsertSpec<Row>,
  rows: Row[],
  opts: {
    actor: string; problems?: InputProblem[]; dryRun?: boolean; note?: string;
    /** Runs in the same transaction after the rows are written (with the inserted and updated rows). */
    afterWrite?: (m: EntityManager, changed: Row[]) => Promise<void>;
  },
): Promise<WriteOutcome> {
  const batchId = randomUUID();
  const problems = opts.problems ?? [];
  const outcome: WriteOutcome = { ok: problems.length === 0, dryRun: !!opts.dryRun, batchId, rows: rows.length, inserted: 0, updated: 0, unchanged: 0, problems };
  const at = nowIso();
  const record = (action: string, entityKey: string, before: unknown, after: unknown): AuditRecord => ({
    at, actor: opts.actor, action, entity: spec.auditEntity, entityKey, batchId, note: opts.note ?? null,
    before: before === null || before === undefined ? null : JSON.stringify(before),
    after: after === null || after === undefined ? null : JSON.stringify(after),
  });
  const attempt = (result: string) => record('import', batchId, null, {
    result, rows: rows.length, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, problems: problems.length, dryRun: !!opts.dryRun,
  });
  if (problems.length > 0) {
    await db.transaction((m) => bulkInsert(m, AuditRecordEntity, [attempt('refused')]));
    return outcome;
  }
  const key = (row: ObjectLiteral) => spec.keyFields.map((f) => String(row[f])).join('|');
  await db.transaction(async (m) => {
    const repo = m.getRepository(spec.entity as EntitySchema<Row>);
    const existing = new Map<string, Row>();
    const first = spec.keyFields[0];
    const firstValues = [...new Set(rows.map((r) => r[first]))];
    for (let i = 0; i < firstValues.length; i += 1000) {
      for (const row of await repo.find({ where: { [first]: In(firstValues.slice(i, i + 1000)) } as never })) existing.set(key(row), row);
    }
    const toInsert: Row[] = [];
    const changed: Row[] = [];
    const audit: AuditRecord[] = [];
    for (const row of rows) {
      const k = key(row);
      const before = existing.get(k);
      const fields = spec.compareFields ?? (Object.keys(row) as Array<keyof Row & string>);
      if (!before) {
        toInsert.push(row);
        changed.push(row);
        audit.push(record('insert', k, null, row));
        outcome.inserted += 1;
      } else if (fields.some((f) => !sameValue(before[f], row[f]))) {
        if (!opts.dryRun) await repo.update(Object.fromEntries(spec.keyFields.map((f) => [f, row[f]])) as never, row as never);
        changed.push(row);
        audit.push(record('update', k, before, row));
        outcome.updated += 1;
      } else outcome.unchanged += 1;
    }
    if (opts.dryRun) return;
    await bulkInsert(m, spec.entity as EntitySchema<Row>, toInsert);
    if (opts.afterWrite && changed.length) await opts.afterWrite(m, changed);
    audit.push(attempt('applied'));
    await bulkInsert(m, AuditRecordEntity, audit);
  });
  return outcome;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) === Boolean(b);
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return false;
}
