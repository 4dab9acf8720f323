import { EntitySchema, Table, TableIndex, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from '@lsp/shared';

/**
 * The gateway's audit trail kept in its own database (beside api_key): every audit event (refusals, reads of
 * personal fields, API-key changes) as one row, so an admin can query it (`auditEvents` on /admin/graphql).
 * `what` is short JSON written by the gateway's own code: field names, codes, key ids; never a secret or the
 * value of a personal field.
 */
/**
 * One audit event as the gateway's code raises it (plugins/audit.ts logs it and hands it here). Declared with its
 * store, which imports nothing of the plugins: the plugin depends on the store, never the other way round.
 */
export interface AuditEvent {
  kind: 'refusal' | 'pii-read' | 'api-key-created' | 'api-key-revoked';
  who: string;
  requestId?: string;
  /** What was asked or done: the operation, the refused code, the personal fields read, the key id. */
  what: Record<string, unknown>;
}

export interface AuditEventRow {
  id?: number;
  at: string;
  kind: string;
  who: string;
  requestId: string | null;
  what: string;
}

export const AuditEventEntity = new EntitySchema<AuditEventRow>({
  name: 'AuditEvent',
  tableName: 'audit_event',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 24 },
    kind: { type: 'varchar', length: 30 },
    who: { type: 'varchar', length: 200 },
    requestId: { name: 'request_id', type: 'varchar', length: 100, nullable: true },
    what: { type: 'text' },
  },
});

export class CreateAuditEvents1764000009200 implements MigrationInterface {
  name = 'CreateAuditEvents1764000009200';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'audit_event',
      columns: [column.id(), column.timestamp('at'), column.code('kind', 30), column.code('who', 200), column.code('request_id', 100, true), column.text('what', false)],
    }));
    await qr.createIndex('audit_event', new TableIndex({ name: 'idx_audit_event_kind', columnNames: ['kind', 'id'] }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('audit_event');
  }
}

export interface AuditEventInfo {
  id: string;
  at: string;
  kind: string;
  who: string;
  requestId: string | null;
  /** JSON text. */
  what: string;
}

export const MAX_AUDIT_EVENTS_PAGE = 500;
/** Writes not yet finished beyond which new events are only logged (a flood of refusals must not queue forever). */
const MAX_PENDING_WRITES = 1000;
const MAX_WHAT_CHARS = 2000;

function shortValue(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (Array.isArray(v)) return v.slice(0, 20).map(shortValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).slice(0, 20).map(([k, x]) => [k, shortValue(x)]));
  return v;
}

function whatJson(what: Record<string, unknown>): string {
  const json = JSON.stringify(shortValue(what));
  return json.length <= MAX_WHAT_CHARS ? json : JSON.stringify({ truncated: json.slice(0, MAX_WHAT_CHARS - 100) });
}

export class AuditEventStore {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly db: DataSource) {}

  /**
   * Starts writing one event and returns at once; the promise (for the caller to log a failure) settles when
   * the row is written. Nothing waits for it on the request's path. Rejects at once, writing nothing, while
   * too many writes are still pending.
   */
  record(event: AuditEvent, at: string): Promise<void> {
    if (this.pending.size >= MAX_PENDING_WRITES) return Promise.reject(new Error(`audit table write dropped: ${MAX_PENDING_WRITES} writes pending`));
    const row: AuditEventRow = {
      at, kind: event.kind, who: event.who.slice(0, 200), requestId: event.requestId ? event.requestId.slice(0, 100) : null, what: whatJson(event.what),
    };
    const write: Promise<void> = this.db.getRepository(AuditEventEntity).insert(row).then(() => undefined).finally(() => this.pending.delete(write));
    this.pending.add(write);
    return write;
  }

  /** Settles when every write started so far has settled (written or failed). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** Newest first; sees every event recorded before it was called (it waits for the writes under way). */
  async list(opts: { first: number; kind?: string | null }): Promise<AuditEventInfo[]> {
    await this.settled();
    const take = Math.min(Math.trunc(opts.first), MAX_AUDIT_EVENTS_PAGE);
    if (!(take > 0)) return [];
    const rows = await this.db.getRepository(AuditEventEntity).find({
      where: opts.kind ? { kind: opts.kind } : {}, order: { id: 'DESC' }, take,
    });
    return rows.map((r) => ({ id: String(r.id), at: r.at, kind: r.kind, who: r.who, requestId: r.requestId, what: r.what }));
  }
}
