import { writeTransaction } from './transaction';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type EntitySchema, type ObjectLiteral } from 'typeorm';
import type { AdminUnits } from '../admin-units';
import { AuditStore, type AuditChange } from '../audit';
import { nowIso } from '../db/columns';
import type { InputProblem } from '../errors';
import type { Department } from '../identity';
import { sameValue, type WriteOutcome } from '../importer';
import { recordImport } from '../observability/metrics';
import { parseValue } from './columns';
import { defaultTombstoneScope, keyString, type CheckContext, type Columns, type Dataset, type DatasetRow, type ParsedRow } from './dataset';
import { withConflictRetry } from './faults';
import { PeriodLocks, unitLabel } from './locks';
import { createHash } from 'node:crypto';
import { TombstoneEntity, bulkWrite } from './tables';

/**
 * The write pipeline every department uses, driven by its dataset definitions: read (CSV or mutation input),
 * validate whole (columns, rules, duplicates, references, period locks), then write all-or-nothing in one
 * transaction with one bulk upsert per table, `updatedAt` on every changed row, one audit record per changed row
 * (before and after) and one per attempt; refused attempts are audited too and write nothing. Deletions leave
 * tombstones. A unique-key race is retried, then answered CONFLICT; a database that does not answer is
 * DATABASE_UNAVAILABLE naming the department.
 */
export interface WriteOptions {
  actor: string;
  dryRun?: boolean;
  note?: string | null;
  /**
   * Where the writer may write. `units`: the reporting units of a reporter (null or absent = province-wide, an
   * editor); `year` / `unitCode`: the one year and unit an upload is for (/intake). Every row outside is refused
   * with OUTSIDE_REPORTING_UNIT, naming its row and the unit (or year) column.
   */
  scope?: { units?: string[] | null; year?: number | null; unitCode?: string | null };
  /** Commit only if the write's digest (ImportResult.digest of the preview) is this one, else PREVIEW_STALE. */
  expectedDigest?: string | null;
}

/** One input row's effect, as the preview shows it (changed fields only; values as text, null = not reported). */
export interface RowChange {
  row: number;
  action: 'INSERTED' | 'UPDATED' | 'UNCHANGED';
  entity: string;
  key: string;
  fields: Array<{ field: string; before: string | null; after: string | null }>;
}

/** A write's outcome with its per-row changes and digest (the kit's ImportResult). */
export interface KitWriteOutcome extends WriteOutcome {
  changes: RowChange[];
  digest: string | null;
}

const shown = (v: unknown, like: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof like === 'boolean') return String(Boolean(v) && v !== '0' && v !== 0);
  return String(v);
};

/** Problems of rows outside the writer's scope (reporter units, the upload's year and unit). */
export function scopeProblems(ds: Dataset<any>, units: AdminUnits, rows: Array<ParsedRow<Record<string, unknown>>>, scope: WriteOptions['scope']): InputProblem[] {
  if (!scope || (!scope.units && !scope.unitCode && (scope.year === null || scope.year === undefined))) return [];
  const unitField = ds.unitField ?? '(row)';
  const yearField = ds.yearField ?? unitField;
  const out: InputProblem[] = [];
  for (const r of rows) {
    const p = ds.period?.(r.values as never, units) ?? null;
    const where = p ? `${p.year ?? 'no year'}, ${p.unitCode ? unitLabel(p.unitCode) : 'the province itself'}` : 'no reporting period';
    if (scope.year !== null && scope.year !== undefined && p?.year !== scope.year) {
      out.push({ row: r.row, field: yearField, code: 'OUTSIDE_REPORTING_UNIT', message: `this row is of ${where}; the upload is for ${scope.year}` });
    } else if (scope.unitCode && p?.unitCode !== scope.unitCode) {
      out.push({ row: r.row, field: unitField, code: 'OUTSIDE_REPORTING_UNIT', message: `this row is of ${where}; the upload is for ${unitLabel(scope.unitCode)}` });
    } else if (scope.units && (!p || !p.unitCode || !scope.units.includes(p.unitCode))) {
      out.push({
        row: r.row, field: unitField, code: 'OUTSIDE_REPORTING_UNIT',
        message: `this row is of ${where}; you report for ${scope.units.map(unitLabel).join(', ')} only (a district for 2024 and before, a commune from 2025)`,
      });
    }
  }
  return out;
}

