import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import type { Logger } from '../logger';
import { CountingSqlLogger } from './sql-counter';
import { instrumentQueries } from '../observability/sql';

export type Dialect = 'sqlite' | 'mysql';

export interface DatabaseOptions {
  /** Service name: names the embedded file and appears in logs. */
  service: string;
  /** mysql://user:pass@host:port/database, or sqlite:<file>, or undefined for <dataDir>/<service>.sqlite. */
  url?: string;
  dataDir?: string;
  entities: EntitySchema[];
  migrations: Array<new () => MigrationInterface>;
  log?: Logger;
}

export function dialectOf(url: string | undefined): Dialect {
  return url && /^(mysql|mariadb):/.test(url) ? 'mysql' : 'sqlite';
}

/** Creates the MySQL database named in the URL when it does not exist yet (first start on a fresh server). */
async function ensureMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`DATABASE_URL ${parsed.origin} names no database`);
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Database name "${database}" must be letters, digits and underscores`);
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
  });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await conn.end();
  }
}

/**
 * Opens the service's database and runs its pending migrations. `synchronize` is never on: the schema
 * is what the migrations say, on SQLite and MySQL alike.
 */
export async function openDatabase(opts: DatabaseOptions): Promise<DataSource> {
  const dialect = dialectOf(opts.url);
  const logger = new CountingSqlLogger(opts.log);
  let dataSource: DataSource;
  if (dialect === 'mysql') {
    const url = opts.url!.replace(/^mariadb:/, 'mysql:');
    await ensureMysqlDatabase(url);
    dataSource = new DataSource({
      type: 'mysql',
      url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsTableName: 'migrations',
      synchronize: false,
      logger,
      extra: { connectionLimit: 10 },
    });
  } else {
    const file = opts.url?.startsWith('sqlite:')
      ? opts.url.slice('sqlite:'.length)
      : resolve(opts.dataDir ?? 'data', `${opts.service}.sqlite`);
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: file,
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsTableName: 'migrations',
      synchronize: false,
      logger,
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
      },
    });
  }
  instrumentQueries(dataSource);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const m of applied) opts.log?.info({ migration: m.name }, 'migration applied');
  return dataSource;
}

/** Reverts every applied migration (tests, and `down` checks). */
export async function revertAllMigrations(dataSource: DataSource): Promise<number> {
  let reverted = 0;
  while ((await dataSource.query(`SELECT COUNT(*) AS n FROM ${dataSource.driver.escape('migrations')}`))[0].n > 0) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    reverted += 1;
  }
  return reverted;
}
