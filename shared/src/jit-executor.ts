/**
 * A subgraph's operations executed by graphql-jit: each operation compiled once into a JavaScript function, then
 * run for every request that sends it.
 *
 * graphql-js interprets the operation for every value: for the Sơn La dashboard's entity fetch (204 communes × 15
 * components × 11 fields) that was 26 ms of the education subgraph's 57 ms of CPU per request, on the path every
 * analyst waits on (profiled with the DevTools protocol, 2026-12-07; README "Benchmark"). graphql-jit
 * (github.com/zalando-incubator/graphql-jit, used in production by Zalando and by GraphQL Mesh) keeps the
 * GraphQL semantics (null propagation, errors with their paths, abstract types, scalars' serialize) and compiles the
 * per-field work away.
 *
 * It is plugged in through Apollo Server's executor interface (@apollo/server-gateway-interface, the one
 * @apollo/gateway uses): Apollo Server still parses, validates, runs every plugin and formats errors; only the
 * execution step is graphql-jit's. A compiled operation is kept per parsed document, which Apollo Server itself
 * caches per query (its document store), so it lives as long as that document does. SUBGRAPH_EXECUTOR=graphql-js
 * puts graphql-js back.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { getVariableValues } from 'graphql/execution/values';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export type SubgraphExecutor = 'jit' | 'graphql-js';
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiles each (document, operation name) once; answers a document that does not compile with its errors. */
export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  return async (requestContext) => {
    const { document, request } = requestContext;
    const name = request.operationName ?? '';
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(name);
    if (!query) {
      query = compileQuery(schema, document, request.operationName ?? undefined);
      byName.set(name, query);
    }
    if (!isCompiledQuery(query)) return query as ExecutionResult;
    const result = (await query.query(undefined, requestContext.context, request.variables ?? {})) as ExecutionResult;
    if (!('data' in result) && result.errors?.length) {
      // graphql-jit refused the variables (it answers no data then). The refusal is worded by graphql-js, whose
      // errors Apollo Server recognises and codes BAD_USER_INPUT; graphql-jit words them differently.
      const variableDefinitions = requestContext.operation.variableDefinitions ?? [];
      const checked = getVariableValues(schema, variableDefinitions, request.variables ?? {});
      return { errors: (checked.errors ?? result.errors).map(asGraphqlJsError) };
    }
    if (!result.errors?.length) return result;
    // graphql-js's order of keys (errors first) and the shape of its errors.
    const { errors, data, ...rest } = result;
    return { errors: errors!.map(asGraphqlJsError), data, ...rest };
  };
}

/**
 * graphql-jit's errors carry no `extensions` at all when the thrown error had none, where graphql-js gives `{}`; Apollo
 * Server reads `extensions.code` and, failing, answers a bare "Internal server error" that the kit's formatError
 * cannot code (DATABASE_UNAVAILABLE and its kin). So such an error becomes graphql-js's own, with the same message,
 * locations, path and original error. The errors graphql-jit raises itself have no original error; graphql-js's have
 * one, which formatError reads: a plain Error for a null in a non-null field, a GraphQLError for a value its scalar
 * cannot serialise (whose message the caller then sees).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const original = error.originalError ?? (NON_NULL.test(error.message) ? new Error(error.message) : new GraphQLError(error.message));
  const same = new GraphQLError(error.message, { path: error.path, originalError: original });
  if (error.locations) Object.defineProperty(same, 'locations', { value: error.locations, enumerable: true });
  return same;
}
const NON_NULL = /^Cannot return null for non-nullable field /;

/** The schema and executor in the shape Apollo Server takes as its `gateway` option. */
export function jitExecution(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor: jitExecutor(schema) };
    },
    async stop() {},
  };
}
