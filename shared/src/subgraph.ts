import { randomUUID } from 'node:crypto';
import { jitExecution, type SubgraphExecutor } from './jit-executor';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import express from 'express';
import type { DocumentNode, GraphQLFormattedError, GraphQLResolveInfo } from 'graphql';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { sonLaUnits, type AdminUnits } from './admin-units';
import { refusalCode, type WriteOutcome } from './importer';
import { SUBGRAPH_MAX_BODY_BYTES_DEFAULT } from './config';
import { ErrorCode, unauthenticated } from './errors';
import {
  CALL_BUDGET_HEADER, DELEGATION_HEADER, IDENTITY_HEADER, REQUEST_ID_HEADER, checkBodyDigest, verifyDelegation, verifyForwardedIdentity, verifyingKeyFromPem,
  type Department, type ForwardedIdentity, type Identity,
} from './identity';
import type { Logger } from './logger';
import { sqlStatementsSoFar, withSqlCounting } from './db/sql-counter';
import { databaseUnavailable, publicError } from './kit/faults';
import type { Dataset } from './kit/dataset';
import { intakeResolvers } from './kit/intake';
import { createServiceObservability } from './observability';
import { DATA_VERSION_PATH, dataVersionReader, registerDataVersion, type DataVersionAnswer } from './data-version';
import { SCORE_PARTS_PATH, parseScorePartsRequest, refOf, toColumns, type DepartmentParts, type ScorePartsAnswer } from './kit/score-parts';
import type { IndicatorValue } from './indicators';
import type { YearRef } from './year-entities';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/** What every resolver of every subgraph receives. Loaders are created fresh for each request. */
export interface SubgraphContext<Loaders> {
  identity: Identity;
  requestId: string;
  log: Logger;
  db: DataSource;
  units: AdminUnits;
  loaders: Loaders;
  /**
   * Errors to add to this request's answer beside its data (a department whose score parts did not arrive: the
   * score is still answered, its components SOURCE_UNAVAILABLE). Added once each, by message.
   */
  responseErrors?: GraphQLFormattedError[];
  /** The delegation that came with this call (the score's owner only), verified and bound to this call's body. */
  delegation?: { token: string; urls: Record<string, string> };
  /** When the caller stops waiting (epoch ms), from its CALL_BUDGET_HEADER; undefined when it sent none. */
  deadline?: number;
}

/** The deadline of a call from its budget header: a whole number of ms up to 10 minutes, else none. */
export function deadlineOf(budget: string | string[] | undefined, now = Date.now()): number | undefined {
  const ms = typeof budget === 'string' && /^\d{1,6}$/.test(budget) ? Number(budget) : NaN;
  return ms > 0 && ms <= 600_000 ? now + ms : undefined;
}

export interface SubgraphDefinition<Loaders> {
  name: Department;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<Loaders>>;
  createLoaders: (db: DataSource, units: AdminUnits) => Loaders;
  /**
   * The department's datasets, for the intake fields the kit generates (intakeSdl: descriptions, workflow,
   * reporting rates); the schema declares intakeSdl(name) verbatim.
   */
  intake?: { datasets: Array<Dataset<any>> };
}

export interface SubgraphRuntime {
  db: DataSource;
  log: Logger;
  /** The gateway's public key (SPKI PEM): verifies forwarded identities, cannot sign them. */
  identityPublicKey: string;
  /** Largest body read once the identity is verified (config SUBGRAPH_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Defaults to Sơn La's real units; services pass those of ADMIN_UNITS_PROVINCES (national-units.ts). */
  units?: AdminUnits;
  /** Who executes operations (config SUBGRAPH_EXECUTOR; jit-executor.ts). Default graphql-jit. */
  executor?: SubgraphExecutor;
}

