import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import express from 'express';
import type { DocumentNode } from 'graphql';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { sonLaUnits, type AdminUnits } from './admin-units';
import { ErrorCode } from './errors';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, verifySignedIdentity, type Department, type Identity } from './identity';
import type { Logger } from './logger';
import { sqlStatementsSoFar, withSqlCounting } from './db/sql-counter';
import { publicError } from './kit/faults';
import { createServiceObservability } from './observability';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/** What every resolver of every subgraph receives. Loaders are created fresh for each request. */
export interface SubgraphContext<Loaders> {
  identity: Identity;
  requestId: string;
  log: Logger;
  db: DataSource;
  units: AdminUnits;
  loaders: Loaders;
}

export interface SubgraphDefinition<Loaders> {
  name: Department;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<Loaders>>;
  createLoaders: (db: DataSource, units: AdminUnits) => Loaders;
}

export interface SubgraphRuntime {
  db: DataSource;
  log: Logger;
  identitySecret: string;
  /** Defaults to Sơn La's real units; benchmarks pass a synthetic national set. */
  units?: AdminUnits;
}

/** Builds the subgraph's HTTP app (GraphQL at /graphql, /health, /ready); does not listen. */
export async function createSubgraphApp<L>(def: SubgraphDefinition<L>, rt: SubgraphRuntime) {
  const units = rt.units ?? sonLaUnits();
  const obs = createServiceObservability({ service: def.name, log: rt.log, db: rt.db });
  const sqlCountPlugin: ApolloServerPlugin<SubgraphContext<L>> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(sqlStatementsSoFar()));
        },
      };
    },
  };
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema: buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<unknown> }]),
    plugins: [sqlCountPlugin, obs.apolloPlugin, ApolloServerPluginInlineTraceDisabled()],
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
    res.json({ status: 'ok', service: def.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await rt.db.query('SELECT 1');
      res.json({ status: 'ready', service: def.name });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', service: def.name, reason: (err as Error).message });
    }
  });
  app.use(
    '/graphql',
    // Internal gateway traffic: an @requires hop over every commune of a national-scale province carries ~26 MB of representations.
    express.json({ limit: '128mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as unknown as { requestId: string }).requestId;
        let identity: Identity;
        try {
          identity = verifySignedIdentity(
            { identity: req.headers[IDENTITY_HEADER] as string | undefined, signature: req.headers[SIGNATURE_HEADER] as string | undefined },
            rt.identitySecret,
          );
        } catch (err) {
          const e = err as GraphQLError;
          throw new GraphQLError(e.message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
        }
        const log = rt.log.child({ requestId, sub: identity.sub });
        return { identity, requestId, log, db: rt.db, units, loaders: def.createLoaders(rt.db, units) };
      },
    }),
  );
  return { app, apollo };
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
