import { Writable } from 'node:stream';
import pino from 'pino';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { issueToken, parseConfig, startTracing, telemetryConcern, type Logger } from '@lsp/shared';
import { startGateway } from '../gateway/src/server';
import { SUBGRAPHS, SUPERGRAPH_FILE } from '../gateway/src/subgraphs';
import { MYSQL_URL, startSubgraph, TEST_IDENTITY_PRIVATE_KEY, TEST_JWT_ISSUER, TEST_JWT_SECRET, type DbKind } from './testkit';
import { loadSubgraphModule } from './testkit/platform';

/**
 * Metrics, access logs, readiness and traces through the real gateway and every subgraph, each service
 * logging to its own captured pino stream (as each would to its own stdout in production).
 */
type Line = Record<string, any>;
/** MariaDB when MYSQL_URL is set (the pool gauge and SQL spans then come from mysql2), else SQLite. */
const kind: DbKind = MYSQL_URL ? 'mysql' : 'sqlite';
const lines: Record<string, Line[]> = {};
function captureLogger(service: string): Logger {
  lines[service] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines[service].push(JSON.parse(l));
      done();
    },
  });
  return pino({ level: 'info', base: { service } }, stream);
}

const exporter = new InMemorySpanExporter();
let stopTracing: () => Promise<void>;
let gatewayUrl: string;
let base: string;
const stops: Array<() => Promise<void>> = [];
const subgraphBase: Record<string, string> = {};
const servers: Record<string, import('node:http').Server> = {};
let token: string;
/** A district's dashboard: every commune's learning-society score with its components (all five departments). */
const dashboard = {
  operationName: 'DistrictDashboard',
  document: `query DistrictDashboard($district: String!, $year: Int!) {
    district(code: $district) { name communes { code name inYear(year: $year) {
      learningSociety { total grade coverage components { indicator source value target points weight status } } } } }
  }`,
  exampleVariables: { district: '127', year: 2015 },
};

beforeAll(async () => {
  stopTracing = startTracing('test', parseConfig(telemetryConcern, {}), exporter);
  const urls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const running = await startSubgraph(loadSubgraphModule(s.name), { kind, log: captureLogger(s.name) });
    urls[s.name] = running.url;
    subgraphBase[s.name] = running.url.replace(/\/graphql$/, '');
    servers[s.name] = running.server;
    stops.push(() => running.stop());
  }
  const gw = await startGateway({
    port: 0, host: '127.0.0.1', supergraphPath: SUPERGRAPH_FILE, subgraphUrls: urls,
    identityPrivateKey: TEST_IDENTITY_PRIVATE_KEY, log: captureLogger('gateway'), limits: { ratePoints: 100_000 },
    auth: { production: false, allowAnonymousRead: false, local: { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER } },
  });
  stops.push(gw.stop);
  gatewayUrl = gw.url;
  base = gw.url.replace(/\/graphql$/, '');
  token = await issueToken('ana-analyst', ['analyst'], { secret: TEST_JWT_SECRET, issuer: TEST_JWT_ISSUER });
}, 180_000);

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await stopTracing();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as { data?: any; errors?: any[] } };
}

const sleepUntil = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
};

