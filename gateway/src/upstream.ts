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
 * sending (the signed identity headers themselves change every second, and a trace header every request).
 */
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const SHARE_KEY_HEADER = 'x-lsp-upstream-share-key';

interface Settled { status: number; statusText: string; headers: Array<[string, string]>; body: string }

const isMutation = (body: string) => /^\{"query":"\s*mutation\b/.test(body.slice(0, 40));

export function createUpstream() {
  const inflight = new Map<string, Promise<Settled>>();
  let shared = 0;
  let sent = 0;

  const send = async (url: string, init: RequestInit): Promise<Settled> => {
    sent += 1;
    const res = await fetch(url, init);
    return { status: res.status, statusText: res.statusText, headers: [...res.headers], body: await res.text() };
  };

  const fetcher = async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const shareKey = headers[SHARE_KEY_HEADER];
    delete headers[SHARE_KEY_HEADER];
    const request: RequestInit = { method: init?.method, headers, body: init?.body as string | undefined };
    const body = typeof init?.body === 'string' ? init.body : undefined;
    let settled: Settled;
    if (shareKey === undefined || body === undefined || isMutation(body)) {
      settled = await send(url, request);
    } else {
      const key = `${url}\n${shareKey}\n${body}`;
      let pending = inflight.get(key);
      if (pending) shared += 1;
      else {
        pending = send(url, request).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      settled = await pending;
    }
    // A fresh Response per caller: each reads its own body.
    return new Response(settled.body, { status: settled.status, statusText: settled.statusText, headers: settled.headers }) as unknown as FetcherResponse;
  };

  return {
    fetcher: fetcher as Fetcher,
    /** Fetches sent to subgraphs, and fetches answered by joining one already in flight (since start). */
    stats: () => ({ sent, shared }),
    /** Puts a subgraph data source on this upstream: the fetcher above, and the caller's share key on each request. */
    tune<C extends { identity?: Identity }, S extends RemoteGraphQLDataSource<C>>(source: S): S {
      source.fetcher = fetcher as Fetcher;
      const willSend = source.willSendRequest?.bind(source);
      source.willSendRequest = async (options: GraphQLDataSourceProcessOptions<C>) => {
        await willSend?.(options);
        const identity = (options.context as Partial<C> | undefined)?.identity;
        if (identity) options.request.http?.headers.set(SHARE_KEY_HEADER, encodeURIComponent(JSON.stringify([identity.sub, [...identity.roles].sort()])));
      };
      return source;
    },
  };
}