/** Builds the subgraph's HTTP app (GraphQL at /graphql, /health, /ready, /data-version); does not listen. */
export async function createSubgraphApp<L>(def: SubgraphDefinition<L>, rt: SubgraphRuntime) {
  const units = rt.units ?? sonLaUnits();
  const obs = createServiceObservability({ service: def.name, log: rt.log, db: rt.db });
  const sqlCountPlugin: ApolloServerPlugin<SubgraphContext<L>> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(sqlStatementsSoFar()));
          const extra = contextValue.responseErrors ?? [];
          if (extra.length && response.body.kind === 'single') {
            const seen = new Set<string>();
            const unique = extra.filter((e) => !seen.has(e.message) && !!seen.add(e.message));
            response.body.singleResult.errors = [...(response.body.singleResult.errors ?? []), ...unique];
          }
        },
      };
    },
  };
  const schema = buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: withSharedResolvers(def) as GraphQLResolverMap<unknown> }]);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    ...((rt.executor ?? 'jit') === 'jit' ? { gateway: jitExecution(schema) } : { schema }),
    // Operations are executed by graphql-jit (jit-executor.ts), or by graphql-js with SUBGRAPH_EXECUTOR=graphql-js.
    // No cache hints in any subgraph schema: under graphql-js, Apollo's default cache-control plugin would still run a
    // hook on every resolved field (a tenth of the education subgraph's time on the dashboard, measured then). The
    // gateway's response cache is keyed by data versions instead (gateway/src/plugins/response-cache.ts).
    plugins: [sqlCountPlugin, obs.apolloPlugin, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown })?.originalError;
      if (formatted.extensions?.code === ErrorCode.INTERNAL && !(original instanceof GraphQLError)) {
        rt.log.error({ err: original instanceof Error ? original.message : error }, 'unexpected error');
        // Never host, port or SQL to the caller: a coded answer naming the department (DATABASE_UNAVAILABLE...).
        const coded = publicError(def.name, original);
        if (coded) return { message: coded.message, path: formatted.path, locations: formatted.locations, extensions: coded.extensions };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(obs.middleware);
  app.get('/metrics', obs.metricsHandler);
  app.use((req, res, next) => {
    const requestId = (req.headers[REQUEST_ID_HEADER] as string | undefined) ?? randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    (req as unknown as { requestId: string }).requestId = requestId;
    withSqlCounting(() => next());
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: def.name, node: process.version });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await rt.db.query('SELECT 1');
      res.json({ status: 'ready', service: def.name });
    } catch (err) {
      // The driver's message can hold host and port: it goes to the log only; the caller gets a coded reason naming the department.
      rt.log.warn({ err: (err as Error).message }, 'database not ready');
      const answer = databaseUnavailable(def.name);
      res.status(503).json({ status: 'unavailable', service: def.name, code: answer.extensions.code, reason: answer.message });
    }
  });
  // The data version the gateway's response cache keys answers by (data-version.ts). Outside /graphql, so neither
  // the identity check nor the body parser runs: one primary-key statement, a counter and nothing else.
  const dataVersion = dataVersionReader(rt.db);
  registerDataVersion(rt.db, dataVersion);
  app.get(DATA_VERSION_PATH, async (_req, res) => {
    try {
      const answer: DataVersionAnswer = { service: def.name, version: await dataVersion() };
      res.setHeader('cache-control', 'no-store');
      res.json(answer);
    } catch (err) {
      rt.log.warn({ err: (err as Error).message }, 'data version not readable');
      const answer = databaseUnavailable(def.name);
      res.status(503).json({ service: def.name, code: answer.extensions.code, reason: answer.message });
    }
  });
  const verifyingKey = verifyingKeyFromPem(rt.identityPublicKey);
  type Verified = { lspIdentity?: ForwardedIdentity; lspDelegation?: { token: string; urls: Record<string, string> } };
  const refuse = (res: express.Response, status: number, code: string, message: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  const scoreParts = scorePartsOf(def);
  if (scoreParts) {
    // The score-parts feed (kit/score-parts.ts): read by education for the score and target progress, with a
    // delegation the gateway signed for this department and this scope only; its body is read once that is checked.
    app.post(
      SCORE_PARTS_PATH,
      async (req, res, next) => {
        try {
          const d = await verifyDelegation(req.headers[DELEGATION_HEADER] as string | undefined, { key: verifyingKey, audience: def.name });
          if (d.roles.length === 0) {
            refuse(res, 403, ErrorCode.FORBIDDEN, 'The delegated identity carries no role');
            return;
          }
          (req as unknown as { lspDelegation: Identity }).lspDelegation = { sub: d.sub, roles: d.roles };
          next();
        } catch (err) {
          req.resume();
          const code = (err as GraphQLError).extensions?.code === ErrorCode.FORBIDDEN ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
          refuse(res, code === ErrorCode.FORBIDDEN ? 403 : 401, code, (err as Error).message);
        }
      },
      express.json({ limit: rt.maxBodyBytes ?? SUBGRAPH_MAX_BODY_BYTES_DEFAULT }),
      async (req, res) => {
        let request;
        try {
          request = parseScorePartsRequest(req.body);
        } catch (err) {
          res.status(400).json({ errors: [{ message: (err as Error).message, extensions: (err as GraphQLError).extensions }] });
          return;
        }
        try {
          const identity = (req as unknown as { lspDelegation: Identity }).lspDelegation;
          const requestId = (req as unknown as { requestId: string }).requestId;
          const ctx: SubgraphContext<L> = { identity, requestId, log: rt.log.child({ requestId, sub: identity.sub }), db: rt.db, units, loaders: def.createLoaders(rt.db, units) };
          // The version first: parts computed after it are at least that fresh, so a reader keyed by it never keeps older ones.
          const version = await dataVersion();
          const years = await Promise.all(request.years.map(async (year) => {
            const parts = await Promise.all(request.codes.map((code) => scoreParts(refOf(request.kind, code, year, request.boundaries), ctx)));
            return toColumns(year, request.codes, parts);
          }));
          const answer: ScorePartsAnswer = { service: def.name, version, kind: request.kind, boundaries: request.boundaries ?? 'REPORTED', years };
          res.setHeader('cache-control', 'no-store');
          res.setHeader(SQL_STATEMENTS_HEADER, String(sqlStatementsSoFar()));
          res.json(answer);
        } catch (err) {
          rt.log.warn({ err: (err as Error).message }, 'score parts not computed');
          const coded = publicError(def.name, err) ?? databaseUnavailable(def.name);
          const bad = (err as GraphQLError).extensions?.code === ErrorCode.BAD_USER_INPUT;
          res.status(bad ? 400 : 503).json({ errors: [{ message: bad ? (err as Error).message : coded.message, extensions: bad ? (err as GraphQLError).extensions : coded.extensions }] });
        }
      },
    );
  }
  app.use(
    '/graphql',
    // The identity is checked from the headers alone, before any of the body is read: an unauthenticated
    // caller cannot make a subgraph buffer or parse anything.
    async (req, res, next) => {
      try {
        const identity = await verifyForwardedIdentity(req.headers[IDENTITY_HEADER] as string | undefined, { key: verifyingKey, audience: def.name });
        if (identity.roles.length === 0) {
          refuse(res, 403, ErrorCode.FORBIDDEN, 'The forwarded identity carries no role');
          return;
        }
        (req as unknown as Verified).lspIdentity = identity;
        const delegation = req.headers[DELEGATION_HEADER] as string | undefined;
        if (delegation) {
          // Sent by the gateway with calls to the score's owner: checked here like the identity, and for this very call.
          const d = await verifyDelegation(delegation, { key: verifyingKey, audience: def.name });
          if (d.azp !== def.name || d.bodyDigest !== identity.bodyDigest || d.sub !== identity.sub) throw unauthenticated('Delegation does not belong to this call');
          (req as unknown as Verified).lspDelegation = { token: delegation, urls: d.urls };
        }
        next();
      } catch (err) {
        req.resume();
        refuse(res, 401, ErrorCode.UNAUTHENTICATED, (err as Error).message);
      }
    },
    express.json({
      limit: rt.maxBodyBytes ?? SUBGRAPH_MAX_BODY_BYTES_DEFAULT,
      // The token is bound to this exact body: a captured token cannot carry another query or variables.
      verify: (req, _res, buf) => checkBodyDigest((req as unknown as Verified).lspIdentity!, buf),
    }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as unknown as { requestId: string }).requestId;
        const { bodyDigest: _digest, ...identity } = (req as unknown as Verified).lspIdentity!;
        const log = rt.log.child({ requestId, sub: identity.sub });
        return {
          identity: identity as Identity, requestId, log, db: rt.db, units, loaders: def.createLoaders(rt.db, units),
          responseErrors: [], delegation: (req as unknown as Verified).lspDelegation,
          deadline: deadlineOf(req.headers[CALL_BUDGET_HEADER]),
        };
      },
    }),
  );
  // Body-parser refusals (too large, malformed JSON, identity not matching the body) as coded JSON.
  app.use((err: { status?: number; type?: string; message?: string; extensions?: { code?: string } }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (err.extensions?.code === ErrorCode.UNAUTHENTICATED) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, err.message ?? 'Unauthenticated');
    if (err.type === 'entity.too.large') return refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
    if (err.status && err.status < 500) return refuse(res, err.status, 'BAD_REQUEST', 'Malformed request body');
    rt.log.error({ err: err.message }, 'unexpected error');
    return refuse(res, 500, ErrorCode.INTERNAL, 'Internal server error');
  });
  return { app, apollo };
}

