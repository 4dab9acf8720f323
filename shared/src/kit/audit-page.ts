import type { DataSource } from 'typeorm';
import { AuditRecordEntity, type AuditRecord } from '../audit';
import { badInput } from '../errors';
import { pageSize } from './paging';

/**
 * A department's audit trail as a connection (first/after, totalCount, pageInfo), newest first, keyset on the
 * record id: the kit's `connection` pages in ascending natural-key order, the trail is read from the newest
 * record back. The same convention as educationAudit (which keeps its own copy until its redesign lands).
 */
export interface AuditPage {
  nodes: AuditRecord[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const encode = (id: number) => Buffer.from(JSON.stringify([id])).toString('base64url');
function decode(cursor: string): number {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 1 && Number.isInteger(v[0])) return v[0];
  } catch {
    // fall through to the coded refusal
  }
  throw badInput(`after "${cursor}" is not a cursor of this list (pass pageInfo.endCursor)`, { field: 'after' });
}

export async function auditPage(
  db: DataSource,
  filter: { entityKey?: string | null; batchId?: string | null },
  args: { first?: number | null; after?: string | null },
): Promise<AuditPage> {
  const first = pageSize(args.first ?? 50);
  const before = args.after ? decode(args.after) : null;
  const qb = db.getRepository(AuditRecordEntity).createQueryBuilder('a');
  if (filter.entityKey) qb.andWhere('a.entity_key = :key', { key: filter.entityKey });
  if (filter.batchId) qb.andWhere('a.batch_id = :batch', { batch: filter.batchId });
  const totalCount = await qb.clone().getCount();
  if (before !== null) qb.andWhere('a.id < :before', { before });
  const rows = await qb.orderBy('a.id', 'DESC').take(first + 1).getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { endCursor: last ? encode(Number(last.id)) : (args.after ?? null), hasNextPage: rows.length > first } };
}
