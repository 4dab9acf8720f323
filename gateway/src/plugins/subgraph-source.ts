import { randomUUID, type KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql';
import { TIMEOUT_CODE } from './retry';
import { CALL_BUDGET_HEADER, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER, subgraphCallHeaders, type Identity } from '@lsp/shared';

/** What a subgraph call needs from the incoming request (a subset of GatewayContext). */
export interface SubgraphCallContext {
  identity: Identity;
  requestId: string;
  abort?: AbortController;
  /** Subgraphs that already timed out in this request: later calls to them fail at once, not after another wait. */
  timedOut?: Set<string>;
  sqlStatements: number;
  subgraphCalls: number;
}

export interface SubgraphSourceOptions {
  signingKey: KeyObject;
  ttlSeconds: number;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  /** The HTTP client for subgraph calls (connection pools plug in here); default: Node's fetch. */
  fetch?: Fetcher;
  /** Routing URL of every subgraph served, by name (filled as the services are built): the delegation's routing table. */
  routes: Record<string, string>;
}

/**
 * The gateway's own calls (the health check of a new supergraph) carry no caller; subgraphs refuse a
 * role-less identity, so these go as the least-privileged role.
 */
const GATEWAY_ITSELF: Identity = { sub: 'gateway', roles: ['anonymous'] };

/** Internal hand-over from willSendRequest to the fetcher; removed before the request leaves. */
const CALL_HEADER = 'x-lsp-call';

/**
 * One subgraph. For each call it signs the caller's identity for this subgraph and this exact body (the
 * fetcher sees the bytes that are sent), with the score-parts delegation on calls to education, bounds the call by the read or write timeout, and stops it when the
 * client has gone. A call that fails or times out names the subgraph (SUBGRAPH_UNAVAILABLE).
 */
export class SignedSubgraphSource extends RemoteGraphQLDataSource<SubgraphCallContext> {
  private readonly calls = new Map<string, { identity: Identity; timeoutMs: number; signal?: AbortSignal; ctx?: Partial<SubgraphCallContext> }>();

  constructor(private readonly name: string, url: string, private readonly opts: SubgraphSourceOptions) {
    super({ url });
    const inner: Fetcher = opts.fetch ?? (fetch as unknown as Fetcher);
    this.fetcher = async (input, init) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      const callId = headers[CALL_HEADER];
      delete headers[CALL_HEADER];
      const call = this.calls.get(callId) ?? { identity: GATEWAY_ITSELF, timeoutMs: opts.readTimeoutMs };
      this.calls.delete(callId);
      if (call.signal?.aborted) throw new Error('the client disconnected');
      if (call.ctx?.timedOut?.has(this.name)) throw new Error(`no answer within ${call.timeoutMs} ms earlier in this request`);
      // The identity for this subgraph and body; on calls to the score's owner also its delegation (shared/src/identity.ts).
      Object.assign(headers, await subgraphCallHeaders(call.identity, {
        key: opts.signingKey, subgraph: this.name, body: (init?.body as string | undefined) ?? '', urls: opts.routes, ttlSeconds: opts.ttlSeconds,
      }));
      headers[CALL_BUDGET_HEADER] = String(call.timeoutMs);
      const timeout = AbortSignal.timeout(call.timeoutMs);
      const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;
      try {
        return await inner(input, { ...init, headers, signal } as FetcherRequestInit);
      } catch (err) {
        if (timeout.aborted) {
          if (call.ctx) (call.ctx.timedOut ??= new Set()).add(this.name);
          // Coded, so the circuit breaker (retry.ts) counts it; the fast failure above and a client gone are not.
          throw Object.assign(new Error(`no answer within ${call.timeoutMs} ms`), { code: TIMEOUT_CODE });
        }
        throw err;
      }
    };
  }

  /** A subgraph that cannot be reached is named in the error, so a partial answer says what is missing. */
  didEncounterError(error: Error): void {
    throw new GraphQLError(`The ${this.name} subgraph did not answer: ${error.message}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
    });
  }

  /**
   * When an entity fetch fails, answer it with explicit nulls for the fields asked (every department field
   * on the year entities is nullable) plus the error naming the subgraph. The rest of the query plan then
   * goes on: a field that @requires the missing data (the learning-society score) is still computed, and
   * reports that department as unavailable, instead of the whole entity disappearing.
   */
  async process(options: GraphQLDataSourceProcessOptions<SubgraphCallContext>) {
    try {
      return await super.process(options);
    } catch (err) {
      const reps = options.request.variables?.representations as Array<{ __typename: string }> | undefined;
      const fields = reps && options.request.query ? entityFieldsAsked(options.request.query) : undefined;
      if (!reps || !fields) throw err;
      const error = err instanceof GraphQLError ? err : new GraphQLError((err as Error).message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name } });
      return {
        data: { _entities: reps.map((r) => ({ __typename: r.__typename, ...Object.fromEntries((fields.get(r.__typename) ?? []).map((f) => [f, null])) })) },
        errors: [{ message: error.message, extensions: error.extensions }],
      };
    }
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<SubgraphCallContext>) {
    const ctx = context as Partial<SubgraphCallContext>;
    const callId = randomUUID();
    const write = /^\s*mutation\b/.test(request.query ?? '');
    this.calls.set(callId, {
      identity: ctx.identity ?? GATEWAY_ITSELF,
      timeoutMs: write ? this.opts.writeTimeoutMs : this.opts.readTimeoutMs,
      signal: ctx.abort?.signal,
      ctx,
    });
    request.http?.headers.set(CALL_HEADER, callId);
    if (ctx.requestId) request.http?.headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }

  didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<SubgraphCallContext>['didReceiveResponse']>>[0]) {
    const n = Number(response.http?.headers.get(SQL_STATEMENTS_HEADER) ?? 0);
    if (context && typeof context.sqlStatements === 'number') {
      context.sqlStatements += Number.isFinite(n) ? n : 0;
      context.subgraphCalls += 1;
    }
    return response;
  }
}

/** Response names asked of each entity type in an `_entities` query; undefined for any other query. */
function entityFieldsAsked(query: string): Map<string, string[]> | undefined {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const entities = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return undefined;
  const out = new Map<string, string[]>();
  const collect = (set: SelectionSetNode, type: string | undefined) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, sel.typeCondition?.name.value ?? type);
      else if (sel.kind === Kind.FIELD && type && sel.name.value !== '__typename') {
        out.set(type, [...(out.get(type) ?? []), sel.alias?.value ?? sel.name.value]);
      }
    }
  };
  collect(entities.selectionSet, undefined);
  return out;
}
