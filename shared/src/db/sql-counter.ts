import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../logger';

/**
 * Counts the SQL statements a request causes. The subgraph bootstrap opens a scope per HTTP request; the
 * TypeORM logger below increments it for every statement sent. The figure is returned in the
 * `x-sql-statements` response header, summed by the gateway, asserted by tests and reported by benchmarks.
 */
interface Scope {
  statements: number;
}
const scopes = new AsyncLocalStorage<Scope>();

export function withSqlCounting<T>(fn: () => T): T {
  return scopes.run({ statements: 0 }, fn);
}

/** Statements another service ran for this request (a score-parts feed's x-sql-statements), counted here too. */
export function addSqlStatements(n: number): void {
  const scope = scopes.getStore();
  if (scope && Number.isFinite(n) && n > 0) scope.statements += n;
}

export function sqlStatementsSoFar(): number {
  return scopes.getStore()?.statements ?? 0;
}

export class CountingSqlLogger implements TypeOrmLogger {
  constructor(private readonly out?: Logger, private readonly traceQueries = false) {}

  logQuery(query: string, parameters?: unknown[]) {
    const scope = scopes.getStore();
    if (scope) scope.statements += 1;
    if (this.traceQueries) this.out?.trace({ query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _qr?: QueryRunner) {
    this.out?.warn({ err: error instanceof Error ? error.message : error, query }, 'sql error');
  }
  logQuerySlow(time: number, query: string) {
    this.out?.warn({ ms: time, query }, 'slow sql');
  }
  logSchemaBuild(message: string) {
    this.out?.debug(message);
  }
  logMigration(message: string) {
    this.out?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.out?.warn(String(message));
    else this.out?.debug(String(message));
  }
}
