import type { DataSource } from 'typeorm';
import { AuditRecordEntity, badInput, decodeCursor, encodeCursor, hasCursor, pageSize, type AuditRecord } from '@lsp/shared';

/**
 * The department's audit trail as a connection (newest first, keyset on the record id): the kit's `connection`
 * pages in ascending natural-key order, the trail is read from the newest record back.
 */
export interface AuditPage {
  nodes: AuditRecord[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const encode = (id: number) => encodeCursor([id]);
function decode(cursor: string): number {
  const [id] = decodeCursor(cursor, 1);
  if (Number.isInteger(id)) return id as number;
  throw badInput(`after "${cursor}" is not a cursor of this list (pass pageInfo.endCursor)`, { field: 'after' });
}

export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  async page(filter: { entityKey?: string | null; batchId?: string | null }, args: { first?: number | null; after?: string | null }): Promise<AuditPage> {
    const first = pageSize(args.first ?? 50);
    const qb = this.db.getRepository(AuditRecordEntity).createQueryBuilder('a');
    if (filter.entityKey) qb.andWhere('a.entity_key = :key', { key: filter.entityKey });
    if (filter.batchId) qb.andWhere('a.batch_id = :batch', { batch: filter.batchId });
    const totalCount = await qb.clone().getCount();
    if (hasCursor(args.after)) qb.andWhere('a.id < :before', { before: decode(args.after) });
    const rows = await qb.orderBy('a.id', 'DESC').take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, totalCount, pageInfo: { endCursor: last ? encode(Number(last.id)) : (args.after ?? null), hasNextPage: rows.length > first } };
  }
}
