import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { AuditStore, type AuditChange } from './audit';
import type { InputProblem } from './errors';
import { recordImport } from './observability/metrics';

/**
 * All-or-nothing, idempotent writes on a natural key, with audit: the common core of every department's
 * mutations and CSV imports. Validation happens before: with any problem, nothing is written and the
 * attempt is still audited (its record says "refused").
 */
export interface WriteOutcome {
  ok: boolean;
  dryRun: boolean;
  batchId: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: InputProblem[];
}

export interface UpsertSpec<Row extends ObjectLiteral> {
  entity: EntitySchema<Row>;
  /** Audit entity name, e.g. "EducationStatistics". */
  auditEntity: string;
  /** Natural-key columns (entity property names); must identify one row. */
  keyFields: Array<keyof Row & string>;
  /** Properties compared to decide unchanged vs updated (default: every property of the incoming row). */
  compareFields?: Array<keyof Row & string>;
}

export interface UpsertPart<Row extends ObjectLiteral> {
  spec: UpsertSpec<Row>;
  rows: Row[];
}

export interface UpsertOptions {
  actor: string;
  problems?: InputProblem[];
  dryRun?: boolean;
  action?: string;
  note?: string;
}

const keyString = (row: ObjectLiteral, fields: string[]) => fields.map((f) => String(row[f])).join('|');

/**
 * Upserts one entity's rows on its natural key: existing rows are read in chunks of 1,000 keys, new rows inserted
 * 500 per statement, changed rows updated one statement each. Departments on the kit use DatasetWriter instead
 * (one bulk upsert per table); this stays until every department has moved.
 */
export async function upsertAll<Row extends ObjectLiteral>(db: DataSource, spec: UpsertSpec<Row>, rows: Row[], opts: UpsertOptions): Promise<WriteOutcome> {
  return upsertParts(db, [{ spec, rows } as UpsertPart<ObjectLiteral>], { ...opts, auditEntity: spec.auditEntity });
}

/**
 * Upserts several entities in ONE transaction (a course and its enrolments land together or not at all).
 * With problems, nothing is written and the refused attempt is audited.
 */
export async function upsertParts(db: DataSource, parts: Array<UpsertPart<ObjectLiteral>>, opts: UpsertOptions & { auditEntity: string }): Promise<WriteOutcome> {
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
    recordImport(opts.auditEntity, 'refused', rows);
    return outcome;
  }
  await db.transaction(async (m) => {
    const changes: AuditChange[] = [];
    for (const part of parts) changes.push(...(await upsertPart(m, part, outcome, !!opts.dryRun)));
    if (opts.dryRun) return;
    await audit.record(m, opts.actor, [...changes, attempt('applied')], batchId, opts.note ?? null);
  });
  recordImport(opts.auditEntity, opts.dryRun ? 'dry_run' : 'applied', rows);
  return outcome;
}

async function upsertPart(m: EntityManager, { spec, rows }: UpsertPart<ObjectLiteral>, outcome: WriteOutcome, dryRun: boolean): Promise<AuditChange[]> {
  const repo = m.getRepository(spec.entity);
  const existing = new Map<string, ObjectLiteral>();
  // Narrow by the first key field in one statement per chunk, then match the full key in memory.
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

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) === Boolean(b);
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return false;
}

/** The code of a refused write: PERIOD_LOCKED when a row falls in a locked period, else BAD_USER_INPUT; null when written. */
export function refusalCode(outcome: Pick<WriteOutcome, 'ok' | 'problems'>): string | null {
  if (outcome.ok) return null;
  return outcome.problems.some((p) => p.code === 'PERIOD_LOCKED') ? 'PERIOD_LOCKED' : 'BAD_USER_INPUT';
}

/** SDL of the write/import result and audit types; every writing department declares them identically. */
export const WRITE_SDL = `"One problem in submitted data: which row and field, and why."
type InputProblem @shareable {
  "1-based data row (header excluded); null for a problem with the whole file or request."
  row: Int
  field: String!
  "Machine-readable: UNKNOWN_COMMUNE, COMMUNE_NOT_VALID_IN_YEAR, NEGATIVE, PART_EXCEEDS_WHOLE, OUT_OF_RANGE, DUPLICATE_ROW, REQUIRED, NOT_NUMBER..."
  code: String!
  message: String!
}

"Outcome of a write or an import: all-or-nothing. With any problem, ok is false and nothing was written."
type ImportResult @shareable {
  ok: Boolean!
  "True when the input was only checked (dryRun), nothing written."
  dryRun: Boolean!
  "Id of this attempt in the audit trail."
  batchId: String!
  rows: Int!
  inserted: Int!
  updated: Int!
  "Rows identical to what was stored already (an import is idempotent)."
  unchanged: Int!
  problems: [InputProblem!]!
  "Why nothing was written, when ok is false: BAD_USER_INPUT (the input has problems, each naming its row and field) or PERIOD_LOCKED (a row falls in an approved, locked period). Null when ok."
  code: String
}

"One audit record: who changed what, when, with the values before and after (JSON)."
type AuditRecord @shareable {
  id: Int!
  at: String!
  actor: String!
  "insert, update, delete, or import (one record per import attempt)."
  action: String!
  entity: String!
  entityKey: String!
  before: String
  after: String
  batchId: String
  note: String
}`;
