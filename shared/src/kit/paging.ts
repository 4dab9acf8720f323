import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';
import { TombstoneEntity } from './tables';

/**
 * One connection convention for every list that can grow: `first` (default 100, at most MAX_PAGE_SIZE), `after`
 * (the endCursor of the previous page), `totalCount`, `pageInfo { endCursor hasNextPage }`, in natural-key
 * order (keyset paging: a page is one indexed statement however deep). `updatedSince` keeps rows written at or
 * after that instant, and `deleted` lists the keys deleted since then (tombstones), so a BI tool can follow changes.
 */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  updatedSince?: string | null;
}

export interface DeletedRow {
  key: string;
  deletedAt: string;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  /** Keys deleted at or after updatedSince (empty without updatedSince). */
  deleted: DeletedRow[];
}

/** Reads an ISO-8601 instant (or a date) into the stored form; BAD_USER_INPUT naming the field otherwise. */
export function parseInstant(value: string, field = 'updatedSince'): string {
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value));
  if (!ok) throw badInput(`${field} "${value}" is not an ISO-8601 instant (e.g. 2026-01-31T00:00:00Z)`, { field });
  return new Date(value).toISOString();
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  return n;
}

export const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Whether a connection was given an `after` at all: an empty string is a (malformed) cursor, not "no cursor". */
export const hasCursor = (after: string | null | undefined): after is string => after !== null && after !== undefined;

/**
 * The key values of a cursor made by encodeCursor: `length` strings or numbers. Anything else (a cursor of
 * another list, junk, an empty string) is BAD_USER_INPUT naming the argument: a junk cursor must not
 * silently give the first page. The round trip is checked because base64url decoding skips invalid characters.
 */
export function decodeCursor(cursor: string, length: number, field = 'after'): Array<string | number> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x))) && encodeCursor(v) === cursor) {
      return v as Array<string | number>;
    }
  } catch {
    // fall through to the coded refusal
  }
  throw badInput(`${field} "${cursor}" is not a cursor of this list (pass pageInfo.endCursor)`, { field });
}

/**
 * Which deletions a connection's `deleted` reports: the audit entity, and the connection's year and unit filters
 * (the same values its query selects rows by: `units` = the commune, district, posting-unit or provider codes the
 * list is restricted to; absent = no such filter). A tombstone matches when its stored year and unit match, or
 * when it has none (written before tombstones carried them, or a row without a year): reported rather than lost.
 */
export interface TombstoneFilter {
  entity: string;
  year?: number | null;
  units?: string[] | null;
}

/** Keys deleted at or after `since` that match the filter, each once (a row listed under several units has a tombstone per unit). */
export async function deletedSince(db: DataSource, filter: TombstoneFilter, since: string): Promise<DeletedRow[]> {
  const qb = db.getRepository(TombstoneEntity).createQueryBuilder('t')
    .where('t.entity = :entity', { entity: filter.entity }).andWhere('t.deleted_at >= :since', { since });
  if (filter.year !== undefined && filter.year !== null) qb.andWhere('(t.year = :tYear OR t.year IS NULL)', { tYear: filter.year });
  if (filter.units) {
    qb.andWhere(filter.units.length ? '(t.scope_code IN (:...tUnits) OR t.scope_code IS NULL)' : 't.scope_code IS NULL', { tUnits: filter.units });
  }
  const rows = await qb.orderBy('t.id', 'ASC').take(MAX_PAGE_SIZE * 10).getMany();
  const seen = new Set<string>();
  const out: DeletedRow[] = [];
  for (const t of rows) {
    const k = `${t.batchId}\u0000${t.entityKey}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ key: t.entityKey, deletedAt: t.deletedAt });
  }
  return out;
}

/**
 * Pages a filtered query in natural-key order. `keyProps` are entity properties; `tombstones` names the audit
 * entity whose deletions `deleted` reports, with the list's year and unit filters (a bare name: every deletion).
 */
export async function connection<T extends ObjectLiteral>(
  db: DataSource,
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  opts: { keyProps: string[]; tombstones?: string | TombstoneFilter },
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const alias = qb.alias;
  const meta = qb.expressionMap.mainAlias!.metadata;
  const cols = opts.keyProps.map((p) => `${alias}.${meta.findColumnWithPropertyName(p)!.databaseName}`);
  let since: string | null = null;
  if (args.updatedSince) {
    since = parseInstant(args.updatedSince);
    qb.andWhere(`${alias}.${meta.findColumnWithPropertyName('updatedAt')!.databaseName} >= :kitSince`, { kitSince: since });
  }
  const totalCount = await qb.clone().getCount();
  if (hasCursor(args.after)) {
    const values = decodeCursor(args.after, cols.length);
    const params: Record<string, unknown> = {};
    values.forEach((v, i) => (params[`kitAfter${i}`] = v));
    const ors = cols.map((c, i) => `(${[...cols.slice(0, i).map((p, j) => `${p} = :kitAfter${j}`), `${c} > :kitAfter${i}`].join(' AND ')})`);
    qb.andWhere(`(${ors.join(' OR ')})`, params);
  }
  cols.forEach((c, i) => (i === 0 ? qb.orderBy(c, 'ASC') : qb.addOrderBy(c, 'ASC')));
  const rows = await qb.take(first + 1).getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  const deleted = since && opts.tombstones
    ? await deletedSince(db, typeof opts.tombstones === 'string' ? { entity: opts.tombstones } : opts.tombstones, since)
    : [];
  return {
    nodes,
    totalCount,
    pageInfo: { endCursor: last ? encodeCursor(opts.keyProps.map((p) => last[p])) : (args.after ?? null), hasNextPage: rows.length > first },
    deleted,
  };
}
