import type { RemoteGraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Identity } from '@lsp/shared';

/**
 * How the gateway talks to its subgraphs (issue 15), measured with `npm run bench` (bench/results/):
 *
 * - Node's own fetch (undici) with its keep-alive connection pool, instead of @apollo/gateway's default
 *   make-fetch-happen, whose HTTP-cache and retry layers cost CPU on every call and are not used here
 *   (subgraph answers are never HTTP-cached; a failed fetch is reported, not retried).
 * - Identical subgraph fetches in flight at the same time are sent once: same subgraph, same operation and
 *   variables, and the same caller (subject and roles), so no answer is ever shared between callers who may
 *   see different data. Mutations are never shared. A dashboard opened by several people at once costs the
 *   departments one computation. Only requests already in flight are joined: nothing is cached.
 *
 * The caller's identity reaches the fetcher through an internal header that the fetcher removes before
 * sending (the signed identity headers themselves change with time, and a trace header every request).
 * A caller that gives up (its timeout, its client gone) leaves the shared fetch without failing the
 * others; the fetch itself is aborted only when no caller is left.
 */
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const SHARE_KEY_HEADER = 'x-lsp-upstream-share-key';

interface Settled { status: number; statusText: string; headers: Array<[string, string]>; body: string }

const isMutation = (body: string) => /^\{"query":"\s*mutation\b/.test(body.slice(0, 40));

export function createUpstream() {
  const inflight = new Map<string, { pending: Promise<Settled>; controller: AbortController; waiters: number }>();
  let shared = 0;
  let sent = 0;

  const send = async (url: string, init: RequestInit): Promise<Settled> => {
    sent += 1;
    const res = await fetch(url, init);
    return { status: res.status, statusText: res.statusText, headers: [...res.headers], body: await res.text() };
  };

  /** Waits for a shared fetch on behalf of one caller, who may give up (timeout, disconnect) without the others. */
  const waitFor = (key: string, entry: { pending: Promise<Settled>; controller: AbortController; waiters: number }, signal?: AbortSignal | null) => {
    entry.waiters += 1;
    if (!signal) return entry.pending;
    return new Promise<Settled>((resolve, reject) => {
      const leave = () => {
        entry.waiters -= 1;
        // The last caller gone: nobody wants the answer any more.
        if (entry.waiters === 0 && inflight.get(key) === entry) {
          inflight.delete(key);
          entry.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      entry.pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  };

  const fetcher = async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const shareKey = headers[SHARE_KEY_HEADER];
    delete headers[SHARE_KEY_HEADER];
    const signal = (init as { signal?: AbortSignal | null } | undefined)?.signal;
    const body = typeof init?.body === 'string' ? init.body : undefined;
    let settled: Settled;
    if (shareKey === undefined || body === undefined || isMutation(body)) {
      settled = await send(url, { method: init?.method, headers, body, signal });
    } else {
      const key = `${url}\n${shareKey}\n${body}`;
      let entry = inflight.get(key);
      if (entry) shared += 1;
      else {
        // The first caller's headers go out (same caller, same body: the others' would only differ in time).
        const controller = new AbortController();
        const created: { pending: Promise<Settled>; controller: AbortController; waiters: number } = { pending: Promise.resolve() as never, controller, waiters: 0 };
        created.pending = send(url, { method: init?.method, headers, body, signal: controller.signal }).finally(() => {
          if (inflight.get(key) === created) inflight.delete(key);
        });
        created.pending.catch(() => undefined);
        inflight.set(key, created);
        entry = created;
      }
      settled = await waitFor(key, entry, signal);
    }
    // A fresh Response per caller: each reads its own body.
    return new Response(settled.body, { status: settled.status, statusText: settled.statusText, headers: settled.headers }) as unknown as FetcherResponse;
  };

  /** Puts the caller's share key on each request of a data source (its fetcher must end in `fetcher` above). */
  const shareKeys = <C extends { identity?: Identity }, S extends RemoteGraphQLDataSource<C>>(source: S): S => {
    const willSend = source.willSendRequest?.bind(source);
    source.willSendRequest = async (options: GraphQLDataSourceProcessOptions<C>) => {
      await willSend?.(options);
      const identity = (options.context as Partial<C> | undefined)?.identity;
      if (identity) options.request.http?.headers.set(SHARE_KEY_HEADER, encodeURIComponent(JSON.stringify([identity.sub, [...identity.roles].sort()])));
    };
    return source;
  };

  return {
    fetcher: fetcher as Fetcher,
    /** Fetches sent to subgraphs, and fetches answered by joining one already in flight (since start). */
    stats: () => ({ sent, shared }),
    shareKeys,
    /** A plain data source on this upstream: the fetcher above, and the caller's share key on each request. */
    tune<C extends { identity?: Identity }, S extends RemoteGraphQLDataSource<C>>(source: S): S {
      source.fetcher = fetcher as Fetcher;
      return shareKeys<C, S>(source);
    },
  };
}