/**
 * A department's parts of one year entity for the score: what its `<name>Indicators` and `<name>Locked` fields
 * answer on that entity type, called as the gateway's `_entities` would, without the previous year (the score
 * asks several years of the feed instead). Undefined for a subgraph without these fields (geography, education).
 */
const WITHOUT_PREVIOUS_YEAR = { fieldNodes: [], fragments: {} } as unknown as GraphQLResolveInfo;
function scorePartsOf<L>(def: SubgraphDefinition<L>): ((ref: YearRef, ctx: SubgraphContext<L>) => Promise<DepartmentParts>) | undefined {
  type Field = (ref: YearRef, args: object, ctx: SubgraphContext<L>, info: GraphQLResolveInfo) => unknown;
  const r = def.resolvers as Record<string, Record<string, Field | undefined> | undefined>;
  const typeOf = (ref: YearRef) => ('communeCode' in ref ? 'CommuneYear' : 'districtCode' in ref ? 'DistrictYear' : 'ProvinceYear');
  if (!['CommuneYear', 'DistrictYear', 'ProvinceYear'].every((t) => r[t]?.[`${def.name}Indicators`] && r[t]?.[`${def.name}Locked`])) return undefined;
  return async (ref, ctx) => {
    const type = r[typeOf(ref)]!;
    const [indicators, locked] = await Promise.all([
      type[`${def.name}Indicators`]!(ref, {}, ctx, WITHOUT_PREVIOUS_YEAR) as Promise<IndicatorValue[]>,
      type[`${def.name}Locked`]!(ref, {}, ctx, WITHOUT_PREVIOUS_YEAR) as Promise<boolean | null>,
    ]);
    return { indicators, locked: locked ?? null };
  };
}

