import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/**
 * Retries a subgraph fetch that failed before the subgraph could act on it, for reads only: a refused or
 * reset connection (a subgraph instance restarting, a keep-alive socket closed by an instance going away)
 * or a 502/503/504 from a proxy in front of it. Queries are idempotent, so a retry changes nothing but
 * the outcome; mutations are never retried (the first attempt may have been applied).
 */
const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
const RETRYABLE_STATUS = new Set([502, 503, 504]);
/** About 1.5 s in all: the time for a restarted instance to listen again, or for a proxy to route elsewhere. */
export const RETRY_DELAYS_MS = [50, 100, 200, 400, 750];

const QUERY_FIRST = '{"query":"';

/**
 * The operation text of a subgraph request body. @apollo/gateway writes `query` first, so only that string is
 * parsed, not the whole body: the representations of a national `@requires` hop are about 20 MB, and parsing them
 * again here only to tell a query from a mutation cost as much as the gateway's own parse. Any other body is
 * parsed whole.
 */
export function operationText(body: string): unknown {
  if (body.startsWith(QUERY_FIRST)) {
    let end = QUERY_FIRST.length;
    while (end < body.length) {
      const c = body.charCodeAt(end);
      if (c === 92) end += 2; // a backslash escapes the next character
      else if (c === 34) return JSON.parse(body.slice(QUERY_FIRST.length - 1, end + 1)); // the closing quote
      else end += 1;
    }
  }
  return (JSON.parse(body) as { query?: unknown }).query;
}

export function isRead(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const query = operationText(body);
    return typeof query === 'string' && !/^\s*(mutation|subscription)\b/.test(query.replace(/^\s*#.*$/gm, ''));
  } catch {
    return false;
  }
}

function retryableError(err: unknown): string | undefined {
  const e = err as { code?: string; errno?: string; message?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.errno ?? e?.cause?.code;
  if (code && RETRYABLE_CODES.has(code)) return code;
  if (/socket hang up/i.test(e?.message ?? '')) return 'ECONNRESET';
  return undefined;
}

/** After a read failed through every retry, the subgraph is taken as down for this long: no retries, fail fast. */
export const DOWN_HOLD_MS = 10_000;

export function withReadRetries<S extends RemoteGraphQLDataSource<object>>(source: S, onRetry?: (reason: string) => void, delays = RETRY_DELAYS_MS): S {
  const fetcher = source.fetcher;
  // A subgraph that stays down must not add the retry delays to every request: partial answers come at once.
  let downUntil = 0;
  source.fetcher = async (url, init) => {
    const read = isRead(init?.body);
    const budget = Date.now() < downUntil ? 0 : delays.length;
    for (let attempt = 0; ; attempt++) {
      let reason: string | undefined;
      try {
        const res = await fetcher(url, init);
        if (!read || !RETRYABLE_STATUS.has(res.status)) {
          downUntil = 0;
          return res;
        }
        if (attempt >= budget) {
          downUntil = Date.now() + DOWN_HOLD_MS;
          return res;
        }
        reason = `HTTP ${res.status}`;
      } catch (err) {
        reason = read ? retryableError(err) : undefined;
        if (reason && attempt >= budget) downUntil = Date.now() + DOWN_HOLD_MS;
        if (!reason || attempt >= budget) throw err;
      }
      onRetry?.(reason);
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  };
  return source;
}
