import { EntitySchema, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, nowIso } from './db/columns';
import { bulkWrite } from './kit/tables';

/**
 * The audit trail every writing subgraph keeps in its own database: who changed what, when, with the
 * values before and after. One record per changed row, and one per import attempt (action "import").
 */
export interface AuditRecord {
  id?: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: string | null;
  after: string | null;
  batchId: string | null;
  note: string | null;
}

export const AuditRecordEntity = new EntitySchema<AuditRecord>({
  name: 'AuditRecord',
  tableName: 'audit_log',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 24 },
    actor: { type: 'varchar', length: 120 },
    action: { type: 'varchar', length: 40 },
    entity: { type: 'varchar', length: 60 },
    entityKey: { name: 'entity_key', type: 'varchar', length: 200 },
    before: { name: 'before_json', type: 'text', nullable: true },
    after: { name: 'after_json', type: 'text', nullable: true },
    batchId: { name: 'batch_id', type: 'varchar', length: 40, nullable: true },
    note: { type: 'text', nullable: true },
  },
});

export class CreateAuditLog1764000000000 implements MigrationInterface {
  name = 'CreateAuditLog1764000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          column.id(),
          column.timestamp('at'),
          column.code('actor', 120),
          column.code('action', 40),
          column.code('entity', 60),
          column.code('entity_key', 200),
          column.text('before_json'),
          column.text('after_json'),
          column.code('batch_id', 40, true),
          column.text('note'),
        ],
        indices: [
          { name: 'ix_audit_entity', columnNames: ['entity', 'entity_key'] },
          { name: 'ix_audit_batch', columnNames: ['batch_id'] },
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('audit_log');
  }
}

export interface AuditChange {
  action: string;
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

export class AuditStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes audit records inside the caller's transaction, so they land with the change or not at all. */
  async record(manager: EntityManager, actor: string, changes: AuditChange[], batchId: string | null = null, note: string | null = null) {
    if (changes.length === 0) return;
    const at = nowIso();
    const rows: AuditRecord[] = changes.map((c) => ({
      at, actor, action: c.action, entity: c.entity, entityKey: c.entityKey,
      before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
      after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
      batchId, note,
    }));
    // The kit's multi-row INSERT: TypeORM's repository.insert builds and escapes a query per entity, which dominated
    // large imports (one record per changed row).
    await bulkWrite(manager, AuditRecordEntity, rows);
  }

  /** Newest first, keyset-paged by id. */
  async list(filter: { entity?: string; entityKey?: string; batchId?: string; actor?: string; after?: number; first?: number }) {
    const qb = this.dataSource.getRepository(AuditRecordEntity).createQueryBuilder('a');
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityKey) qb.andWhere('a.entity_key = :key', { key: filter.entityKey });
    if (filter.batchId) qb.andWhere('a.batch_id = :batch', { batch: filter.batchId });
    if (filter.actor) qb.andWhere('a.actor = :actor', { actor: filter.actor });
    if (filter.after) qb.andWhere('a.id < :after', { after: filter.after });
    return qb.orderBy('a.id', 'DESC').take(Math.min(filter.first ?? 100, 1000)).getMany();
  }
}