/** Resolvers of the shared write types, added to every subgraph that declares them (ImportResult.code). */
function withSharedResolvers<L>(def: SubgraphDefinition<L>): GraphQLResolverMap<SubgraphContext<L>> {
  let base = def.resolvers as Record<string, Record<string, unknown>>;
  if (def.intake) {
    const extra = intakeResolvers(def.name, def.intake.datasets) as unknown as Record<string, Record<string, unknown>>;
    base = { ...base };
    for (const [type, fields] of Object.entries(extra)) base[type] = { ...(base[type] ?? {}), ...fields };
  }
  const declares = def.typeDefs.definitions.some((d) => 'name' in d && d.name?.value === 'ImportResult');
  if (!declares) return base as GraphQLResolverMap<SubgraphContext<L>>;
  const own = base.ImportResult ?? {};
  return {
    ...base,
    ImportResult: { code: (r: WriteOutcome) => refusalCode(r), changes: (r: WriteOutcome) => r.changes ?? [], digest: (r: WriteOutcome) => r.digest ?? null, ...own },
  } as GraphQLResolverMap<SubgraphContext<L>>;
}

export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    // Keep idle connections longer than clients and proxies usually do (Node's 5 s default races with a
    // client reusing the socket after a long pause, e.g. the gateway between two slow requests).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.on('error', reject);
  });
}
