import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen } from 'cockatiel';

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

/**
 * The circuit breaker of one subgraph (cockatiel's ConsecutiveBreaker), grown from this rule's old memory of a down
 * subgraph (which only knew refused connections, not a subgraph that hangs):
 *
 * - **Closed**: every call goes through; a timeout (SUBGRAPH_READ_TIMEOUT_MS / WRITE) or a connection failure
 *   (refused, reset, unreachable) is a failure, any answer a success. `failures` consecutive failures open it.
 *   Reads refused or reset are still retried first (each attempt counts): a restarting instance is not a failure.
 * - **Open** for `openMs`: calls fail at once with an error naming the subgraph (SUBGRAPH_UNAVAILABLE through the
 *   source's didEncounterError, so the rest of the answer is served and the score marks that department
 *   SOURCE_UNAVAILABLE) instead of each waiting for the timeout.
 * - **Half-open** after that: one call goes through as the probe (no retries), the others keep failing at once;
 *   a success closes it, a failure opens it again for `openMs`.
 *
 * Why cockatiel (3.x) and not opossum: opossum opens on an error percentage over a rolling window of calls, which
 * a quiet subgraph never fills, while the rule here is N consecutive failures, which is cockatiel's
 * ConsecutiveBreaker; its half-open state lets exactly one call through; it wraps any async function, so it fits
 * @apollo/gateway's fetcher. 3.x because 4.x is published as ES modules only, which this CommonJS build (and Jest)
 * cannot require on every supported Node; 3.2 declares node >= 16.
 */
export interface BreakerOptions {
  /** Consecutive timeouts or connection failures that open the breaker (SUBGRAPH_BREAKER_FAILURES). */
  failures: number;
  /** How long it stays open before one probe (SUBGRAPH_BREAKER_OPEN_MS). */
  openMs: number;
}
export const DEFAULT_BREAKER: BreakerOptions = { failures: 5, openMs: 10_000 };

export type BreakerStateName = 'closed' | 'half-open' | 'open';
/** The value of lsp_subgraph_breaker_state: 0 closed, 1 half-open, 2 open. */
export const BREAKER_GAUGE: Record<BreakerStateName, number> = { closed: 0, 'half-open': 1, open: 2 };

/** A subgraph call that ran out of time (SignedSubgraphSource), as opposed to the client going away. */
export const TIMEOUT_CODE = 'SUBGRAPH_TIMEOUT';

/** A timeout or a connection failure: what the breaker counts. */
export function breakerFailure(err: unknown): boolean {
  const e = err as { code?: string; errno?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.errno ?? e?.cause?.code;
  if (code === TIMEOUT_CODE) return true;
  if (code && (RETRYABLE_CODES.has(code) || ['EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT'].includes(code))) return true;
  return retryableError(err) !== undefined;
}

const stateName = (s: CircuitState): BreakerStateName => (s === CircuitState.Closed ? 'closed' : s === CircuitState.HalfOpen ? 'half-open' : 'open');

export interface SubgraphBreaker {
  state(): BreakerStateName;
}

export function withReadRetries<S extends RemoteGraphQLDataSource<object>>(
  source: S,
  opts: { onRetry?: (reason: string) => void; onState?: (state: BreakerStateName) => void; delays?: number[]; breaker?: BreakerOptions } = {},
): S & { breaker: SubgraphBreaker } {
  const fetcher = source.fetcher;
  const delays = opts.delays ?? RETRY_DELAYS_MS;
  const settings = opts.breaker ?? DEFAULT_BREAKER;
  const policy = circuitBreaker(handleWhen(breakerFailure), { halfOpenAfter: settings.openMs, breaker: new ConsecutiveBreaker(settings.failures) });
  policy.onStateChange((s) => opts.onState?.(stateName(s)));
  const refusal = () => new Error(`circuit breaker open after ${settings.failures} consecutive timeouts or connection failures; next probe within ${settings.openMs} ms`);
  const once = (url: string, init: Parameters<typeof fetcher>[1]) => {
    // cockatiel makes calls that arrive while the probe runs wait for it; here they fail at once like while open.
    if (policy.state === CircuitState.HalfOpen) throw new BrokenCircuitError();
    return policy.execute(() => fetcher(url, init));
  };
  source.fetcher = async (url, init) => {
    const read = isRead(init?.body);
    // Open or probing: one attempt, no retries (the probe must not add the retry delays either).
    const budget = policy.state === CircuitState.Closed ? delays.length : 0;
    for (let attempt = 0; ; attempt++) {
      let reason: string | undefined;
      try {
        const res = await once(url, init);
        if (!read || !RETRYABLE_STATUS.has(res.status) || attempt >= budget) return res;
        reason = `HTTP ${res.status}`;
      } catch (err) {
        if (err instanceof BrokenCircuitError) {
          throw refusal();
        }
        reason = read ? retryableError(err) : undefined;
        if (!reason || attempt >= budget || policy.state !== CircuitState.Closed) throw err;
      }
      opts.onRetry?.(reason);
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  };
  return Object.assign(source, { breaker: { state: () => stateName(policy.state) } });
}
