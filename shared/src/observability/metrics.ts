import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Prometheus metrics (prom-client). Each service app has its own registry labelled with its service name
 * (tests run several services in one process); process-wide metrics (CPU, memory, event loop, GC, and the
 * import counters, which the import CLI also uses) live in one shared registry merged into every scrape.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const COUNT_BUCKETS = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500];

let processRegistry: Registry | undefined;
function sharedRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

let importMetrics: { rows: Counter<'entity' | 'result'>; batches: Counter<'entity' | 'result'> } | undefined;
function imports() {
  if (!importMetrics) {
    const registers = [sharedRegistry()];
    importMetrics = {
      rows: new Counter({ name: 'lsp_import_rows_total', help: 'Rows submitted to imports and write mutations, by entity and result (applied, refused, dry_run)', labelNames: ['entity', 'result'], registers }),
      batches: new Counter({ name: 'lsp_import_batches_total', help: 'Import and write batches, by entity and result (applied, refused, dry_run)', labelNames: ['entity', 'result'], registers }),
    };
  }
  return importMetrics;
}

/** Counts one import or write batch; called by the dataset kit's writer (shared/src/kit/writer.ts) once per batch. */
export function recordImport(entity: string, result: 'applied' | 'refused' | 'dry_run', rows: number): void {
  const m = imports();
  m.batches.inc({ entity, result });
  m.rows.inc({ entity, result }, rows);
}

/** Operation names come from clients: a bounded set keeps a hostile client from exploding the series. */
const MAX_OPERATION_NAMES = 200;
export class OperationLabels {
  private readonly seen = new Set<string>();
  label(name: string | undefined | null): string {
    if (!name) return 'anonymous';
    const clean = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 80);
    if (this.seen.has(clean)) return clean;
    if (this.seen.size >= MAX_OPERATION_NAMES) return 'other';
    this.seen.add(clean);
    return clean;
  }
}

export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;

export function createServiceMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  const registers = [registry];
  const metrics = {
    registry,
    operations: new OperationLabels(),
    httpDuration: new Histogram({
      name: 'lsp_http_request_duration_seconds', help: 'HTTP requests by route, method and status code',
      labelNames: ['route', 'method', 'status'], buckets: DURATION_BUCKETS, registers,
    }),
    graphqlDuration: new Histogram({
      name: 'lsp_graphql_request_duration_seconds', help: 'GraphQL operations by operation name and outcome (ok, partial, error)',
      labelNames: ['operation', 'outcome'], buckets: DURATION_BUCKETS, registers,
    }),
    graphqlErrors: new Counter({
      name: 'lsp_graphql_errors_total', help: 'GraphQL errors returned, by operation name and extensions.code',
      labelNames: ['operation', 'code'], registers,
    }),
    sqlStatements: new Histogram({
      name: 'lsp_sql_statements_per_request', help: 'SQL statements sent per HTTP request',
      labelNames: ['operation'], buckets: COUNT_BUCKETS, registers,
    }),
    sqlSeconds: new Histogram({
      name: 'lsp_sql_seconds_per_request', help: 'Time spent in SQL per HTTP request (statements awaited one after the other add up)',
      labelNames: ['operation'], buckets: DURATION_BUCKETS, registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: 'lsp_subgraph_fetch_duration_seconds', help: 'Gateway fetches to subgraphs, by subgraph and outcome (ok, error, unavailable)',
      labelNames: ['subgraph', 'outcome'], buckets: DURATION_BUCKETS, registers,
    }),
    subgraphFetchFailures: new Counter({
      name: 'lsp_subgraph_fetch_failures_total', help: 'Gateway fetches to subgraphs that failed, by subgraph and error code',
      labelNames: ['subgraph', 'code'], registers,
    }),
  };
  return metrics;
}

/** Connections of the service's database pool: in use, idle, and requests waiting for one. */
export function observeDatabasePool(metrics: ServiceMetrics, db: DataSource): void {
  new Gauge({
    name: 'lsp_db_pool_connections', help: 'Database pool connections by state (used, idle, waiting requests); SQLite is one connection',
    labelNames: ['state'], registers: [metrics.registry],
    collect() {
      // mysql2's pool exposes no public counters; these arrays are its documented-by-use internals.
      const pool = (db.driver as { pool?: { _allConnections?: { length: number }; _freeConnections?: { length: number }; _connectionQueue?: { length: number } } }).pool;
      if (pool && pool._allConnections) {
        const all = pool._allConnections.length;
        const idle = pool._freeConnections?.length ?? 0;
        this.set({ state: 'used' }, all - idle);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'waiting' }, pool._connectionQueue?.length ?? 0);
      } else {
        this.set({ state: 'used' }, db.isInitialized ? 1 : 0);
        this.set({ state: 'idle' }, 0);
        this.set({ state: 'waiting' }, 0);
      }
    },
  });
}

/** The scrape: the service's registry plus the process-wide one. */
export async function metricsText(metrics: ServiceMetrics): Promise<{ contentType: string; body: string }> {
  // Concatenated rather than Registry.merge, which would drop the service's default label.
  const body = `${await metrics.registry.metrics()}\n${await sharedRegistry().metrics()}`;
  return { contentType: metrics.registry.contentType, body };
}
