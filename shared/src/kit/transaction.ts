import type { DataSource, EntityManager } from 'typeorm';

/**
 * A write transaction that also works under concurrency on the embedded database: better-sqlite3 has one
 * connection, and a second BEGIN while a transaction is open fails ("cannot start a transaction within a
 * transaction"), so SQLite writes of one DataSource queue here; MySQL/MariaDB transactions run on their pool.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function writeTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(fn);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(fn));
  queues.set(db, run);
  return run;
}
