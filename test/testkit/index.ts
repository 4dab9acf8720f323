import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import {
  createLogger, createSubgraphApp, DEV_JWT_SECRET, drainAndClose, IDENTITY_HEADER, issueToken, listen, openDatabase, revertAllMigrations, signForwardedIdentity, signingKeyFromPem,
  SQL_STATEMENTS_HEADER,
  sonLaUnits, type AdminUnits, type Identity, type Logger, type Role, type SubgraphModule,
} from '@lsp/shared';

/**
 * Testkit shared by every integration test: real databases (a temporary SQLite file, or MariaDB when
 * MYSQL_URL is set), real HTTP servers on free ports, and a client that signs identities like the gateway.
 */
/** A key pair made for this test process: the testkit signs like the gateway, subgraphs get the public half. */
const testKeys = generateKeyPairSync('ed25519');
export const TEST_IDENTITY_PRIVATE_KEY = testKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
export const TEST_IDENTITY_PUBLIC_KEY = testKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const testSigningKey = signingKeyFromPem(TEST_IDENTITY_PRIVATE_KEY);
/** Subgraph name by URL, so `gql(url, …, { as })` addresses the identity to the subgraph at that URL. */
const subgraphNameByUrl = new Map<string, string>();
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef';
export const TEST_JWT_ISSUER = 'son-la-learning-society-platform';
export const MYSQL_URL = process.env.MYSQL_URL;
export const quietLog = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');

export type DbKind = 'sqlite' | 'mysql';
/** The database kinds to run a suite on: SQLite always, MariaDB/MySQL when MYSQL_URL is set. */
export const dbKinds: DbKind[] = MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

let counter = 0;
/** A fresh, empty database URL of the given kind, unique to this test process. */
export function freshDatabaseUrl(kind: DbKind, service: string): string {
  counter += 1;
  if (kind === 'sqlite') return `sqlite:${join(mkdtempSync(join(tmpdir(), `lsp-${service}-`)), `${service}.sqlite`)}`;
  const url = new URL(MYSQL_URL!);
  url.pathname = `/lsp_test_${service}_${process.pid}_${counter}`;
  return url.toString();
}

export async function dropMysqlDatabase(url: string): Promise<void> {
  if (!url.startsWith('mysql')) return;
  const parsed = new URL(url);
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({ host: parsed.hostname, port: Number(parsed.port || 3306), user: parsed.username || 'root', password: decodeURIComponent(parsed.password) });
  await conn.query(`DROP DATABASE IF EXISTS \`${parsed.pathname.slice(1)}\``);
  await conn.end();
}

export interface RunningSubgraph {
  url: string;
  db: DataSource;
  databaseUrl: string;
  server: Server;
  stop(): Promise<void>;
}

/** Starts a subgraph on a free port with its own fresh database, migrated and (optionally) seeded. */
export async function startSubgraph<L>(
  mod: SubgraphModule<L>,
  opts: { kind?: DbKind; seed?: boolean; units?: AdminUnits; databaseUrl?: string; port?: number; log?: Logger } = {},
): Promise<RunningSubgraph> {
  const databaseUrl = opts.databaseUrl ?? freshDatabaseUrl(opts.kind ?? 'sqlite', mod.definition.name);
  const db = await openDatabase({ service: mod.definition.name, url: databaseUrl, entities: mod.entities, migrations: mod.migrations, log: quietLog });
  if (opts.seed !== false && mod.seed) await mod.seed(db, quietLog, opts.units ?? sonLaUnits());
  const { app, apollo } = await createSubgraphApp(mod.definition, { db, log: opts.log ?? quietLog, identityPublicKey: TEST_IDENTITY_PUBLIC_KEY, units: opts.units });
  const server = await listen(app, opts.port ?? 0, '127.0.0.1');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  subgraphNameByUrl.set(`http://127.0.0.1:${port}/graphql`, mod.definition.name);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    db,
    databaseUrl,
    server,
    async stop() {
      await drainAndClose(server, { forceAfterMs: 10_000 });
      await apollo.stop();
      if (opts.databaseUrl === undefined && databaseUrl.startsWith('mysql')) await revertAllMigrations(db).catch(() => undefined);
      await db.destroy();
      if (opts.databaseUrl === undefined) await dropMysqlDatabase(databaseUrl);
    },
  };
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
  sqlStatements: number | null;
  headers: Headers;
}

/**
 * POSTs a GraphQL request. `as` signs an identity like the gateway does (addressed to the subgraph started at
 * `url`, or to `audience`, and bound to this body); `bearer` sends a token instead.
 */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { as?: Identity | Role[]; bearer?: string; headers?: Record<string, string>; audience?: string } = {},
): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(auth.headers ?? {}) };
  const body = JSON.stringify({ query, variables });
  if (auth.as) {
    const identity = Array.isArray(auth.as) ? { sub: 'test-user', roles: auth.as } : auth.as;
    const audience = auth.audience ?? subgraphNameByUrl.get(url) ?? 'unknown-subgraph';
    headers[IDENTITY_HEADER] = await signForwardedIdentity(identity, { key: testSigningKey, audience, body });
  }
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  const res = await fetch(url, { method: 'POST', headers, body });
  const parsed = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
  const sql = res.headers.get(SQL_STATEMENTS_HEADER);
  return { status: res.status, data: parsed.data, errors: parsed.errors, sqlStatements: sql === null ? null : Number(sql), headers: res.headers };
}

export const analyst: Role[] = ['analyst'];

/** LSP_TOKEN for a command-line tool in a test: a development token (the tools' default secret) with these roles. */
export const cliToken = (roles: Role[], sub = 'cli-test'): Promise<string> =>
  issueToken(sub, roles, { secret: DEV_JWT_SECRET, issuer: 'son-la-learning-society-platform' });
