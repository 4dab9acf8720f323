import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditRecordEntity } from './audit';

/**
 * A subgraph's data version (`GET /data-version`), the fingerprint the gateway's response cache keys answers by
 * (gateway/src/plugins/response-cache.ts). It moves whenever an answer of this subgraph may change:
 *
 * - **every write, lock and unlock, by any path**: a department's data changes only through the kit's write path
 *   (mutations, CSV imports, the import command line, period locks), which records an audit row in the same
 *   transaction as the change; the newest audit id is a counter that moves on each of them, whichever process
 *   wrote (a CLI import on the database is seen as well as a mutation);
 * - **a start of the subgraph**: migrations, demo seeding, the units file and a new release of the code take
 *   effect at start, unaudited; a per-start epoch covers them (and a database restored under a subgraph that is
 *   then restarted);
 * - **the day**: a subgraph may answer relative to today (geography's dated lists default to today).
 *
 * A subgraph whose database keeps no audit trail (geography: its data is the units file and a seed) has the
 * epoch and the day only. Reading it is one statement on the audit table's primary key, with no identity: it
 * tells nothing but a counter. A database that does not answer fails it (the gateway then bypasses its cache).
 */
export const DATA_VERSION_PATH = '/data-version';

export interface DataVersionAnswer {
  service: string;
  version: string;
}

export function dataVersionReader(db: DataSource): () => Promise<string> {
  const epoch = randomUUID().slice(0, 8);
  const audited = db.hasMetadata(AuditRecordEntity);
  const table = audited ? db.getMetadata(AuditRecordEntity).tableName : undefined;
  return async () => {
    const day = new Date().toISOString().slice(0, 10);
    if (!table) return `${epoch}.${day}`;
    const rows: Array<{ v: unknown }> = await db.query(`SELECT MAX(id) AS v FROM ${table}`);
    const newest = rows[0]?.v;
    return `${epoch}.${day}.${newest === null || newest === undefined ? 0 : String(newest)}`;
  };
}

const readers = new WeakMap<DataSource, () => Promise<string>>();

/** Makes a subgraph's data version known to the code that reads its database (the facts loader's per-version memo). */
export function registerDataVersion(db: DataSource, read: () => Promise<string>): void {
  readers.set(db, read);
}

/** The data version reader registered for this database, if a subgraph serves it. */
export const registeredDataVersion = (db: DataSource): (() => Promise<string>) | undefined => readers.get(db);
