import { createHash } from 'node:crypto';
import type { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type express from 'express';
import { Counter, Gauge } from 'prom-client';
import { BREAKER_GAUGE, withReadRetries, type BreakerOptions, type SubgraphBreaker } from './retry';
import { createServiceObservability, inClientSpan, injectTraceHeaders, type Logger, type ServiceObservability } from '@lsp/shared';

/** The subgraphs a supergraph routes to, from its join__Graph enum: name and routing URL. */
export function subgraphsOf(supergraphSdl: string): Array<{ name: string; url: string }> {
  return [...supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)].map((m) => ({ name: m[1], url: m[2] }));
}

export interface SubgraphReadiness {
  name: string;
  url: string;
  ready: boolean;
  detail?: string;
}

/** Asks a subgraph's own /ready (database reachable) next to its /graphql. */
async function probe(name: string, url: string, timeoutMs: number): Promise<SubgraphReadiness> {
  const readyUrl = url.replace(/\/graphql\/?$/, '') + '/ready';
  try {
    const res = await fetch(readyUrl, { signal: AbortSignal.timeout(timeoutMs) });
    return { name, url, ready: res.ok, ...(res.ok ? {} : { detail: `HTTP ${res.status}` }) };
  } catch (err) {
    return { name, url, ready: false, detail: (err as Error).message };
  }
}

/**
 * The gateway's metrics, access log, traces and readiness. Hooked into server.ts with a few lines:
 * `watch(gateway)`, `instrument(name, source)` in buildService, `apolloPlugin`, `mount(app)`.
 */
export function gatewayObservability(opts: { log: Logger; subgraphUrls: Record<string, string>; probeTimeoutMs?: number; breaker?: BreakerOptions }) {
  const obs: ServiceObservability = createServiceObservability({ service: 'gateway', log: opts.log });
  const { subgraphFetchDuration, subgraphFetchFailures } = obs.metrics;
  const retries = new Counter({
    name: 'lsp_subgraph_fetch_retries_total', help: 'Subgraph reads retried after a refused or reset connection or a 502/503/504, by subgraph and reason',
    labelNames: ['subgraph', 'reason'], registers: [obs.metrics.registry],
  });
  const breakerState = new Gauge({
    name: 'lsp_subgraph_breaker_state', help: 'Circuit breaker of each subgraph (plugins/retry.ts): 0 closed, 1 half-open, 2 open',
    labelNames: ['subgraph'], registers: [obs.metrics.registry],
  });
  const breakerChanges = new Counter({
    name: 'lsp_subgraph_breaker_transitions_total', help: 'Circuit breaker state changes, by subgraph and the state entered',
    labelNames: ['subgraph', 'state'], registers: [obs.metrics.registry],
  });
  /** The breaker of the data source built last for each subgraph (a hot reload builds new ones). */
  const breakers = new Map<string, SubgraphBreaker>();
  let loaded: { hash: string; loadedAt: string; subgraphs: Array<{ name: string; url: string }> } | undefined;

  return {
    obs,
    /** The breaker state of each subgraph (closed, half-open, open). */
    breakerStates: () => Object.fromEntries([...breakers].map(([n, b]) => [n, b.state()])),
    apolloPlugin: obs.apolloPlugin,
    /** Remembers the supergraph the gateway serves (initial load and every hot reload). */
    watch(gateway: ApolloGateway) {
      gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
        loaded = {
          hash: createHash('sha256').update(coreSupergraphSdl).digest('hex').slice(0, 16),
          loadedAt: new Date().toISOString(),
          subgraphs: subgraphsOf(coreSupergraphSdl).map((s) => ({ name: s.name, url: opts.subgraphUrls[s.name] ?? s.url })),
        };
      });
    },
    /**
     * Times each fetch to a subgraph, counts its failures, traces it and propagates traceparent; retries
     * reads that failed before reaching it (retry.ts), counted by reason.
     */
    instrument<S extends RemoteGraphQLDataSource<object>>(name: string, source: S): S {
      const { breaker } = withReadRetries(source, {
        breaker: opts.breaker,
        onRetry: (reason) => retries.inc({ subgraph: name, reason }),
        onState: (state) => {
          breakerState.set({ subgraph: name }, BREAKER_GAUGE[state]);
          breakerChanges.inc({ subgraph: name, state });
          const line = { subgraph: name, breaker: state };
          if (state === 'open') opts.log.warn(line, `circuit breaker open: ${name} is answered as SUBGRAPH_UNAVAILABLE at once until a probe succeeds`);
          else opts.log.info(line, `circuit breaker ${state}`);
        },
      });
      breakers.set(name, breaker);
      breakerState.set({ subgraph: name }, BREAKER_GAUGE[breaker.state()]);
      const process = source.process.bind(source);
      const willSend = source.willSendRequest?.bind(source);
      source.willSendRequest = async (options) => {
        await willSend?.(options);
        injectTraceHeaders(options.request.http?.headers);
      };
      source.process = async (options: GraphQLDataSourceProcessOptions<object>) => {
        const started = globalThis.process.hrtime.bigint();
        let outcome = 'ok';
        try {
          const response = await inClientSpan(`subgraph ${name}`, { 'lsp.subgraph': name }, () => process(options));
          const codes = (response.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          if (codes.includes('SUBGRAPH_UNAVAILABLE')) {
            outcome = 'unavailable';
            subgraphFetchFailures.inc({ subgraph: name, code: 'SUBGRAPH_UNAVAILABLE' });
          } else if (codes.length) outcome = 'error';
          return response;
        } catch (err) {
          outcome = 'unavailable';
          subgraphFetchFailures.inc({ subgraph: name, code: String((err as { extensions?: { code?: unknown } }).extensions?.code ?? 'FETCH_FAILED') });
          throw err;
        } finally {
          subgraphFetchDuration.observe({ subgraph: name, outcome }, Number(globalThis.process.hrtime.bigint() - started) / 1e9);
        }
      };
      return source;
    },
    /**
     * Access log, request id and server span on every route; GET /metrics; GET /ready: 200 once a
     * supergraph is loaded, with each subgraph's own readiness. A subgraph that does not answer does not
     * make the gateway unready (it still serves partial answers naming the missing department), so an
     * orchestrator never takes every gateway out because one department is down.
     */
    mount(app: express.Express) {
      app.use(obs.middleware);
      app.get('/metrics', obs.metricsHandler);
      app.get('/ready', async (_req, res) => {
        if (!loaded) {
          res.status(503).json({ status: 'unavailable', service: 'gateway', supergraph: null, subgraphs: [] });
          return;
        }
        // Each subgraph's breaker is reported beside its readiness; an open one does not make the gateway unready.
        const subgraphs = await Promise.all(loaded.subgraphs.map(async (s) => ({
          ...(await probe(s.name, s.url, opts.probeTimeoutMs ?? 2000)), breaker: breakers.get(s.name)?.state() ?? 'closed',
        })));
        res.json({
          status: 'ready', service: 'gateway',
          supergraph: { hash: loaded.hash, loadedAt: loaded.loadedAt },
          subgraphs,
        });
      });
    },
  };
}
