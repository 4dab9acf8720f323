import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { context, SpanStatusCode } from '@opentelemetry/api';
import type express from 'express';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { REQUEST_ID_HEADER } from '../identity';
import type { Logger } from '../logger';
import { createServiceMetrics, metricsText, observeDatabasePool, type ServiceMetrics } from './metrics';
import { currentRequest, runWithRequestRecord, type RequestRecord } from './request-record';
import { ensureContextPropagation, startServerSpan } from './tracing';

/** Probes, scrapes and the data version the gateway asks on every read: neither logged nor traced (they would drown the requests). */
const PROBES = new Set(['/health', '/ready', '/metrics', '/data-version']);

/** Route label of a path: a fixed set, so a scanner's random URLs add no series. */
function routeOf(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/') || path.startsWith('/graphql?')) return '/graphql';
  if (PROBES.has(path)) return path;
  if (path.startsWith('/export/')) return '/export/:dataset';
  // A department's score-parts feed (kit/score-parts.ts), called by the education subgraph's score.
  if (path === '/score-parts') return '/score-parts';
  if (path.startsWith('/intake/')) return '/intake';
  if (path.startsWith('/maps/')) return '/maps/:map';
  return 'other';
}

const recordOf = (res: ServerResponse): RequestRecord | undefined => (res as unknown as { locals?: { lsp?: RequestRecord } }).locals?.lsp;

/** The access-log fields of one request. Never the Authorization header nor the signed identity. */
function accessFields(res: ServerResponse, req: IncomingMessage, responseTime: number): Record<string, unknown> {
  const r = recordOf(res);
  return {
    traceId: r?.traceId,
    caller: r?.caller,
    operation: r?.operation,
    outcome: r?.outcome,
    errorCodes: r?.errorCodes.length ? [...new Set(r.errorCodes)] : undefined,
    method: req.method,
    path: r?.path ?? (req.url ?? '').split('?')[0],
    status: res.statusCode,
    durationMs: responseTime,
    sqlStatements: r?.sqlStatements ?? 0,
    sqlMs: r ? Math.round(r.sqlSeconds * 1000 * 10) / 10 : 0,
  };
}

export interface ServiceObservability {
  service: string;
  metrics: ServiceMetrics;
  /** Request id, access log, server span and per-request record. Mount before every route. */
  middleware: express.RequestHandler;
  /** Operation name, outcome, error codes and caller of GraphQL requests; duration histograms. */
  apolloPlugin: ApolloServerPlugin<object>;
  /** GET /metrics (Prometheus text). */
  metricsHandler: express.RequestHandler;
}

/**
 * Metrics, access logs and traces of one service (a subgraph or the gateway). `db` is the service's own
 * database (absent on the gateway, whose SQL figure is the subgraphs' x-sql-statements summed).
 */
export function createServiceObservability(opts: { service: string; log: Logger; db?: DataSource }): ServiceObservability {
  ensureContextPropagation();
  const { service } = opts;
  const metrics = createServiceMetrics(service);
  if (opts.db) observeDatabasePool(metrics, opts.db);
  const accessLog = pinoHttp({
    logger: opts.log,
    // The id is set by the middleware below before pino-http runs.
    genReqId: (req) => req.headers[REQUEST_ID_HEADER] as string,
    customAttributeKeys: { reqId: 'requestId' },
    // Only the request id as a binding: the default binds the whole request, every header (tokens) included.
    quietReqLogger: true,
    quietResLogger: true,
    autoLogging: { ignore: (req) => PROBES.has((req.url ?? '').split('?')[0]) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, val: { responseTime: number }) => accessFields(res, req, val.responseTime),
    customErrorObject: (req, res, err, val: { responseTime: number }) => ({ ...accessFields(res, req, val.responseTime), err: err.message }),
  });

  const middleware: express.RequestHandler = (req, res, next) => {
    let requestId = req.headers[REQUEST_ID_HEADER];
    if (typeof requestId !== 'string' || !requestId) {
      requestId = randomUUID();
      req.headers[REQUEST_ID_HEADER] = requestId;
    }
    const route = routeOf(req.path);
    const record: RequestRecord = { requestId, path: req.path, errorCodes: [], sqlStatements: 0, sqlSeconds: 0 };
    res.locals.lsp = record;
    const started = process.hrtime.bigint();
    const traced = !PROBES.has(route) ? startServerSpan(service, `${req.method} ${route}`, req.headers) : undefined;
    record.traceId = traced?.traceId;
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpDuration.observe({ route, method: req.method, status: String(res.statusCode) }, seconds);
      // GraphQL requests by operation name; a department's score-parts feed calls as the operation "score-parts".
      if ((route === '/graphql' && record.outcome) || route === '/score-parts') {
        const operation = route === '/score-parts' ? 'score-parts' : metrics.operations.label(record.operation);
        metrics.sqlStatements.observe({ operation }, record.sqlStatements);
        if (opts.db) metrics.sqlSeconds.observe({ operation }, record.sqlSeconds);
      }
      if (traced) {
        traced.span.setAttributes({ 'http.method': req.method, 'http.route': route, 'http.status_code': res.statusCode, 'lsp.request_id': requestId, 'lsp.sql_statements': record.sqlStatements });
        if (record.operation) traced.span.setAttribute('graphql.operation.name', record.operation);
        if (res.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
        traced.span.end();
      }
    });
    accessLog(req, res);
    const run = () => runWithRequestRecord(record, () => next());
    if (traced) context.with(traced.ctx, run);
    else run();
  };

  const apolloPlugin: ApolloServerPlugin<object> = {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, request, contextValue: ctx }) {
          const record = currentRequest();
          const name = operationName ?? request.operationName ?? undefined;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errors = body?.errors ?? [];
          const outcome = errors.length === 0 ? 'ok' : body?.data ? 'partial' : 'error';
          const codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          const operation = metrics.operations.label(name);
          metrics.graphqlDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
          for (const code of codes) metrics.graphqlErrors.inc({ operation, code });
          if (!record) return;
          record.operation = name ? name.slice(0, 200) : undefined;
          record.outcome = outcome;
          record.errorCodes.push(...codes);
          const identity = (contextValue as { identity?: { sub: string; roles: string[] } }).identity;
          if (identity) record.caller = { sub: identity.sub, roles: [...identity.roles] };
          // On the gateway: the SQL the subgraphs reported for this request, summed.
          const reported = (ctx as { sqlStatements?: unknown }).sqlStatements;
          if (!opts.db && typeof reported === 'number') record.sqlStatements = reported;
        },
      };
    },
  };

  const metricsHandler: express.RequestHandler = async (_req, res) => {
    const { contentType, body } = await metricsText(metrics);
    res.setHeader('content-type', contentType);
    res.send(body);
  };
  return { service, metrics, middleware, apolloPlugin, metricsHandler };
}
