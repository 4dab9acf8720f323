import { GraphQLError } from 'graphql';

/**
 * Database faults as coded answers. A caller never sees a host, a port or SQL: a database that does not answer
 * is DATABASE_UNAVAILABLE naming the department; a unique-key race or deadlock is retried, then CONFLICT.
 */
export type DatabaseFault = 'unavailable' | 'conflict';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN', 'ER_ACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR',
  'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_CORRUPT', 'SQLITE_READONLY',
]);
const CONFLICT_CODES = new Set([
  'ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_LOCKED',
  'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE',
]);

/** Classifies an error thrown by TypeORM / mysql2 / better-sqlite3; null when it is not a database fault. */
export function classifyDatabaseError(err: unknown): DatabaseFault | null {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 5; e = (e.driverError ?? e.cause ?? e.originalError) as Record<string, unknown> | undefined, depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && UNAVAILABLE_CODES.has(code)) return 'unavailable';
    if (code && CONFLICT_CODES.has(code)) return 'conflict';
    const message = typeof e.message === 'string' ? e.message : '';
    // graphql-js wraps a thrown non-Error (mysql2 can reject with a plain object) as "Unexpected error value: { code: ... }".
    const quoted = /code: "([A-Z_]+)"/.exec(message)?.[1];
    if (quoted && UNAVAILABLE_CODES.has(quoted)) return 'unavailable';
    if (quoted && CONFLICT_CODES.has(quoted)) return 'conflict';
    if (/Pool is closed|connection is in closed state|Connection lost|Can't add new command when connection is in closed state|Driver not Connected|database connection is not open|Connection is not established|connection is not yet established/i.test(message)) return 'unavailable';
  }
  return null;
}

export function databaseUnavailable(department: string): GraphQLError {
  return new GraphQLError(`The ${department} database is not answering; ${department} data is unavailable for now`, {
    extensions: { code: 'DATABASE_UNAVAILABLE', department },
  });
}

export function conflict(department: string, what: string): GraphQLError {
  return new GraphQLError(`${what} was changed by another write at the same time; try again`, { extensions: { code: 'CONFLICT', department } });
}

/**
 * The public form of an unexpected error: a database fault becomes its coded answer; anything else keeps
 * INTERNAL_SERVER_ERROR with a message that names the department but no driver text (which can hold host, port
 * or SQL). Used by the subgraph bootstrap's formatError.
 */
export function publicError(department: string, original: unknown): GraphQLError | null {
  if (original instanceof GraphQLError) return null;
  const fault = classifyDatabaseError(original);
  if (fault === 'unavailable') return databaseUnavailable(department);
  if (fault === 'conflict') return conflict(department, 'The data');
  return new GraphQLError(`Internal error in the ${department} subgraph`, { extensions: { code: 'INTERNAL_SERVER_ERROR', department } });
}

/** Runs a write transaction; a unique-key race or deadlock is retried (at most `attempts` times), then CONFLICT. */
export async function withConflictRetry<T>(department: string, what: string, fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const fault = classifyDatabaseError(err);
      if (fault === 'conflict' && i < attempts) continue;
      if (fault === 'conflict') throw conflict(department, what);
      if (fault === 'unavailable') throw databaseUnavailable(department);
      throw err;
    }
  }
}