class Refused extends Error {
  constructor(readonly problems: InputProblem[]) {
    super('refused');
  }
}

const READ_CHUNK = 1000;

async function findIn<T extends ObjectLiteral>(m: EntityManager, entity: EntitySchema<T>, property: string, values: unknown[]): Promise<T[]> {
  const distinct = [...new Set(values)];
  const out: T[] = [];
  for (let i = 0; i < distinct.length; i += READ_CHUNK) {
    out.push(...(await m.getRepository(entity).find({ where: { [property]: In(distinct.slice(i, i + READ_CHUNK)) } as never })));
  }
  return out;
}

/**
 * The digest of a write: the dataset and every row's effect (key, action, each changed field before and after).
 * The rows' new values come from the file and their old values from the database, so the digest changes when
 * either does: a commit naming a preview's digest writes exactly what was previewed.
 */
function digestOf(dataset: string, changes: RowChange[]): string {
  const basis = changes.map((c) => [c.row, c.entity, c.key, c.action, c.fields.map((f) => [f.field, f.before, f.after])]);
  return createHash('sha256').update(JSON.stringify([dataset, basis])).digest('hex');
}

export class DatasetWriter {
  constructor(private readonly db: DataSource, private readonly units: AdminUnits, readonly department: Department) {}

  /** A CSV import (bytes from the CLI, text from a mutation argument). */
  importCsv<C extends Columns>(ds: Dataset<C>, csv: string | Uint8Array, opts: WriteOptions): Promise<KitWriteOutcome> {
    return this.write(ds, ds.fromCsv(csv), 'import', opts);
  }

  /** Single records from a mutation, with the same rules as a CSV row of the same content. */
  upsert<C extends Columns>(ds: Dataset<C>, records: Array<Record<string, unknown>>, opts: WriteOptions): Promise<KitWriteOutcome> {
    return this.write(ds, ds.fromInputs(records), 'mutation', opts);
  }

