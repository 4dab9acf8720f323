import { encodeCursor, decodeCursor, hasCursor, pageSize, type Connection, type ConnectionArgs } from './paging';

/**
 * The connection convention of paging.ts over a list already in memory (rows gathered through per-request
 * loaders, e.g. the people posted in a commune-year), so that such a list pages like a table: same `first`
 * bounds, same opaque cursors, keyset order on `keyOf`. `updatedSince` does not apply (no stored rows to filter).
 */
export function connectionOfList<T>(rows: T[], args: Pick<ConnectionArgs, 'first' | 'after'>, keyOf: (row: T) => string[], keyLength = 1): Connection<T> {
  const first = pageSize(args.first);
  const cmp = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  const sorted = [...rows].sort((a, b) => cmp(keyOf(a), keyOf(b)));
  const after = hasCursor(args.after) ? decodeCursor(args.after, keyLength).map(String) : null;
  const rest = after ? sorted.filter((r) => cmp(keyOf(r), after) > 0) : sorted;
  const nodes = rest.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount: rows.length,
    pageInfo: { endCursor: last ? encodeCursor(keyOf(last)) : (args.after ?? null), hasNextPage: rest.length > first },
    deleted: [],
  };
}
