import type { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { exportRouter } from './export';
import type { z } from 'zod';
import { ANONYMOUS, SQL_STATEMENTS_HEADER, drainAndClose, gatewayLimitsConcern, listen, signingKeyFromPem, type Logger } from '@lsp/shared';
import { createAuthenticator, identify, stateOf, type AuthOptions, type Authenticate } from './plugins/auth';
import { answerClientErrors, errorHandler, formatError, methodNotAllowed, notFound, operationRefusalsPlugin, requireJsonBody } from './plugins/errors';
import { introspectionGate, queryLimits, tokenLimit } from './plugins/limits';
import { rateLimit } from './plugins/rate-limit';
import { SignedSubgraphSource, type SubgraphSourceOptions } from './plugins/subgraph-source';
import { supergraphFromFile } from './plugins/supergraph-watch';
import { auditPlugin, createAudit } from './plugins/audit';
import { adminGraphql } from './plugins/admin-graphql';
import type { ApiKeyStore } from './api-keys/store';
import type { AuditEventStore } from './api-keys/audit-events';
import { explorerRouter } from './explorer';
import { mapRouter } from './maps';
import { reportRouter } from './report';
import { intakeRouter } from './intake';
import { submissionCheckPlugin } from './intake/quality';
import { gatewayObservability } from './plugins/observability';
import { createUpstream } from './upstream';
import type { GatewayContext } from './context';
import { DEFAULT_RESPONSE_CACHE_MAX_MB, responseCache } from './plugins/response-cache';
import { connectRedis } from './plugins/redis';
import type { BreakerOptions } from './plugins/retry';
import { useResultShaping, type ResultShaping } from './result-shaping';

/**
 * The gateway: an assembly of small modules under plugins/ (auth, rate limit, limits, errors, subgraph
 * calls, supergraph reload). The request pipeline, in order: request id + identity (before any body is
 * read) → rate limit → body limit → GraphQL (query limits, then the query plan).
 */
/** What every GraphQL execution carries (declared in context.ts, which imports nothing of the gateway). */
export type { GatewayContext };

/** Limits with their defaults in shared/src/config.ts (gatewayLimitsConcern); README "Limits". */
export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxIntrospectionDepth: number;
  maxSelections: number;
  maxBodyBytes: number;
  maxUploadBytes: number;
  maxUploadRows: number;
  maxUnzippedBytes: number;
  ratePoints: number;
  rateWindowSeconds: number;
  readTimeoutMs: number;
  writeTimeoutMs: number;
}

/** The gateway's limits from its parsed configuration (variables and defaults: gatewayLimitsConcern). */
export const limitsFromConfig = (cfg: z.infer<typeof gatewayLimitsConcern>): GatewayLimits => ({
  maxDepth: cfg.LIMIT_MAX_DEPTH, maxAliases: cfg.LIMIT_MAX_ALIASES, maxTokens: cfg.LIMIT_MAX_TOKENS, maxDirectives: cfg.LIMIT_MAX_DIRECTIVES,
  maxCost: cfg.LIMIT_MAX_COST, maxIntrospectionDepth: cfg.LIMIT_MAX_INTROSPECTION_DEPTH, maxSelections: cfg.LIMIT_MAX_SELECTIONS, maxBodyBytes: cfg.LIMIT_MAX_BODY_BYTES,
  maxUploadBytes: cfg.LIMIT_MAX_UPLOAD_BYTES, maxUploadRows: cfg.LIMIT_MAX_UPLOAD_ROWS, maxUnzippedBytes: cfg.LIMIT_MAX_UNZIPPED_BYTES, ratePoints: cfg.RATE_LIMIT_POINTS,
  rateWindowSeconds: cfg.RATE_LIMIT_WINDOW_SECONDS, readTimeoutMs: cfg.SUBGRAPH_READ_TIMEOUT_MS, writeTimeoutMs: cfg.SUBGRAPH_WRITE_TIMEOUT_MS,
});
export const DEFAULT_LIMITS: GatewayLimits = limitsFromConfig(gatewayLimitsConcern.parse({}));