  private async write<C extends Columns>(
    ds: Dataset<C>, read: { rows: Array<ParsedRow<DatasetRow<C>>>; problems: InputProblem[] }, action: string, opts: WriteOptions,
  ): Promise<KitWriteOutcome> {
    const batchId = randomUUID();
    const outcome: KitWriteOutcome = { ok: false, dryRun: !!opts.dryRun, batchId, rows: 0, inserted: 0, updated: 0, unchanged: 0, problems: [], changes: [], digest: null };
    const order = new Map(ds.header.map((h, i) => [h, i]));
    const sort = (ps: InputProblem[]) =>
      [...ps].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1));
    // Every problem at once: reference checks and period locks run on the rows that parsed even when others did not.
    let problems = [...read.problems, ...ds.rowProblems(read.rows)];
    outcome.rows = read.rows.length;
    const changes: AuditChange[] = [];
    try {
      await withConflictRetry(this.department, `${ds.name} data`, () =>
        writeTransaction(this.db, async (m) => {
          Object.assign(outcome, { inserted: 0, updated: 0, unchanged: 0, changes: [], digest: null });
          changes.length = 0;
          const ctx: CheckContext = { units: this.units, findIn: (entity, property, values) => findIn(m, entity as EntitySchema<ObjectLiteral>, property, values) as never };
          const lockField = ds.yearField ?? ds.unitField ?? '(row)';
          const found = [
            ...problems,
            ...scopeProblems(ds, this.units, read.rows as Array<ParsedRow<Record<string, unknown>>>, opts.scope),
            ...((await ds.check?.(read.rows, ctx)) ?? []),
            ...(await PeriodLocks.problems(m, this.department, read.rows.map((r) => ({ row: r.row, field: lockField, period: ds.period?.(r.values, this.units) ?? null })), { locks: !ds.ownLocks })),
          ];
          if (found.length) throw new Refused(found);
          const tables = ds.tableRowsNumbered(read.rows);
          outcome.rows = tables.reduce((n, t) => n + t.length, 0);
          const at = nowIso();
          for (let i = 0; i < ds.tables.length; i++) changes.push(...(await this.upsertTable(m, ds.tables[i], tables[i], outcome, at, !!opts.dryRun)));
          outcome.changes.sort((a, b) => a.row - b.row);
          outcome.digest = digestOf(ds.name, outcome.changes);
          if (opts.expectedDigest && opts.expectedDigest !== outcome.digest) {
            throw new Refused([{ row: null, field: '(file)', code: 'PREVIEW_STALE', message: 'the stored data or the file changed since the preview: preview it again before committing' }]);
          }
          if (opts.dryRun) return;
          const after = (await ds.afterWrite?.(m, changes, this.units)) ?? [];
          if (after.length) throw new Refused(after);
          changes.push(this.attempt(ds, action, 'applied', outcome));
          await new AuditStore(this.db).record(m, opts.actor, changes, batchId, opts.note ?? null);
        }),
      );
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      problems = err.problems;
    }
    if (problems.length) {
      outcome.problems = sort(problems);
      Object.assign(outcome, { inserted: 0, updated: 0, unchanged: 0, changes: [], digest: null });
      await writeTransaction(this.db, (m) => new AuditStore(this.db).record(m, opts.actor, [this.attempt(ds, action, 'refused', outcome)], batchId, opts.note ?? null));
      recordImport(ds.tables[ds.tables.length - 1].auditEntity, 'refused', outcome.rows);
      return outcome;
    }
    outcome.ok = true;
    recordImport(ds.tables[ds.tables.length - 1].auditEntity, opts.dryRun ? 'dry_run' : 'applied', outcome.rows);
    return outcome;
  }

  private attempt(ds: Dataset<any>, action: string, result: string, o: WriteOutcome): AuditChange {
    return {
      action, entity: ds.tables[ds.tables.length - 1].auditEntity, entityKey: o.batchId, before: null,
      after: { dataset: ds.name, result, rows: o.rows, inserted: o.inserted, updated: o.updated, unchanged: o.unchanged, problems: o.problems.length, dryRun: o.dryRun },
    };
  }

  private async upsertTable(
    m: EntityManager, t: Dataset['tables'][number], numbered: Array<{ row: number; values: Record<string, unknown> }>, outcome: KitWriteOutcome, at: string, dryRun: boolean,
  ): Promise<AuditChange[]> {
    const rows = numbered.map((n) => n.values);
    const existing = new Map<string, ObjectLiteral>();
    for (const row of await findIn(m, t.entity, t.key[0], rows.map((r) => r[t.key[0]]))) existing.set(keyString(row, t.key), row);
    const write: ObjectLiteral[] = [];
    const changes: AuditChange[] = [];
    // Preview fields are the dataset's columns (CSV headers); stored-only values (constants, computed) keep their property name.
    const fieldOf = (prop: string) => t.fields[prop] ?? prop;
    numbered.forEach(({ row: rowNo, values: row }) => {
      const compared = Object.keys(row);
      const key = keyString(row, t.key);
      const before = existing.get(key);
      if (!before) {
        const after = { ...row, updatedAt: at };
        write.push(after);
        changes.push({ action: 'insert', entity: t.auditEntity, entityKey: key, before: null, after });
        outcome.inserted += 1;
        outcome.changes.push({ row: rowNo, action: 'INSERTED', entity: t.auditEntity, key, fields: compared.filter((f) => f in t.fields).map((f) => ({ field: fieldOf(f), before: null, after: shown(row[f], row[f]) })) });
      } else if (compared.some((f) => !sameValue(before[f], row[f]))) {
        const after = { ...before, ...row, updatedAt: at };
        write.push(after);
        changes.push({ action: 'update', entity: t.auditEntity, entityKey: key, before, after });
        outcome.updated += 1;
        outcome.changes.push({
          row: rowNo, action: 'UPDATED', entity: t.auditEntity, key,
          fields: compared.filter((f) => !sameValue(before[f], row[f])).map((f) => ({ field: fieldOf(f), before: shown(before[f], row[f]), after: shown(row[f], row[f]) })),
        });
      } else {
        outcome.unchanged += 1;
        outcome.changes.push({ row: rowNo, action: 'UNCHANGED', entity: t.auditEntity, key, fields: [] });
      }
    });
    if (!dryRun) await bulkWrite(m, t.entity, write, t.key);
    return changes;
  }

  /**
   * Deletes the rows matching `match` (dataset fields → values) in every table that holds all those fields: a
   * course code deletes the course and its enrolment rows; course + commune + sex + ethnic group one enrolment
   * row. Each deleted row leaves a tombstone and an audit record with its values before. Nothing matching is
   * NOT_FOUND; a row in a locked period refuses the whole deletion.
   */
  async delete<C extends Columns>(ds: Dataset<C>, match: Partial<Record<keyof C & string, unknown>>, opts: WriteOptions): Promise<WriteOutcome> {
    const batchId = randomUUID();
    const outcome: WriteOutcome = { ok: false, dryRun: !!opts.dryRun, batchId, rows: 0, inserted: 0, updated: 0, unchanged: 0, problems: [], changes: [], digest: null };
    const problems: InputProblem[] = [];
    const where: Record<string, unknown> = {};
    for (const [field, raw] of Object.entries(match)) {
      const parsed = parseValue(ds.columns[field], raw);
      if (!parsed.ok) problems.push({ row: 1, field, code: parsed.code, message: parsed.message });
      else where[field] = parsed.value;
    }
    const fields = Object.keys(where);
    if (problems.length === 0) {
      try {
        await withConflictRetry(this.department, `${ds.name} data`, () =>
          writeTransaction(this.db, async (m) => {
            const changes: AuditChange[] = [];
            const at = nowIso();
            const targets = [...ds.tables].reverse().filter((t) => fields.every((f) => Object.values(t.fields).includes(f)));
            const found: Array<{ t: typeof targets[number]; rows: ObjectLiteral[] }> = [];
            for (const t of targets) {
              const propOf = (f: string) => Object.entries(t.fields).find(([, v]) => v === f)![0];
              const rows = await m.getRepository(t.entity).find({ where: Object.fromEntries(fields.map((f) => [propOf(f), where[f]])) as never });
              found.push({ t, rows });
            }
            const valuesOf = found.flatMap(({ t, rows }) => rows.map((r) => Object.fromEntries(Object.entries(t.fields).map(([prop, f]) => [f, r[prop]]))));
            const outside = scopeProblems(ds, this.units, valuesOf.map((values) => ({ row: 1, values })), opts.scope);
            if (outside.length) throw new Refused([outside[0]]);
            const periods = valuesOf.map((values) => ({ row: 1, field: ds.yearField ?? 'year', period: ds.period?.(values as Partial<DatasetRow<C>>, this.units) ?? null }));
            const locked = await PeriodLocks.problems(m, this.department, periods, { locks: !ds.ownLocks });
            if (locked.length) throw new Refused([locked[0]]);
            if (found.every((f) => f.rows.length === 0)) throw new Refused([{ row: 1, field: fields.join('+'), code: 'NOT_FOUND', message: `no ${ds.name} row matches ${keyString(where, fields)}` }]);
            outcome.rows = found.reduce((n, f) => n + f.rows.length, 0);
            if (opts.dryRun) return;
            const deleted = new Map(found.map(({ t, rows }) => [t.auditEntity, rows]));
            for (const { t, rows } of found) {
              for (const r of rows) {
                const key = keyString(r, t.key);
                await m.getRepository(t.entity).delete(Object.fromEntries(t.key.map((k) => [k, r[k]])) as never);
                changes.push({ action: 'delete', entity: t.auditEntity, entityKey: key, before: r, after: null });
              }
              // One tombstone per scope the row was listed under (usually one; a row with none gets one unscoped).
              await bulkWrite(m, TombstoneEntity, rows.flatMap((r) => {
                const scopes = t.tombstoneScopes ? t.tombstoneScopes(r, deleted) : [defaultTombstoneScope(r)];
                return (scopes.length ? scopes : [{ year: null, scopeCode: null }])
                  .map((sc) => ({ entity: t.auditEntity, entityKey: keyString(r, t.key), deletedAt: at, actor: opts.actor, batchId, year: sc.year, scopeCode: sc.scopeCode }));
              }));
            }
            const after = (await ds.afterWrite?.(m, changes, this.units)) ?? [];
            if (after.length) throw new Refused(after);
            await new AuditStore(this.db).record(m, opts.actor, changes, batchId, opts.note ?? null);
          }),
        );
      } catch (err) {
        if (!(err instanceof Refused)) throw err;
        problems.push(...err.problems);
      }
    }
    if (problems.length) {
      outcome.problems = problems;
      outcome.rows = 0;
      return outcome;
    }
    outcome.ok = true;
    return outcome;
  }
}
