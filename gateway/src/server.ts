import { readFileSync, watch } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql';
import { exportCsv } from './export';
import { createUpstream } from './upstream';
import { gatewayObservability } from './plugins/observability';
import {
  ANONYMOUS, ErrorCode, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER, listen, signIdentity, verifyBearerToken,
  type Identity, type Logger,
} from '@lsp/shared';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** SQL statements the subgraphs reported for this request (x-sql-statements), summed. */
  sqlStatements: number;
  subgraphCalls: number;
}

export interface GatewayOptions {
  supergraphPath: string;
  /** Overrides of the URLs written in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  jwtSecret: string;
  jwtIssuer: string;
  identitySecret: string;
  allowAnonymousRead: boolean;
  log: Logger;
  /** Watch the supergraph file and hot-reload it (after a health check of the subgraphs). */
  watchSupergraph?: boolean;
}

/** Forwards the verified identity to subgraphs, signed, with the request id; collects their SQL counts. */
class SignedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly name: string, url: string, private readonly secret: string) {
    super({ url });
  }
  /** A subgraph that cannot be reached is named in the error, so a partial answer says what is missing. */
  didEncounterError(error: Error): void {
    throw new GraphQLError(`The ${this.name} subgraph did not answer: ${error.message}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
    });
  }

  /**
   * When an entity fetch fails, answer it with explicit nulls for the fields asked (every department field
   * on the year entities is nullable) plus the error naming the subgraph. The rest of the query plan then
   * goes on: a field that @requires the missing data (the learning-society score) is still computed, and
   * reports that department as unavailable, instead of the whole entity disappearing.
   */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (err) {
      const reps = options.request.variables?.representations as Array<{ __typename: string }> | undefined;
      const fields = reps && options.request.query ? entityFieldsAsked(options.request.query) : undefined;
      if (!reps || !fields) throw err;
      const error = err instanceof GraphQLError ? err : new GraphQLError((err as Error).message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name } });
      return {
        data: { _entities: reps.map((r) => ({ __typename: r.__typename, ...Object.fromEntries((fields.get(r.__typename) ?? []).map((f) => [f, null])) })) },
        errors: [{ message: error.message, extensions: error.extensions }],
      };
    }
  }
  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ctx = context as Partial<GatewayContext>;
    const identity = ctx.identity ?? { sub: 'gateway', roles: [] };
    for (const [k, v] of Object.entries(signIdentity(identity, this.secret))) request.http?.headers.set(k, v);
    if (ctx.requestId) request.http?.headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }
  didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const n = Number(response.http?.headers.get(SQL_STATEMENTS_HEADER) ?? 0);
    if (context && typeof context.sqlStatements === 'number') {
      context.sqlStatements += Number.isFinite(n) ? n : 0;
      context.subgraphCalls += 1;
    }
    return response;
  }
}

/** Response names asked of each entity type in an `_entities` query; undefined for any other query. */
function entityFieldsAsked(query: string): Map<string, string[]> | undefined {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const entities = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return undefined;
  const out = new Map<string, string[]>();
  const collect = (set: SelectionSetNode, type: string | undefined) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, sel.typeCondition?.name.value ?? type);
      else if (sel.kind === Kind.FIELD && type && sel.name.value !== '__typename') {
        out.set(type, [...(out.get(type) ?? []), sel.alias?.value ?? sel.name.value]);
      }
    }
  };
  collect(entities.selectionSet, undefined);
  return out;
}

export async function createGateway(opts: GatewayOptions) {
  const obs = gatewayObservability({ log: opts.log, subgraphUrls: opts.subgraphUrls });
  // Keep-alive pool and in-flight sharing of identical subgraph fetches (upstream.ts, measured in bench/results).
  const upstream = createUpstream();
  const gateway = new ApolloGateway({
    supergraphSdl: async ({ update, healthCheck }) => {
      const initial = readFileSync(opts.supergraphPath, 'utf8');
      if (!opts.watchSupergraph) return { supergraphSdl: initial };
      let current = initial;
      const watcher = watch(opts.supergraphPath, { persistent: false }, async () => {
        let next: string;
        try {
          next = readFileSync(opts.supergraphPath, 'utf8');
        } catch {
          return;
        }
        if (next === current) return;
        try {
          await healthCheck(next);
          update(next);
          current = next;
          opts.log.info('supergraph reloaded');
        } catch (err) {
          opts.log.error({ err: (err as Error).message }, 'new supergraph refused; still serving the previous one');
        }
      });
      return { supergraphSdl: initial, cleanup: async () => watcher.close() };
    },
    buildService: ({ name, url }) => obs.instrument(name, upstream.tune(new SignedSubgraphSource(name, opts.subgraphUrls[name] ?? url!, opts.identitySecret))),
  });
  obs.watch(gateway);

  const sqlCountPlugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sqlStatements));
          response.http.headers.set('x-subgraph-calls', String(contextValue.subgraphCalls));
        },
      };
    },
  };
  const apollo = new ApolloServer<GatewayContext>({ gateway, plugins: [sqlCountPlugin, obs.apolloPlugin], includeStacktraceInErrorResponses: false });
  await apollo.start();

  /** The caller's identity: a verified bearer token, or anonymous when config allows it; else UNAUTHENTICATED. */
  const contextFor = async (req: express.Request, res: express.Response): Promise<GatewayContext> => {
    const requestId = (req.headers[REQUEST_ID_HEADER] as string | undefined) ?? randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const auth = req.headers.authorization;
    let identity: Identity;
    if (auth) {
      const token = auth.replace(/^Bearer\s+/i, '');
      try {
        identity = await verifyBearerToken(token, { secret: opts.jwtSecret, issuer: opts.jwtIssuer });
      } catch (err) {
        throw new GraphQLError((err as Error).message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
      }
    } else if (opts.allowAnonymousRead) {
      identity = ANONYMOUS;
    } else {
      throw new GraphQLError('Authentication required: send Authorization: Bearer <token>', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    }
    return { identity, requestId, sqlStatements: 0, subgraphCalls: 0 };
  };

  const app = express();
  app.disable('x-powered-by');
  obs.mount(app);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextFor(req, res),
    }),
  );
  app.get('/export/:dataset.csv', async (req, res) => {
    let context: GatewayContext;
    try {
      context = await contextFor(req, res);
    } catch (err) {
      res.status(401).type('text/plain').send(`${(err as Error).message}\n`);
      return;
    }
    const result = await exportCsv(apollo, context, req.params.dataset, req.query as Record<string, string | undefined>);
    if (result.partial?.length) res.setHeader('x-export-errors', encodeURIComponent(result.partial.join(' | ')));
    res.status(result.status).type(result.status === 200 ? 'text/csv; charset=utf-8' : 'text/plain').send(result.body);
  });
  return { app, apollo, gateway };
}

export async function startGateway(opts: GatewayOptions & { port: number; host: string }): Promise<{ server: Server; url: string; stop: () => Promise<void> }> {
  const { app, apollo } = await createGateway(opts);
  const server = await listen(app, opts.port, opts.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    url: `http://${opts.host}:${port}/graphql`,
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}