export interface GatewayOptions {
  supergraphPath: string;
  /** Overrides of the URLs written in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  auth: AuthOptions;
  /** The gateway's Ed25519 private key (PKCS#8 PEM) for forwarded identities. */
  identityPrivateKey: string;
  identityTtlSeconds?: number;
  limits?: Partial<GatewayLimits>;
  production?: boolean;
  log: Logger;
  /** Watch the supergraph file and hot-reload it (after a health check of the subgraphs). */
  watchSupergraph?: boolean;
  /** BI tools' API keys (`Authorization: ApiKey <key>`), managed on /admin/graphql; none: API keys refused. */
  apiKeys?: ApiKeyStore;
  /** The audit trail's table (the same database), queried on /admin/graphql; none: audit log lines only. */
  auditEvents?: AuditEventStore;
  /** HTTP client for subgraph calls (connection pools); default Node's fetch. */
  subgraphFetch?: SubgraphSourceOptions['fetch'];
  /** Response cache size in bytes (plugins/response-cache.ts; config RESPONSE_CACHE_MAX_MB); 0 turns it off. Default 64 MiB. */
  responseCacheMaxBytes?: number;
  /**
   * The Redis the replicas share (REDIS_URL; plugins/redis.ts): the rate limit counted across replicas and the
   * response cache's second level. None: both in this process's memory.
   */
  redisUrl?: string;
  /** Lifetime of a cached answer in Redis (RESPONSE_CACHE_SHARED_TTL_SECONDS). */
  responseCacheSharedTtlSeconds?: number;
  /** How the merged subgraph data is shaped into the answer (GATEWAY_RESULT_SHAPING; result-shaping.ts). Default 'prepared'. */
  resultShaping?: ResultShaping;
  /** Each subgraph's circuit breaker (plugins/retry.ts; SUBGRAPH_BREAKER_*). Default 5 failures, open 10 s. */
  breaker?: BreakerOptions;
}

