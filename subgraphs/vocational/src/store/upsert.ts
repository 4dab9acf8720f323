import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AuditStore, type AuditChange, type InputProblem, type UpsertSpec, type WriteOutcome } from '@lsp/shared';

/**
 * Like shared upsertAll, but over several entities in ONE transaction: a course import writes courses and their
 * enrolments together, so that a failure on the second never leaves the first behind. Same semantics:
 * refused with problems (audited as "refused"), idempotent on each natural key, one audit record per change.
 */
export interface UpsertPart<Row extends ObjectLiteral> {
  spec: UpsertSpec<Row>;
  rows: Row[];
}

const keyString = (row: ObjectLiteral, fields: string[]) => fields.map((f) => String(row[f])).join('|');

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) === Boolean(b);
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return false;
}

export async function upsertParts(
  db: DataSource,
  parts: Array<UpsertPart<ObjectLiteral>>,
  opts: { actor: string; auditEntity: string; problems?: InputProblem[]; dryRun?: boolean; action?: string; note?: string },
): Promise<WriteOutcome> {
  const batchId = randomUUID();
  const audit = new AuditStore(db);
  const problems = opts.problems ?? [];
  const rows = parts.reduce((n, p) => n + p.rows.length, 0);
  const outcome: WriteOutcome = { ok: problems.length === 0, dryRun: !!opts.dryRun, batchId, rows, inserted: 0, updated: 0, unchanged: 0, problems };
  const attempt = (result: string): AuditChange => ({
    action: opts.action ?? 'import', entity: opts.auditEntity, entityKey: batchId, before: null,
    after: { result, rows, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, problems: problems.length, dryRun: !!opts.dryRun },
  });
  if (problems.length > 0) {
    await db.transaction((m) => audit.record(m, opts.actor, [attempt('refused')], batchId, opts.note ?? null));
    return outcome;
  }
  await db.transaction(async (m) => {
    const changes: AuditChange[] = [];
    for (const part of parts) changes.push(...(await upsertPart(m, part, outcome, !!opts.dryRun)));
    if (opts.dryRun) return;
    await audit.record(m, opts.actor, [...changes, attempt('applied')], batchId, opts.note ?? null);
  });
  return outcome;
}

async function upsertPart(m: EntityManager, { spec, rows }: UpsertPart<ObjectLiteral>, outcome: WriteOutcome, dryRun: boolean): Promise<AuditChange[]> {
  const repo = m.getRepository(spec.entity);
  const existing = new Map<string, ObjectLiteral>();
  const first = spec.keyFields[0];
  const firstValues = [...new Set(rows.map((r) => r[first]))];
  for (let i = 0; i < firstValues.length; i += 1000) {
    const found = await repo.find({ where: { [first]: In(firstValues.slice(i, i + 1000)) } as never });
    for (const row of found) existing.set(keyString(row, spec.keyFields), row);
  }
  const toInsert: ObjectLiteral[] = [];
  const changes: AuditChange[] = [];
  for (const row of rows) {
    const key = keyString(row, spec.keyFields);
    const before = existing.get(key);
    const fields = spec.compareFields ?? Object.keys(row);
    if (!before) {
      toInsert.push(row);
      changes.push({ action: 'insert', entity: spec.auditEntity, entityKey: key, before: null, after: row });
      outcome.inserted += 1;
    } else if (fields.some((f) => !sameValue(before[f], row[f]))) {
      if (!dryRun) await repo.update(Object.fromEntries(spec.keyFields.map((f) => [f, row[f]])) as never, row as never);
      changes.push({ action: 'update', entity: spec.auditEntity, entityKey: key, before, after: row });
      outcome.updated += 1;
    } else outcome.unchanged += 1;
  }
  if (!dryRun) for (let i = 0; i < toInsert.length; i += 500) await repo.insert(toInsert.slice(i, i + 500) as never);
  return changes;
}