test('one dashboard request: one access-log line per service request, same request id, caller without token; one trace across gateway, subgraphs and SQL', async () => {
  exporter.reset();
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const requestId = 'obs-test-request-1';
  const { res, body } = await post(
    { query: dashboard.document, variables: dashboard.exampleVariables, operationName: dashboard.operationName },
    { 'x-request-id': requestId, traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.district.communes.length).toBeGreaterThan(0);
  const subgraphCalls = Number(res.headers.get('x-subgraph-calls'));
  const sql = Number(res.headers.get('x-sql-statements'));

  await sleepUntil(() => Object.values(lines).flat().filter((l) => l.requestId === requestId).length >= subgraphCalls + 1);
  const mine = Object.fromEntries(Object.entries(lines).map(([svc, ls]) => [svc, ls.filter((l) => l.requestId === requestId && l.msg === 'request')]));
  // The gateway logs the client's request once; each subgraph logs each fetch the query plan sent it, and each
  // department whose score parts the education subgraph asked logs that /score-parts call (one per department here).
  expect(mine.gateway).toHaveLength(1);
  const subgraphLines = Object.entries(mine).filter(([svc]) => svc !== 'gateway').flatMap(([, ls]) => ls);
  const graphqlLines = subgraphLines.filter((l) => l.path === '/graphql');
  const feedLines = subgraphLines.filter((l) => l.path === '/score-parts');
  expect(graphqlLines).toHaveLength(subgraphCalls);
  expect(graphqlLines.length + feedLines.length).toBe(subgraphLines.length);
  expect(feedLines.map((l) => l.service).sort()).toEqual(['awards', 'vocational', 'workforce']);
  const crossed = Object.entries(mine).filter(([svc, ls]) => svc !== 'gateway' && ls.length > 0).map(([svc]) => svc).sort();
  expect(crossed).toEqual(['awards', 'education', 'geography', 'vocational', 'workforce']);

  const g = mine.gateway[0];
  expect(g).toMatchObject({
    service: 'gateway', requestId, traceId, operation: 'DistrictDashboard', outcome: 'ok', status: 200,
    caller: { sub: 'ana-analyst', roles: ['analyst'] }, sqlStatements: sql, method: 'POST', path: '/graphql',
  });
  expect(typeof g.durationMs).toBe('number');
  for (const l of graphqlLines) {
    expect(l).toMatchObject({ requestId, traceId, status: 200, outcome: 'ok', caller: { sub: 'ana-analyst', roles: ['analyst'] } });
    expect(typeof l.sqlStatements).toBe('number');
  }
  for (const l of feedLines) {
    expect(l).toMatchObject({ requestId, traceId, status: 200, method: 'POST' });
    expect(l.sqlStatements).toBeGreaterThan(0);
  }
  // The subgraphs' SQL statements add up to what the gateway reported (education's answer counts the feeds' statements).
  const feedSql = feedLines.reduce((n, l) => n + l.sqlStatements, 0);
  expect(graphqlLines.reduce((n, l) => n + l.sqlStatements, 0) + feedSql).toBe(sql);
  // Never a token or the signed identity in any line.
  const all = JSON.stringify(Object.values(lines).flat());
  expect(all).not.toContain(token);
  expect(all).not.toContain('x-lsp-identity');
  expect(all).not.toMatch(/authorization/i);

  // Traces: every span of this request is in the client's trace; gateway, every subgraph reached and SQL.
  await sleepUntil(() => exporter.getFinishedSpans().filter((s) => s.attributes['lsp.service'] === 'gateway').length > 0);
  const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
  expect(new Set(exporter.getFinishedSpans().map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
  const servers = spans.filter((s) => s.attributes['lsp.service']);
  expect(servers.filter((s) => s.attributes['lsp.service'] === 'gateway')).toHaveLength(1);
  expect([...new Set(servers.map((s) => s.attributes['lsp.service']))].sort()).toEqual(['awards', 'education', 'gateway', 'geography', 'vocational', 'workforce']);
  expect(spans.filter((s) => s.name.startsWith('subgraph '))).toHaveLength(subgraphCalls);
  expect(spans.filter((s) => s.attributes['db.system'] === kind)).toHaveLength(sql);
  // Parentage: every subgraph server span's parent is a gateway-side span of the same trace.
  const ids = new Set(spans.map((s) => s.spanContext().spanId));
  for (const s of servers.filter((x) => x.attributes['lsp.service'] !== 'gateway')) expect(ids.has(s.parentSpanId!)).toBe(true);
});

/** The value of the series `name` whose labels include `labels` (any order), or undefined. */
function series(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

test('GET /metrics: Prometheus text with request histograms on the gateway and every subgraph', async () => {
  // Another year than the first test's: the same question again would be answered from the response cache, without subgraph fetches.
  await post({ query: dashboard.document, variables: { ...dashboard.exampleVariables, year: 2016 }, operationName: dashboard.operationName });
  await post({ query: '{ nope }' });
  const gw = await (await fetch(`${base}/metrics`)).text();
  const op = 'DistrictDashboard';
  expect(series(gw, 'lsp_graphql_request_duration_seconds_bucket', { le: '+Inf', service: 'gateway', operation: op, outcome: 'ok' })).toBeGreaterThanOrEqual(2);
  expect(series(gw, 'lsp_graphql_errors_total', { service: 'gateway', operation: 'anonymous', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  expect(series(gw, 'lsp_subgraph_fetch_duration_seconds_count', { service: 'gateway', subgraph: 'education', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
  expect(series(gw, 'lsp_sql_statements_per_request_count', { service: 'gateway', operation: op })).toBeGreaterThanOrEqual(2);
  expect(series(gw, 'lsp_http_request_duration_seconds_count', { service: 'gateway', route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(2);
  expect(gw).toMatch(/^process_cpu_user_seconds_total \d/m);
  for (const name of Object.keys(subgraphBase)) {
    const text = await (await fetch(`${subgraphBase[name]}/metrics`)).text();
    // Geography and education answer the dashboard's GraphQL fetches; the departments the score's model names its
    // score-parts feed calls; a department the dashboard does not reach (culture, programme) has no request series.
    if (name === 'geography' || name === 'education') {
      expect(text).toMatch(new RegExp(`^lsp_graphql_request_duration_seconds_count\\{service="${name}",operation="[^"]+",outcome="ok"\\} \\d+`, 'm'));
    } else if (['vocational', 'workforce', 'awards'].includes(name)) {
      expect(series(text, 'lsp_http_request_duration_seconds_count', { service: name, route: '/score-parts', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(1);
    } else {
      expect(text).toMatch(/^# TYPE lsp_http_request_duration_seconds histogram/m);
      continue;
    }
    expect(text).toMatch(new RegExp(`^lsp_sql_seconds_per_request_count\\{service="${name}",operation="[^"]+"\\} \\d+`, 'm'));
    const used = series(text, 'lsp_db_pool_connections', { service: name, state: 'used' })!;
    const idle = series(text, 'lsp_db_pool_connections', { service: name, state: 'idle' })!;
    expect(used + idle).toBeGreaterThanOrEqual(1);
    expect(series(text, 'lsp_db_pool_connections', { service: name, state: 'waiting' })).toBe(0);
  }
});

test('/ready names each subgraph; a subgraph down is counted by subgraph and leaves the gateway ready', async () => {
  const ready = (await (await fetch(`${base}/ready`)).json()) as any;
  expect(ready.status).toBe('ready');
  expect(ready.supergraph.hash).toMatch(/^[0-9a-f]{16}$/);
  expect(ready.subgraphs.map((s: any) => [s.name, s.ready]).sort()).toEqual(Object.keys(subgraphBase).sort().map((n) => [n, true]));
  expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'gateway', node: process.version });

  servers.awards.closeAllConnections();
  await new Promise<void>((r) => servers.awards.close(() => r()));
  const { body } = await post({ query: dashboard.document, variables: dashboard.exampleVariables, operationName: dashboard.operationName });
  // The dashboard's score asks awards through education (its score-parts feed): named in the answer.
  expect(body.errors?.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'awards')).toBe(true);
  // A field the gateway fetches from awards itself: the gateway's own failure counter.
  const direct = await post({ query: '{ district(code: "116") { inYear(year: 2015) { awardsIndicators { code } } } }' });
  expect(direct.body.errors?.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'awards')).toBe(true);
  const text = await (await fetch(`${base}/metrics`)).text();
  expect(series(text, 'lsp_subgraph_fetch_failures_total', { service: 'gateway', subgraph: 'awards', code: 'SUBGRAPH_UNAVAILABLE' })).toBeGreaterThanOrEqual(1);
  expect(series(text, 'lsp_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'DistrictDashboard', outcome: 'partial' })).toBe(1);
  const after = (await (await fetch(`${base}/ready`)).json()) as any;
  expect(after.status).toBe('ready');
  expect(after.subgraphs.find((s: any) => s.name === 'awards')).toMatchObject({ ready: false });
  expect(after.subgraphs.filter((s: any) => s.ready)).toHaveLength(Object.keys(subgraphBase).length - 1);
});