export async function createGateway(opts: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const production = !!opts.production;
  // Keep-alive fetch and in-flight sharing of identical subgraph fetches (upstream.ts, measured in bench/results).
  const upstream = createUpstream();
  const source: SubgraphSourceOptions = {
    signingKey: signingKeyFromPem(opts.identityPrivateKey), ttlSeconds: opts.identityTtlSeconds ?? 30,
    readTimeoutMs: limits.readTimeoutMs, writeTimeoutMs: limits.writeTimeoutMs, fetch: opts.subgraphFetch ?? upstream.fetcher,
    routes: {},
  };
  const shaping = useResultShaping(opts.resultShaping ?? 'prepared');
  if (shaping !== (opts.resultShaping ?? 'prepared')) opts.log.warn({ shaping }, 'result shaping');
  const obs = gatewayObservability({ log: opts.log, subgraphUrls: opts.subgraphUrls, breaker: opts.breaker });
  const redis = opts.redisUrl ? connectRedis(opts.redisUrl, { log: opts.log, registry: obs.obs.metrics.registry }) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(opts.supergraphPath, opts.log, { watch: !!opts.watchSupergraph }),
    buildService: ({ name, url }) => {
      // The routing table, also handed to the score's owner in its delegation (it reads the departments' feeds where the gateway does).
      source.routes[name] = opts.subgraphUrls[name] ?? url!;
      return obs.instrument(name, upstream.shareKeys(new SignedSubgraphSource(name, source.routes[name], source)));
    },
  });
  obs.watch(gateway);
  // Whole answers of read operations, keyed by the data versions of every subgraph (exact, no lifetime).
  const cache = responseCache({
    maxBytes: opts.responseCacheMaxBytes ?? DEFAULT_RESPONSE_CACHE_MAX_MB * 1024 * 1024,
    subgraphUrls: opts.subgraphUrls, registry: obs.obs.metrics.registry, log: opts.log,
    redis, sharedTtlSeconds: opts.responseCacheSharedTtlSeconds,
  });

  const sqlCountPlugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sqlStatements));
          response.http.headers.set('x-subgraph-calls', String(contextValue.subgraphCalls));
        },
      };
    },
  };
  const shape = queryLimits({ ...limits, production });
  const audit = createAudit(opts.log, opts.auditEvents);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [sqlCountPlugin, cache.plugin as ApolloServerPlugin<GatewayContext>, obs.apolloPlugin as ApolloServerPlugin<GatewayContext>, auditPlugin(audit), operationRefusalsPlugin, submissionCheckPlugin((): ApolloServer<GatewayContext> => apollo), introspectionGate(production), ...(shape.plugins as ApolloServerPlugin<GatewayContext>[])],
    validationRules: shape.validationRules,
    // A first, linear validation pass (with GraphQL's own rules); the rules above run only when it passes.
    maxRecursiveSelections: shape.maxRecursiveSelections,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();
  // Shared from the first request when Redis is there; a gateway whose Redis is down starts anyway, degraded.
  if (redis && !(await redis.connected(3000))) opts.log.warn('redis not reachable at start: serving degraded (rate limit per replica, no shared cache) until it is');

  const keys = opts.apiKeys;
  const authenticate: Authenticate = createAuthenticator({ ...opts.auth, apiKeys: keys ? (key) => keys.verify(key) : opts.auth.apiKeys });
  const contextOf = (res: express.Response): GatewayContext => ({ ...stateOf(res), sqlStatements: 0, subgraphCalls: 0 });

  const app = express();
  app.disable('x-powered-by');
  obs.mount(app);
  app.get('/health', (_req, res) => {
    // node: the runtime this process runs on (the lockfile pins it; see README, "The two commands").
    res.json({ status: 'ok', service: 'gateway', node: process.version });
  });
  // The explorer (and its redirect of a browser's GET /graphql) comes before the API's guards: the page is public,
  // its queries go through /graphql with the credential the analyst signs in with.
  app.use(explorerRouter({ developmentTokens: production ? undefined : opts.auth.local }));
  const guard = [identify(authenticate), rateLimit({ points: limits.ratePoints, windowSeconds: limits.rateWindowSeconds, redis, registry: obs.obs.metrics.registry })];
  app.all('/graphql', (req, res, next) => (req.method === 'GET' || req.method === 'POST' ? next() : methodNotAllowed(['GET', 'POST'])(req, res, next)));
  app.use(
    '/graphql',
    ...guard,
    requireJsonBody,
    express.json({ limit: limits.maxBodyBytes }),
    tokenLimit(limits.maxTokens),
    expressMiddleware(apollo, { context: async ({ res }) => contextOf(res) }),
  );
  // BI exports: the same identity and rate limit as /graphql, and an ad-hoc query the same body and token limits.
  app.use('/export', ...guard, exportRouter({
    apollo, schema: () => gateway.schema, validationRules: shape.validationRules, contextFor: async (_req, res) => contextOf(res),
    queryGuards: [express.json({ limit: limits.maxBodyBytes }), tokenLimit(limits.maxTokens)],
  }));
  app.use(reportRouter(apollo, guard, contextOf));
  app.use(mapRouter(apollo, guard, contextOf));
  // Department teams' intake: templates, uploads with a report before anything is written, and the page.
  app.use(intakeRouter({ apollo, schema: () => gateway.schema, supergraphPath: opts.supergraphPath, guard, contextOf, limits,
    anonymousContext: () => ({ identity: ANONYMOUS, requestId: `intake-descriptions-${Date.now()}`, sqlStatements: 0, subgraphCalls: 0 }) }));
  // Admins: API keys and the audit trail, the gateway's own small GraphQL schema (not the supergraph's).
  if (keys || opts.auditEvents) app.use('/admin/graphql', adminGraphql({ apiKeys: keys, auditEvents: opts.auditEvents, audit, log: opts.log, guard }));
  app.use(notFound);
  app.use(errorHandler(opts.log, audit));
  return { app, apollo, gateway, authenticate, cache, redis, breakers: obs.breakerStates };
}

export async function startGateway(opts: GatewayOptions & { port: number; host: string }): Promise<{ server: Server; url: string; stop: () => Promise<void> }> {
  const { app, apollo, redis } = await createGateway(opts);
  const server = await listen(app, opts.port, opts.host);
  answerClientErrors(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    url: `http://${opts.host}:${port}/graphql`,
    // Requests in flight finish (up to 10 s; then their sockets are cut), keep-alive sockets are closed.
    stop: async () => {
      await drainAndClose(server, { forceAfterMs: 10_000 });
      await apollo.stop();
      await redis?.close();
    },
  };
}
