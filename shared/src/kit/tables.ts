import { EntitySchema, Table, TableColumn, TableIndex, type EntityManager, type MigrationInterface, type ObjectLiteral, type QueryRunner } from 'typeorm';
import { column } from '../db/columns';

/**
 * The kit's own tables, in every department database beside audit_log: tombstones of deleted fact rows (so BI
 * tools that pull `updatedSince` learn about deletions) and period locks (DHIS2-style approval).
 */
export interface TombstoneRow {
  id?: number;
  /** Audit entity of the deleted row, e.g. "LabourForce". */
  entity: string;
  /** Natural key joined with "|", as in the audit trail. */
  entityKey: string;
  deletedAt: string;
  actor: string;
  batchId: string;
  /**
   * The year and the unit the deleted row was listed under (its connection's year and district filters select by
   * them: a commune, district, posting unit or provider code). Null when the row had none, and on tombstones
   * written before AddTombstoneScope: those are reported to every filtered list (more than asked, never less).
   */
  year?: number | null;
  scopeCode?: string | null;
}

export const TombstoneEntity = new EntitySchema<TombstoneRow>({
  name: 'Tombstone',
  tableName: 'tombstone',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    entity: { type: 'varchar', length: 60 },
    entityKey: { name: 'entity_key', type: 'varchar', length: 200 },
    deletedAt: { name: 'deleted_at', type: 'varchar', length: 24 },
    actor: { type: 'varchar', length: 120 },
    batchId: { name: 'batch_id', type: 'varchar', length: 40 },
    year: { type: 'int', nullable: true },
    scopeCode: { name: 'scope_code', type: 'varchar', length: 40, nullable: true },
  },
});

export interface PeriodLockRow {
  department: string;
  year: number;
  /**
   * The reporting unit locked: a district (until 2024) or a commune (from 2025); "" = the whole province (a
   * primary key cannot hold null on MySQL). The column kept its first name, district_code.
   */
  districtCode: string;
  lockedAt: string;
  lockedBy: string;
  note: string | null;
  /** APPROVAL (an approver approved the unit's submission) or DIRECT (an editor's lock: the province's own corrections). */
  kind?: string;
}

export const PeriodLockEntity = new EntitySchema<PeriodLockRow>({
  name: 'PeriodLock',
  tableName: 'period_lock',
  columns: {
    department: { type: 'varchar', length: 20, primary: true },
    year: { type: 'int', primary: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 10, primary: true },
    lockedAt: { name: 'locked_at', type: 'varchar', length: 24 },
    lockedBy: { name: 'locked_by', type: 'varchar', length: 120 },
    note: { type: 'text', nullable: true },
    kind: { type: 'varchar', length: 10, default: 'DIRECT' },
  },
});

/**
 * Where a reporting unit's year stands before approval (OPEN, SUBMITTED, RETURNED) and when it was last submitted.
 * APPROVED is not stored here: an approved unit-year is one that holds a period lock (period_lock), so approval
 * and the lock are one record, read the same way by every write.
 */
export interface ReportingStateRow {
  department: string;
  year: number;
  unitCode: string;
  state: string;
  updatedAt: string;
  updatedBy: string;
  comment: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
}

