import type { DataSource, QueryRunner } from 'typeorm';
import { currentRequest } from './request-record';
import { inClientSpan } from './tracing';

const instrumented = Symbol('lsp.instrumented');

/**
 * Times every SQL statement a data source sends: adds it to the current request's record (statements and
 * seconds, for the access log and the per-request histograms) and, when the request is traced, makes it a
 * span. TypeORM has no query hook with a duration, so each query runner's `query` is wrapped as the
 * driver creates it. Call before `initialize()`.
 */
export function instrumentQueries(dataSource: DataSource): void {
  const driver = dataSource.driver as { createQueryRunner(mode: string): QueryRunner };
  const system = dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: string) => {
    const runner = create(mode) as QueryRunner & { [instrumented]?: true };
    if (runner[instrumented]) return runner;
    runner[instrumented] = true;
    const query = runner.query.bind(runner);
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      const record = currentRequest();
      const started = process.hrtime.bigint();
      try {
        const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
        return await inClientSpan(`${system} ${verb}`, { 'db.system': system, 'db.statement': sql.slice(0, 2000) }, () => query(sql, parameters, structured as never));
      } finally {
        if (record) {
          record.sqlStatements += 1;
          record.sqlSeconds += Number(process.hrtime.bigint() - started) / 1e9;
        }
      }
    }) as QueryRunner['query'];
    return runner;
  };
}
