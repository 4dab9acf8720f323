import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the access log and the per-request metrics say about one HTTP request. The HTTP middleware
 * creates it and keeps it on the response (the log line is written when the response finishes, outside
 * the request's async context); code running inside the request reaches it through `currentRequest()`.
 */
export interface RequestRecord {
  requestId: string;
  /** The path as received (routers rewrite req.url on the way). */
  path: string;
  traceId?: string;
  operation?: string;
  /** ok, partial (data with errors), error (no data). Unset for non-GraphQL routes. */
  outcome?: 'ok' | 'partial' | 'error';
  caller?: { sub: string; roles: string[] };
  errorCodes: string[];
  sqlStatements: number;
  sqlSeconds: number;
}

const store = new AsyncLocalStorage<RequestRecord>();

export function runWithRequestRecord<T>(record: RequestRecord, fn: () => T): T {
  return store.run(record, fn);
}

export function currentRequest(): RequestRecord | undefined {
  return store.getStore();
}