export const ReportingStateEntity = new EntitySchema<ReportingStateRow>({
  name: 'ReportingState',
  tableName: 'reporting_state',
  columns: {
    department: { type: 'varchar', length: 20, primary: true },
    year: { type: 'int', primary: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    state: { type: 'varchar', length: 12 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
    updatedBy: { name: 'updated_by', type: 'varchar', length: 120 },
    comment: { type: 'text', nullable: true },
    submittedAt: { name: 'submitted_at', type: 'varchar', length: 24, nullable: true },
    submittedBy: { name: 'submitted_by', type: 'varchar', length: 120, nullable: true },
  },
});

/** The reporting workflow (issue 22): the lock's kind, and the states before approval. Listed after CreateKitTables. */
export class AddReportingWorkflow1767000000000 implements MigrationInterface {
  name = 'AddReportingWorkflow1767000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('period_lock', new TableColumn({ ...column.code('kind', 10), default: "'DIRECT'" }));
    await qr.createTable(
      new Table({
        name: 'reporting_state',
        columns: [
          { ...column.code('department', 20), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          { ...column.code('unit_code', 10), isPrimary: true },
          column.code('state', 12),
          column.timestamp('updated_at'),
          column.code('updated_by', 120),
          column.text('comment'),
          { ...column.timestamp('submitted_at'), isNullable: true },
          { ...column.code('submitted_by', 120), isNullable: true },
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('reporting_state');
    await qr.dropColumn('period_lock', 'kind');
  }
}

export class CreateKitTables1765000000000 implements MigrationInterface {
  name = 'CreateKitTables1765000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'tombstone',
        columns: [column.id(), column.code('entity', 60), column.code('entity_key', 200), column.timestamp('deleted_at'), column.code('actor', 120), column.code('batch_id', 40)],
        indices: [{ name: 'ix_tombstone_entity_at', columnNames: ['entity', 'deleted_at'] }],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'period_lock',
        columns: [
          { ...column.code('department', 20), isPrimary: true },
          { ...column.int('year', false), isPrimary: true },
          { ...column.code('district_code', 10), isPrimary: true },
          column.timestamp('locked_at'),
          column.code('locked_by', 120),
          column.text('note'),
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('period_lock');
    await qr.dropTable('tombstone');
  }
}

/**
 * Tombstones learn the year and unit of the row they replace, so that a connection's `deleted` honours the
 * connection's year and district filters. Existing tombstones keep null (unknown): a filtered list still reports
 * them, as it did before.
 */
export class AddTombstoneScope1767000000000 implements MigrationInterface {
  name = 'AddTombstoneScope1767000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('tombstone', [new TableColumn(column.int('year')), new TableColumn(column.code('scope_code', 40, true))]);
    await qr.createIndex('tombstone', new TableIndex({ name: 'ix_tombstone_entity_year', columnNames: ['entity', 'year'] }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('tombstone', 'ix_tombstone_entity_year');
    await qr.dropColumn('tombstone', 'scope_code');
    await qr.dropColumn('tombstone', 'year');
  }
}

/** Entities and migrations a department lists beside its own (CreateKitTables after CreateAuditLog, then AddTombstoneScope and AddReportingWorkflow). */
export const kitEntities = [TombstoneEntity, PeriodLockEntity, ReportingStateEntity];

/**
 * The one bulk write of the platform: multi-row INSERT with bound parameters, as an upsert on the natural key
 * when `upsertKey` is given (ON CONFLICT … DO UPDATE on SQLite, ON DUPLICATE KEY UPDATE on MySQL/MariaDB), so a
 * row inserted by a concurrent writer since it was read is updated instead of failing with a duplicate key.
 * Plain statements rather than repository.insert, which builds an entity per row: a national-scale seed is
 * about a million rows.
 */
export async function bulkWrite(m: EntityManager, entity: EntitySchema<any>, rows: ObjectLiteral[], upsertKey?: string[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = m.connection.getMetadata(entity);
  const cols = meta.columns.filter((c) => !c.isGenerated).map((c) => ({ db: c.databaseName, prop: c.propertyName }));
  const esc = (n: string) => m.connection.driver.escape(n);
  const perRow = `(${cols.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${esc(meta.tableName)} (${cols.map((c) => esc(c.db)).join(', ')}) VALUES `;
  let tail = '';
  if (upsertKey) {
    const keyDb = upsertKey.map((p) => cols.find((c) => c.prop === p)!.db);
    const others = cols.filter((c) => !keyDb.includes(c.db));
    const mysql = m.connection.options.type === 'mysql' || m.connection.options.type === 'mariadb';
    if (others.length === 0) tail = mysql ? ` ON DUPLICATE KEY UPDATE ${esc(keyDb[0])} = ${esc(keyDb[0])}` : ` ON CONFLICT DO NOTHING`;
    else if (mysql) tail = ` ON DUPLICATE KEY UPDATE ${others.map((c) => `${esc(c.db)} = VALUES(${esc(c.db)})`).join(', ')}`;
    else tail = ` ON CONFLICT (${keyDb.map(esc).join(', ')}) DO UPDATE SET ${others.map((c) => `${esc(c.db)} = excluded.${esc(c.db)}`).join(', ')}`;
  }
  const batch = Math.max(1, Math.floor(30000 / cols.length)); // under SQLite's 32,766 bound parameters
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const params = chunk.flatMap((r) => cols.map((c) => {
      const v = r[c.prop];
      return typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v;
    }));
    await m.query(head + chunk.map(() => perRow).join(', ') + tail, params);
  }
}

/**
 * A department's migration that gives its existing fact tables updated_at (ISO-8601 UTC, indexed), so that BI
 * tools can pull what changed since their last read. Rows stored before it get the time it ran: their last
 * change is unknown, and "now" makes a following `updatedSince` pull take them once rather than never.
 * `name` is the migration's recorded name (`<Name><timestamp>`), as for a hand-written migration class.
 */
export function addUpdatedAtMigration(name: string, tables: string[]): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;
    async up(qr: QueryRunner): Promise<void> {
      const now = new Date().toISOString();
      for (const table of tables) {
        await qr.addColumn(table, new TableColumn({ ...column.timestamp('updated_at'), default: `'${now}'` }));
        await qr.createIndex(table, new TableIndex({ name: `ix_${table}_updated`, columnNames: ['updated_at'] }));
      }
    }
    async down(qr: QueryRunner): Promise<void> {
      for (const table of tables) {
        await qr.dropIndex(table, `ix_${table}_updated`);
        await qr.dropColumn(table, 'updated_at');
      }
    }
  };
}
